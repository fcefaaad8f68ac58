// The mirror's store: every write a sync step makes (rows, quarantine, the engine's own state) commits
// in one transaction, so a crash at any point leaves either the page and its cursor or neither.
import { migrate } from './schema.ts';
import type { SqlDriver } from './sql.ts';

export interface StoredAppointment {
  id: string;
  startMs: number;
  endMs: number;
  /** The projected wire record as JSON text. */
  body: string;
  /** `collection:id` of each reference record it points at (the window answers with those). */
  refKeys: readonly string[];
}

export interface StoredRef {
  /** `collection:id`, e.g. `services:ser_01…`. */
  key: string;
  body: string;
}

export interface QuarantineEntry {
  /** The record's id, or a stand-in when it has none. */
  key: string;
  id: string | null;
  path: string;
  message: string;
}

export interface PageWrite {
  provider: string;
  scan: number;
  nowMs: number;
  appointments?: readonly StoredAppointment[];
  refs?: readonly StoredRef[];
  quarantined?: readonly QuarantineEntry[];
  /** The engine's state after this page, as JSON text. */
  state: string;
  /**
   * Set when this page ends a full scan: what the scan did not see is dropped, and appointments ending
   * before `purgeBeforeMs` are purged (retention), in the same transaction.
   */
  finish?: { purgeBeforeMs: number };
}

export interface WindowRows {
  records: string[];
  refs: { key: string; body: string }[];
  quarantined: { id: string | null; path: string; message: string }[];
}

export interface MirrorStore {
  loadState(provider: string): string | null;
  saveState(provider: string, state: string): void;
  /** Returns how many appointments were new, changed or removed. */
  writePage(write: PageWrite): number;
  /** Drops one appointment (the provider says it no longer exists). */
  removeAppointment(provider: string, id: string): void;
  window(provider: string, fromMs: number, toMs: number): WindowRows;
  /** The reference records one stored appointment points at. */
  refsOf(provider: string, id: string): WindowRows['refs'];
  /** Which of these reference keys the store holds. */
  knownRefs(provider: string, keys: readonly string[]): Set<string>;
  appointmentCount(provider: string): number;
}

const QUARANTINE_SHOWN = 200;

export function createMirrorStore(db: SqlDriver): MirrorStore {
  migrate(db);
  const saveState = (provider: string, state: string) =>
    db.run(
      'INSERT INTO sync_state (provider, state) VALUES (?, ?) ON CONFLICT (provider) DO UPDATE SET state = excluded.state',
      [provider, state],
    );

  function writeAppointment(w: PageWrite, a: StoredAppointment): number {
    const before = db.all<{ body: string }>('SELECT body FROM appointments WHERE provider = ? AND id = ?', [
      w.provider,
      a.id,
    ])[0];
    const changed = before?.body !== a.body;
    db.run(
      `INSERT INTO appointments (provider, id, start_ms, end_ms, body, ref_keys, changed_ms, seen_scan)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (provider, id) DO UPDATE SET start_ms = excluded.start_ms, end_ms = excluded.end_ms,
         body = excluded.body, ref_keys = excluded.ref_keys, seen_scan = excluded.seen_scan,
         changed_ms = CASE WHEN appointments.body = excluded.body THEN appointments.changed_ms ELSE excluded.changed_ms END`,
      [w.provider, a.id, a.startMs, a.endMs, a.body, JSON.stringify(a.refKeys), w.nowMs, w.scan],
    );
    if (before === undefined || changed)
      db.run('DELETE FROM quarantine WHERE provider = ? AND record_key = ?', [w.provider, a.id]);
    return changed ? 1 : 0;
  }

  function writeQuarantine(w: PageWrite, q: QuarantineEntry): void {
    // A record that breaks the schema now is left out, whatever an earlier version of it said.
    db.run('DELETE FROM appointments WHERE provider = ? AND id = ?', [w.provider, q.key]);
    db.run(
      `INSERT INTO quarantine (provider, record_key, id, path, message, seen_scan) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (provider, record_key) DO UPDATE SET id = excluded.id, path = excluded.path,
         message = excluded.message, seen_scan = excluded.seen_scan`,
      [w.provider, q.key, q.id, q.path, q.message, w.scan],
    );
  }

  function finishScan(provider: string, scan: number, purgeBeforeMs: number): number {
    const stale = 'FROM appointments WHERE provider = ? AND (seen_scan < ? OR end_ms < ?)';
    const removed = countOf(db, `SELECT COUNT(*) AS n ${stale}`, [provider, scan, purgeBeforeMs]);
    db.run(`DELETE ${stale}`, [provider, scan, purgeBeforeMs]);
    db.run('DELETE FROM refs WHERE provider = ? AND seen_scan < ?', [provider, scan]);
    db.run('DELETE FROM quarantine WHERE provider = ? AND seen_scan < ?', [provider, scan]);
    return removed;
  }

  return {
    loadState: (provider) =>
      db.all<{ state: string }>('SELECT state FROM sync_state WHERE provider = ?', [provider])[0]?.state ??
      null,
    saveState,
    writePage: (w) =>
      db.transaction(() => {
        let changed = 0;
        for (const a of w.appointments ?? []) changed += writeAppointment(w, a);
        for (const r of w.refs ?? [])
          db.run(
            `INSERT INTO refs (provider, ref_key, body, seen_scan) VALUES (?, ?, ?, ?)
             ON CONFLICT (provider, ref_key) DO UPDATE SET body = excluded.body, seen_scan = excluded.seen_scan`,
            [w.provider, r.key, r.body, w.scan],
          );
        for (const q of w.quarantined ?? []) writeQuarantine(w, q);
        if (w.finish) changed += finishScan(w.provider, w.scan, w.finish.purgeBeforeMs);
        saveState(w.provider, w.state);
        return changed;
      }),
    removeAppointment: (provider, id) =>
      db.run('DELETE FROM appointments WHERE provider = ? AND id = ?', [provider, id]),
    window: (provider, fromMs, toMs) => ({
      records: db
        .all<{ body: string }>(
          'SELECT body FROM appointments WHERE provider = ? AND start_ms >= ? AND start_ms < ? ORDER BY start_ms, id',
          [provider, fromMs, toMs],
        )
        .map((row) => row.body),
      refs: db.all<{ key: string; body: string }>(
        `SELECT ref_key AS key, body FROM refs WHERE provider = ? AND ref_key IN (
           SELECT DISTINCT j.value FROM appointments AS a, json_each(a.ref_keys) AS j
           WHERE a.provider = ? AND a.start_ms >= ? AND a.start_ms < ?)`,
        [provider, provider, fromMs, toMs],
      ),
      quarantined: db.all<{ id: string | null; path: string; message: string }>(
        'SELECT id, path, message FROM quarantine WHERE provider = ? ORDER BY record_key LIMIT ?',
        [provider, QUARANTINE_SHOWN],
      ),
    }),
    refsOf: (provider, id) =>
      db.all<{ key: string; body: string }>(
        `SELECT ref_key AS key, body FROM refs WHERE provider = ? AND ref_key IN (
           SELECT j.value FROM appointments AS a, json_each(a.ref_keys) AS j WHERE a.provider = ? AND a.id = ?)`,
        [provider, provider, id],
      ),
    knownRefs: (provider, keys) =>
      new Set(
        keys.length === 0
          ? []
          : db
              .all<{ key: string }>(
                `SELECT ref_key AS key FROM refs WHERE provider = ? AND ref_key IN (${keys.map(() => '?').join(',')})`,
                [provider, ...keys],
              )
              .map((row) => row.key),
      ),
    appointmentCount: (provider) =>
      countOf(db, 'SELECT COUNT(*) AS n FROM appointments WHERE provider = ?', [provider]),
  };
}

function countOf(db: SqlDriver, sql: string, params: readonly (string | number)[]): number {
  return db.all<{ n: number }>(sql, params)[0]?.n ?? 0;
}
