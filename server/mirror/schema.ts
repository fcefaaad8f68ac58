// One schema for both runtimes, migrated in order by schema version. Each migration runs in the same
// transaction as the version bump, so a crash mid-migration leaves the previous version intact.
import type { SqlDriver } from './sql.ts';

const MIGRATIONS: readonly string[] = [
  // 1: appointments by provider and start, reference records, quarantine and the engine's state.
  `
  CREATE TABLE appointments (
    provider TEXT NOT NULL,
    id TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    ref_keys TEXT NOT NULL,
    changed_ms INTEGER NOT NULL,
    seen_scan INTEGER NOT NULL,
    PRIMARY KEY (provider, id)
  );
  CREATE INDEX appointments_by_start ON appointments (provider, start_ms);
  CREATE TABLE refs (
    provider TEXT NOT NULL,
    ref_key TEXT NOT NULL,
    body TEXT NOT NULL,
    seen_scan INTEGER NOT NULL,
    PRIMARY KEY (provider, ref_key)
  );
  CREATE TABLE quarantine (
    provider TEXT NOT NULL,
    record_key TEXT NOT NULL,
    id TEXT,
    path TEXT NOT NULL,
    message TEXT NOT NULL,
    seen_scan INTEGER NOT NULL,
    PRIMARY KEY (provider, record_key)
  );
  CREATE TABLE sync_state (
    provider TEXT PRIMARY KEY,
    state TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: SqlDriver): void {
  const current = db.schemaVersion();
  if (current > SCHEMA_VERSION)
    throw new Error(`The mirror store has schema ${current}; this build knows up to ${SCHEMA_VERSION}`);
  for (let version = current; version < SCHEMA_VERSION; version += 1) {
    db.transaction(() => {
      db.script(MIGRATIONS[version] ?? '');
      db.setSchemaVersion(version + 1);
    });
  }
}
