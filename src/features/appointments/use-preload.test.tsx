import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLazyModule } from '../../ui/lazy-module.ts';
import { PRELOAD_AT_THE_LATEST_MS, usePreloadOnIdle } from './use-preload.ts';

describe('usePreloadOnIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(listLoaded: boolean) {
    const importer = vi.fn(async () => 'chunk');
    const modules = [createLazyModule(importer)];
    const hook = renderHook(({ loaded }) => usePreloadOnIdle(loaded, modules), {
      initialProps: { loaded: listLoaded },
    });
    return { importer, hook };
  }

  it('waits for the list, then imports when idle, once', async () => {
    const { importer, hook } = setup(false);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(importer).not.toHaveBeenCalled();
    hook.rerender({ loaded: true });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(importer).toHaveBeenCalledTimes(1);
    // A new range loads again: nothing is imported twice.
    hook.rerender({ loaded: false });
    hook.rerender({ loaded: true });
    await act(() => vi.advanceTimersByTimeAsync(PRELOAD_AT_THE_LATEST_MS));
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('starts anyway when a provider keeps the list loading', async () => {
    const { importer } = setup(false);
    await act(() => vi.advanceTimersByTimeAsync(PRELOAD_AT_THE_LATEST_MS - 1));
    expect(importer).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    // Then the idle callback.
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
