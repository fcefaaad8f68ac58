// One fetched page as store rows: appointments that pass the engine's minimal checks (trimmed by the
// provider's projection), reference records, and quarantine entries for the rest.
import type { QuarantineEntry, StoredAppointment, StoredRef } from './store.ts';
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
