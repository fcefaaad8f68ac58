import { useSyncExternalStore } from 'react';

/**
 * A dynamic import that starts on demand (e.g. the first pointerenter or focus of a control, or the
 * idle preload after the first render) and is shared by every component that needs it, so heavy UI
 * primitives stay out of the initial bundle.
 */
export interface LazyModule<M> {
  /** Starts the import once and returns it; after a failure the next call tries again. */
  load: () => Promise<M>;
  /** The module once it has loaded, else undefined (render a look-alike placeholder meanwhile). */
  current: () => M | undefined;
  /** The last import's failure while no attempt is in flight (offline, a release replaced the chunk). */
  failure: () => unknown;
  subscribe: (listener: () => void) => () => void;
}

export function createLazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | undefined;
  let loaded: M | undefined;
  let failed: unknown;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    load() {
      if (pending) return pending;
      const hadFailed = failed !== undefined;
      failed = undefined;
      pending = importer().then(
        (module) => {
          loaded = module;
          notify();
          return module;
        },
        (error: unknown) => {
          // A chunk can fail to arrive (offline, a deploy replaced it): the next call imports again
          // (Chromium refetches a module whose fetch failed).
          pending = undefined;
          failed = error ?? new Error('import failed');
          notify();
          throw error;
        },
      );
      if (hadFailed) notify();
      return pending;
    },
    current: () => loaded,
    failure: () => failed,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The module if it has loaded; re-renders the caller when it arrives. Never starts the import itself. */
export function useLazyModule<M>(lazy: LazyModule<M>): M | undefined {
  return useSyncExternalStore(lazy.subscribe, lazy.current, lazy.current);
}

/** The current import failure (undefined while loading, loaded or untried); re-renders on change. */
export function useLazyFailure(lazy: LazyModule<unknown>): unknown {
  return useSyncExternalStore(lazy.subscribe, lazy.failure, lazy.failure);
}

/** Runs `run` when the browser is next idle (within 3 s); returns a cancel function. */
export function whenIdle(run: () => void, win: Window = window): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(run, { timeout: 3000 });
    return () => win.cancelIdleCallback(handle);
  }
  const handle = win.setTimeout(run, 200);
  return () => win.clearTimeout(handle);
}

/** Starts every import when the browser is idle, so later first uses need no network. */
export function preloadWhenIdle(modules: readonly LazyModule<unknown>[], win: Window = window): () => void {
  return whenIdle(() => modules.forEach((lazy) => void lazy.load().catch(() => undefined)), win);
}
