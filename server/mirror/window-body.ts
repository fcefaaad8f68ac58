// The window answer as JSON text, built from the stored JSON of each record: the records are never
// parsed and re-serialised on the way out, whatever the window's size.
import type { SyncStatus } from '../../contract/window-response.ts';
import type { WindowRows } from './store.ts';

/** Stored reference records grouped by collection (`services:7` is in `services`), as JSON text. */
export function refsBody(rows: readonly { key: string; body: string }[]): string {
  const refs = new Map<string, string[]>();
  for (const ref of rows) {
    const collection = ref.key.slice(0, ref.key.indexOf(':'));
    const list = refs.get(collection);
    if (list === undefined) refs.set(collection, [ref.body]);
    else list.push(ref.body);
  }
  const groups = [...refs].map(([name, bodies]) => `${JSON.stringify(name)}:[${bodies.join(',')}]`);
  return `{${groups.join(',')}}`;
}

export function windowBody(
  provider: string,
  fromMs: number,
  toMs: number,
  rows: WindowRows,
  sync: SyncStatus,
): string {
  return (
    `{"provider":${JSON.stringify(provider)},"fromMs":${fromMs},"toMs":${toMs},` +
    `"records":[${rows.records.join(',')}],"refs":${refsBody(rows.refs)},` +
    `"quarantined":${JSON.stringify(rows.quarantined)},"sync":${JSON.stringify(sync)}}`
  );
}
