import { describe, expect, it } from 'vitest';
import { createLazyModule, preloadWhenIdle } from './lazy-module.ts';

describe('createLazyModule', () => {
  it('imports once however often it is asked, and tells subscribers when the module arrives', async () => {
    let imports = 0;
    const lazy = createLazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    let told = 0;
    const unsubscribe = lazy.subscribe(() => (told += 1));
    expect(lazy.current()).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.current()).toBe(a);
    expect(imports).toBe(1);
    expect(told).toBe(1);
    unsubscribe();
    await lazy.load();
    expect(imports).toBe(1);
  });

  it('tries again after a failed import', async () => {
    let imports = 0;
    const lazy = createLazyModule(async () => {
      imports += 1;
      if (imports === 1) throw new Error('chunk failed to load');
      return 'module';
    });
    await expect(lazy.load()).rejects.toThrow('chunk failed to load');
    expect(lazy.current()).toBeUndefined();
    await expect(lazy.load()).resolves.toBe('module');
    expect(imports).toBe(2);
  });
});

describe('failure and preload', () => {
  it('reports the failure until the next attempt starts, and clears it on success', async () => {
    let imports = 0;
    const lazy = createLazyModule(async () => {
      imports += 1;
      if (imports === 1) throw new Error('offline');
      return 'module';
    });
    let told = 0;
    lazy.subscribe(() => (told += 1));
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.failure()).toBeInstanceOf(Error);
    const second = lazy.load();
    expect(lazy.failure()).toBeUndefined();
    await second;
    expect(lazy.current()).toBe('module');
    expect(told).toBe(3);
  });

  it('starts every import in an idle callback, and never rejects for a failed one', async () => {
    let idle: (() => void) | undefined;
    const win = {
      requestIdleCallback: (run: () => void) => {
        idle = run;
        return 1;
      },
      cancelIdleCallback: () => undefined,
    } as unknown as Window;
    const ok = createLazyModule(async () => 'ok');
    const broken = createLazyModule(() => Promise.reject(new Error('404')));
    preloadWhenIdle([ok, broken], win);
    expect(ok.current()).toBeUndefined();
    idle?.();
    await ok.load();
    await broken.load().catch(() => undefined);
    expect(ok.current()).toBe('ok');
    expect(broken.failure()).toBeInstanceOf(Error);
  });
});
