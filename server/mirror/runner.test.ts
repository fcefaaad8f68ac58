import { describe, expect, it } from 'vitest';
import type { SyncEngine } from './engine.ts';
import { startMirrorRunner, type Timers } from './runner.ts';

/** Timers the test fires by hand, in order of due time. */
function manualTimers() {
  let now = 0;
  const queue: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const timers: Timers = {
    set: (fn, ms) => {
      const id = (nextId += 1);
      queue.push({ at: now + ms, fn, id });
      return id;
    },
    clear: (handle) => {
      const i = queue.findIndex((t) => t.id === handle);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  const fireNext = async () => {
    queue.sort((a, b) => a.at - b.at);
    const timer = queue.shift();
    if (timer === undefined) return false;
    now = Math.max(now, timer.at);
    timer.fn();
    await new Promise((r) => setImmediate(r));
    return true;
  };
  return { timers, fireNext, now: () => now, queue };
}

const unused = (): never => {
  throw new Error('unused');
};

function fakeEngine(steps: (() => Promise<number>)[]): SyncEngine & { calls: number } {
  const engine = {
    provider: 'caspen' as const,
    calls: 0,
    tick: () => {
      engine.calls += 1;
      return (steps.shift() ?? (() => Promise.resolve(Number.MAX_SAFE_INTEGER)))();
    },
    status: unused,
    window: unused,
    writeBack: unused,
    forget: unused,
    refsOf: unused,
    state: unused,
  };
  return engine;
}

describe('the mirror runner', () => {
  it('runs each step at the instant the engine asked for', async () => {
    const t = manualTimers();
    const engine = fakeEngine([() => Promise.resolve(5_000), () => Promise.resolve(12_000)]);
    const runner = startMirrorRunner([engine], { now: t.now, timers: t.timers });
    await t.fireNext();
    expect(engine.calls).toBe(1);
    expect(t.queue[0]?.at).toBe(5_000);
    await t.fireNext();
    expect(t.now()).toBe(5_000);
    expect(t.queue[0]?.at).toBe(12_000);
    await runner.stop();
    expect(t.queue).toEqual([]);
  });

  it('a step that throws is logged by name only and retried later', async () => {
    const t = manualTimers();
    const lines: string[] = [];
    const engine = fakeEngine([() => Promise.reject(new TypeError('client Jane Doe'))]);
    const runner = startMirrorRunner([engine], { now: t.now, timers: t.timers, log: (l) => lines.push(l) });
    await t.fireNext();
    expect(lines).toEqual(['[mirror] caspen: step failed (TypeError)']);
    expect(t.queue[0]?.at).toBe(30_000);
    await runner.stop();
  });

  it('stop waits for a running step and schedules nothing after it', async () => {
    const t = manualTimers();
    let finish: (v: number) => void = () => {};
    const engine = fakeEngine([() => new Promise<number>((r) => (finish = r))]);
    const runner = startMirrorRunner([engine], { now: t.now, timers: t.timers });
    await t.fireNext();
    const stopped = runner.stop();
    finish(1_000);
    await stopped;
    expect(t.queue).toEqual([]);
  });
});
