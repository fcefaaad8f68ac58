import { describe, expect, it } from 'vitest';
import { createLazyModule } from './lazy-module.ts';

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
