// Runs each engine of a mirror on timers (the Node server and the Vite dev server): a step, then a
// timer for the instant the engine asked for. Engines never run a step twice at once.
import type { SyncEngine } from './engine.ts';

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Node's timers, unref'd: a waiting engine never keeps the process alive. */
export const NODE_TIMERS: Timers = {
  set: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface RunnerDeps {
  now: () => number;
  timers?: Timers;
  log?: (line: string) => void;
}

export interface MirrorRunner {
  /** Stops scheduling; resolves once no step is running. */
  stop(): Promise<void>;
}

/** After a step that threw (a store error, say), the engine is tried again after this long. */
const CRASHED_STEP_RETRY_MS = 30_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

export function startMirrorRunner(engines: readonly SyncEngine[], deps: RunnerDeps): MirrorRunner {
  const timers = deps.timers ?? NODE_TIMERS;
  let stopped = false;
  const handles = new Map<SyncEngine, unknown>();
  const running = new Set<Promise<void>>();

  const schedule = (engine: SyncEngine, ms: number) => {
    if (stopped) return;
    handles.set(
      engine,
      timers.set(() => run(engine), Math.min(MAX_TIMER_MS, Math.max(0, ms))),
    );
  };

  function run(engine: SyncEngine): void {
    handles.delete(engine);
    const step = engine.tick().then(
      (next) => schedule(engine, next - deps.now()),
      (error: unknown) => {
        // The name only: a message could carry a record's content.
        deps.log?.(`[mirror] ${engine.provider}: step failed (${(error as Error)?.name ?? 'Error'})`);
        schedule(engine, CRASHED_STEP_RETRY_MS);
      },
    );
    running.add(step);
    void step.finally(() => running.delete(step));
  }

  for (const engine of engines) schedule(engine, 0);
  return {
    stop: async () => {
      stopped = true;
      for (const handle of handles.values()) timers.clear(handle);
      handles.clear();
      await Promise.all(running);
    },
  };
}
