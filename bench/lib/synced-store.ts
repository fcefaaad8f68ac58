// A mirror store as the sync engines leave it after a full sync of the sandbox, built in process on a
// simulated clock: every engine keeps to its provider's documented budget in simulated time, so hours
// of paging take seconds. The sandbox a benchmark then starts with the same anchor and size serves the
// same records, so the store and the provider agree.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { openNodeSqlite, STORE_FILE } from '../../server/mirror/node-sqlite.ts';
import { createMirrorStore } from '../../server/mirror/store.ts';
import { createHarness, runWhile } from '../../server/mirror/test-support/harness.ts';

/** Syncs every provider's `size` appointments into a store in `dir`; answers its size on disk in MB. */
export async function syncedStore(dir: string, anchor: number, size: number): Promise<number> {
  const h = createHarness({ startMs: anchor, sandbox: { size } });
  const db = openNodeSqlite(dir);
  const store = createMirrorStore(db.driver);
  for (const id of PROVIDER_IDS) {
    const engine = h.engine(id, store);
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 24 * 3_600_000);
  }
  db.driver.run('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(join(dir, STORE_FILE)).size / 2 ** 20;
}
