// One fetched page as store rows: appointments that pass the engine's minimal checks (trimmed by the
// provider's projection), reference records, and quarantine entries for the rest.
import type { MirrorStore, QuarantineEntry, StoredAppointment, StoredRef } from './store.ts';
import { refKey, type SyncSegment, type SyncStrategy } from './strategy.ts';

export interface PageRows {
  appointments: StoredAppointment[];
  refs: StoredRef[];
  quarantined: QuarantineEntry[];
}

export function pageRows(
  strategy: SyncStrategy,
  segment: SyncSegment,
  items: readonly unknown[],
  retainFromMs: number,
): PageRows {
  const rows: PageRows = { appointments: [], refs: [], quarantined: [] };
  if (segment.kind === 'ref') {
    for (const item of items) {
      const ref = strategy.ref(segment.collection, item);
      if (ref !== null)
        rows.refs.push({ key: refKey(segment.collection, ref.id), body: JSON.stringify(ref.record) });
    }
    return rows;
  }
  items.forEach((item, i) => {
    const result = strategy.appointment(item);
    if (!result.ok) {
      // Without an id the entry is keyed by where it was found; the next full scan replaces it.
      const key = result.id ?? `unnamed:${segment.url}#${i}`;
      rows.quarantined.push({ key, id: result.id, path: result.path, message: result.message });
      return;
    }
    // Retention: what ended before the window is neither stored nor kept.
    if (result.endMs < retainFromMs) return;
    rows.appointments.push({
      id: result.id,
      startMs: result.startMs,
      endMs: result.endMs,
      body: JSON.stringify(result.record),
      refKeys: result.refKeys,
    });
  });
  return rows;
}

/** A poll finds a handful of new bookings at most: more unknown names than this wait for the full scan. */
const MAX_LOOKUPS = 10;

/**
 * Segments that fetch the reference records new bookings point at and the store lacks (a new client's
 * name), so the booking shows names when it first shows, not after the next full scan.
 */
export function missingRefs(
  strategy: SyncStrategy,
  store: MirrorStore,
  provider: string,
  rows: PageRows,
): SyncSegment[] {
  if (strategy.refItem === undefined || rows.appointments.length === 0) return [];
  const keys = [...new Set(rows.appointments.flatMap((a) => a.refKeys))];
  const known = store.knownRefs(provider, keys);
  const segments: SyncSegment[] = [];
  for (const key of keys) {
    if (known.has(key) || segments.length >= MAX_LOOKUPS) continue;
    const split = key.indexOf(':');
    const collection = key.slice(0, split);
    const url = strategy.refItem(collection, key.slice(split + 1));
    if (url !== null) segments.push({ kind: 'ref', collection, url, single: true, optional: true });
  }
  return segments;
}
