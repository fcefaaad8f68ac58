// The synchronous SQLite both runtimes offer: better-sqlite3 on Node, a Durable Object's SqlStorage on
// Workers. The store is written against this alone, so one schema and one set of queries serve both.

export type SqlValue = string | number | null;

export interface SqlDriver {
  /** Runs one statement with bound parameters. */
  run(sql: string, params?: readonly SqlValue[]): void;
  /** Rows of one query, as plain objects keyed by column name. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Row[];
  /** Several statements without parameters (migrations). */
  script(sql: string): void;
  /** Runs `fn` atomically: every write inside commits together or not at all. */
  transaction<T>(fn: () => T): T;
  /** The schema version (better-sqlite3: `PRAGMA user_version`; a Durable Object keeps it in a table). */
  schemaVersion(): number;
  setSchemaVersion(version: number): void;
}
