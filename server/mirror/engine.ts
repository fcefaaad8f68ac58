// One sync engine per provider account: the only spender of that key's budget. Each `tick` makes at
// most one upstream request and commits its rows together with the engine's state, then says when it
// wants to run next; a runner (timers on Node, alarms in a Durable Object, the test's own clock) calls it.
import { PROVIDER_LABELS } from '../../contract/providers.ts';
import type { SyncStatus } from '../../contract/window-response.ts';
import { msPerRequest, nextSendAt, observe, pauseFor, recordSend } from './budget.ts';
import { parseState, statusOf, type EngineState, type Scan } from './engine-state.ts';
import { advanceScan, newScan, retryDelayMs } from './scan.ts';
import { missingRefs, pageRows } from './page-rows.ts';
import type { MirrorStore, WindowRows } from './store.ts';
import type { SyncPage, SyncStrategy } from './strategy.ts';
import { DAY_MS, startOfUtcDay } from './strategy-kit.ts';
import type { MirrorUpstream, UpstreamAnswer } from './upstream.ts';

export interface EngineOptions {
  /** Appointments that ended more than this many days before today are purged (default 400). */
  retentionDays?: number;
  /** How often new bookings are looked for (default 20 s, so they show within a minute). */
  pollEveryMs?: number;
  /** Pause between full scans (default 2 min). */
  rescanGapMs?: number;
}

export interface EngineDeps {
  strategy: SyncStrategy;
  store: MirrorStore;
  upstream: MirrorUpstream;
  now: () => number;
  options?: EngineOptions;
  /** One line per failure: provider, code, status. Never ids, names or bodies. */
  log?: (line: string) => void;
}

export interface SyncEngine {
  readonly provider: SyncStrategy['provider'];
  /** One step; resolves to the instant the engine wants to run again. */
  tick(): Promise<number>;
  status(): SyncStatus;
  window(fromMs: number, toMs: number): { rows: WindowRows; sync: SyncStatus };
  /** A record read live (an opened appointment) is stored as the sync would store it. */
  writeBack(item: unknown): void;
  /** The provider answered 404 for this appointment: it is gone. */
  forget(id: string): void;
  /** The reference records a stored appointment points at. */
  refsOf(id: string): WindowRows['refs'];
  /** The persisted state (tests and benchmarks read the budget and counters). */
  state(): EngineState;
}

type Failure = Omit<Extract<UpstreamAnswer, { ok: false }>, 'ok' | 'headers'>;

export function createSyncEngine(deps: EngineDeps): SyncEngine {
  const { strategy, store } = deps;
  const provider = strategy.provider;
  const label = PROVIDER_LABELS[provider];
  const retentionMs = (deps.options?.retentionDays ?? 400) * DAY_MS;
  const pollEveryMs = deps.options?.pollEveryMs ?? 20_000;
  const rescanGapMs = deps.options?.rescanGapMs ?? 120_000;
  let state = parseState(store.loadState(provider), strategy.budget);
  let running = false;

  const retainFrom = (nowMs: number) => startOfUtcDay(nowMs) - retentionMs;
  const pollDueAt = (s: EngineState) =>
    (s.lastPollAtMs ?? 0) + Math.max(pollEveryMs, (s.lastPollPages ?? 1) * msPerRequest(s.budget) * 2);
  const fullDueAt = (s: EngineState) => (s.lastFullAtMs === null ? 0 : s.lastFullAtMs + rescanGapMs);

  function startDue(nowMs: number): void {
    const range = { nowMs, fromMs: retainFrom(nowMs) };
    if (state.poll === null && state.lastFullAtMs !== null && nowMs >= pollDueAt(state)) {
      const poll = newScan('poll', strategy.poll(range, state.tail), nowMs, null);
      state = poll === null ? { ...state, lastPollAtMs: nowMs, lastPollPages: 0 } : { ...state, poll };
    }
    if (state.full === null && nowMs >= fullDueAt(state))
      state = {
        ...state,
        scanNumber: state.scanNumber + 1,
        full: newScan('full', strategy.fullScan(range), nowMs, state.lastFullPages),
      };
  }

  function wakeAt(nowMs: number): number {
    if (state.retryAtMs !== null && state.retryAtMs > nowMs) return state.retryAtMs;
    if (state.poll !== null || state.full !== null) return nextSendAt(state.budget, nowMs);
    const poll = state.lastFullAtMs === null ? Infinity : pollDueAt(state);
    return Math.max(nowMs, Math.min(poll, fullDueAt(state)));
  }

  function commitPage(scan: Scan, page: SyncPage, atMs: number): void {
    const segment = scan.segments[scan.index];
    if (segment === undefined) throw new Error('scan index out of range');
    const rows = pageRows(strategy, segment, page.items, retainFrom(atMs));
    const lookups = scan.kind === 'poll' ? missingRefs(strategy, store, provider, rows) : [];
    const next = advanceScan(
      scan,
      lookups.length ? { ...page, more: [...(page.more ?? []), ...lookups] } : page,
    );
    let after: EngineState = { ...state, failures: 0, retryAtMs: null, error: null };
    if (segment.kind === 'appointments' && page.next === null) after.tail = scan.url;
    let finish: { purgeBeforeMs: number } | undefined;
    if (next !== null) after = { ...after, [scan.kind]: next };
    else if (scan.kind === 'poll')
      after = {
        ...after,
        poll: null,
        lastPollAtMs: atMs,
        lastPollPages: scan.pagesDone + 1,
        syncedAtMs: atMs,
      };
    else {
      after = {
        ...after,
        full: null,
        lastFullAtMs: atMs,
        lastFullDurationMs: atMs - scan.startedAtMs,
        lastFullPages: scan.pagesDone + 1,
        syncedAtMs: atMs,
      };
      finish = { purgeBeforeMs: retainFrom(atMs) };
    }
    store.writePage({
      provider,
      scan: state.scanNumber,
      nowMs: atMs,
      ...rows,
      state: JSON.stringify(after),
      finish,
    });
    state = after;
  }

  function onFailure(scan: Scan, failure: Failure, atMs: number): void {
    const segment = scan.segments[scan.index];
    if (failure.status === 429) {
      state = {
        ...state,
        budget: pauseFor(state.budget, failure.retryAfterS ?? 60, atMs),
        rateLimited: state.rateLimited + 1,
      };
      return store.saveState(provider, JSON.stringify(state));
    }
    if (failure.status === 404 && segment?.optional)
      return commitPage(scan, { items: [], next: null, pages: null }, atMs);
    const failures = state.failures + 1;
    const auth = failure.status === 401 || failure.status === 403;
    const delay = retryDelayMs(failure.status, failures);
    const message = auth
      ? `${label} refused the mirror's credentials (${failure.status}): the key may have been revoked or lack access`
      : failure.message;
    // A refused page (a cursor the provider no longer accepts, say) starts its scan over; anything else resumes.
    const restart = failure.status >= 400 && failure.status < 500 && !auth;
    const retryAtMs = atMs + delay;
    state = {
      ...state,
      failures,
      retryAtMs,
      error: { code: failure.code, message, atMs, retryAtMs },
      ...(restart ? { [scan.kind]: null } : {}),
      // A refused tail cursor is forgotten: the next full scan finds the end again.
      ...(restart && scan.kind === 'poll' ? { lastPollAtMs: atMs, tail: null } : {}),
    };
    store.saveState(provider, JSON.stringify(state));
    deps.log?.(
      `[mirror] ${provider}: ${failure.code} (${failure.status}); retry in ${Math.round(delay / 1000)} s`,
    );
  }

  async function step(): Promise<number> {
    const nowMs = deps.now();
    if (state.retryAtMs !== null && state.retryAtMs > nowMs) return state.retryAtMs;
    startDue(nowMs);
    const scan = state.poll ?? state.full;
    if (scan === null || nextSendAt(state.budget, nowMs) > nowMs) return wakeAt(nowMs);
    state = { ...state, budget: recordSend(state.budget, nowMs) };
    const answer = await deps.upstream(scan.url);
    const atMs = deps.now();
    state = { ...state, budget: observe(state.budget, answer.headers, atMs) };
    if (!answer.ok) onFailure(scan, answer, atMs);
    else {
      let page: SyncPage | null = null;
      try {
        const segment = scan.segments[scan.index];
        if (segment === undefined) throw new Error('scan index out of range');
        page = segment.single
          ? { items: [answer.body], next: null, pages: null }
          : strategy.page(segment, scan.url, answer.body);
      } catch {
        onFailure(
          scan,
          {
            status: 502,
            code: 'bad-gateway',
            message: `${label} answered a page the mirror cannot read`,
            retryAfterS: null,
          },
          atMs,
        );
      }
      if (page !== null) commitPage(scan, page, atMs);
    }
    return wakeAt(atMs);
  }

  const status = () =>
    statusOf(state, state.full === null ? 0 : store.appointmentCount(provider), rescanGapMs, deps.now());

  return {
    provider,
    tick: async () => {
      if (running) throw new Error(`the ${provider} sync engine is already running a step`);
      running = true;
      try {
        return await step();
      } finally {
        running = false;
      }
    },
    status,
    window: (fromMs, toMs) => ({ rows: store.window(provider, fromMs, toMs), sync: status() }),
    writeBack: (item) => {
      const nowMs = deps.now();
      const segment = { kind: 'appointments', collection: 'appointments', url: 'live' } as const;
      const rows = pageRows(strategy, segment, [item], retainFrom(nowMs));
      const scan = state.scanNumber;
      store.writePage({ provider, scan, nowMs, ...rows, state: JSON.stringify(state) });
    },
    forget: (id) => store.removeAppointment(provider, id),
    refsOf: (id) => store.refsOf(provider, id),
    state: () => state,
  };
}
