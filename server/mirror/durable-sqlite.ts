// The store's SQLite in a Durable Object: its synchronous `ctx.storage.sql` and `transactionSync`.
// PRAGMA user_version is not available there, so the schema version lives in a one-row table.
import type { SqlDriver, SqlValue } from './sql.ts';

/** The part of a Durable Object's `ctx.storage` the store uses (typed here so Node can type-check it). */
export interface DurableSqlStorage {
  sql: { exec(query: string, ...bindings: unknown[]): { toArray(): unknown[] } };
  transactionSync<T>(fn: () => T): T;
}

const META = 'CREATE TABLE IF NOT EXISTS mirror_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)';

export function durableSqlDriver(storage: DurableSqlStorage): SqlDriver {
  const exec = (sql: string, params: readonly SqlValue[] = []) => storage.sql.exec(sql, ...params);
  return {
    run: (sql, params) => void exec(sql, params).toArray(),
    all: <Row>(sql: string, params?: readonly SqlValue[]) => exec(sql, params).toArray() as Row[],
    script: (sql) => void exec(sql).toArray(),
    transaction: (fn) => storage.transactionSync(fn),
    schemaVersion: () => {
      exec(META).toArray();
      const row = exec("SELECT value FROM mirror_meta WHERE key = 'schema'").toArray()[0] as
        { value: number } | undefined;
      return row?.value ?? 0;
    },
    setSchemaVersion: (version) =>
      void exec(
        "INSERT INTO mirror_meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [version],
      ).toArray(),
  };
}
