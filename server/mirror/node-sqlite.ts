// The store's SQLite on Node: better-sqlite3 (synchronous, like a Durable Object's storage), one file in
// DATA_DIR, readable by its owner only, in WAL mode so window reads never wait for a sync write.
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlDriver, SqlValue } from './sql.ts';

export const STORE_FILE = 'mirror.sqlite';

export interface NodeSqlite {
  driver: SqlDriver;
  close(): void;
}

/** Opens (creating if needed) `<dataDir>/mirror.sqlite`; `':memory:'` for a throwaway store. */
export function openNodeSqlite(dataDir: string | ':memory:'): NodeSqlite {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    file = join(dataDir, STORE_FILE);
    // Created with 0600 before SQLite opens it, so the file is never readable by others, even briefly.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  }
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const driver: SqlDriver = {
    run: (sql, params = []) => void prepared(sql).run(...(params as SqlValue[])),
    all: <Row>(sql: string, params: readonly SqlValue[] = []) =>
      prepared(sql).all(...(params as SqlValue[])) as Row[],
    script: (sql) => void db.exec(sql),
    transaction: (fn) => db.transaction(fn)(),
    schemaVersion: () => Number(db.pragma('user_version', { simple: true })),
    setSchemaVersion: (version) => void db.pragma(`user_version = ${Math.trunc(version)}`),
  };
  return { driver, close: () => db.close() };
}
