import { useSyncExternalStore } from 'react';

/**
 * A dynamic import that starts on demand (e.g. the first pointerenter or focus of a control) and is
 * shared by every component that needs it, so heavy UI primitives stay out of the initial bundle.
 */
export interface LazyModule<M> {
  /** Starts the import once and returns it; after a failure the next call tries again. */
  load: () => Promise<M>;
  /** The module once it has loaded, else undefined (render a look-alike placeholder meanwhile). */
  current: () => M | undefined;
  subscribe: (listener: () => void) => () => void;
}

export function createLazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | undefined;
  let loaded: M | undefined;
  const listeners = new Set<() => void>();
  return {
    load() {
      pending ??= importer().then(
        (module) => {
          loaded = module;
          listeners.forEach((listener) => listener());
          return module;
        },
        (error: unknown) => {
          // A chunk can fail to arrive (flaky network, a deploy replaced it): let the next interaction retry.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => loaded,
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
