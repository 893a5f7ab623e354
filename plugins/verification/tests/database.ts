/**
 * Direct database access for the integration tests, on SQLite and PostgreSQL alike: to prove what
 * is NOT stored anywhere (every table, every column, read generically), and to simulate what other
 * plugins or the passing of time would do (a vote's voter key, an attempt that expired).
 */
import { createRequire } from 'node:module';
import pg from 'pg';
import type { DatabaseSettings } from '../../../scripts/lib/services.ts';

type Row = Record<string, unknown>;

interface SqliteStatement {
  all(...params: unknown[]): Row[];
  run(...params: unknown[]): { changes: number };
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}

const require = createRequire(import.meta.url);

export interface Database {
  /** `?` placeholders on both engines. */
  rows(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
  tables(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.client === 'sqlite') {
    const BetterSqlite = require('better-sqlite3') as new (file: string, options: object) => SqliteDatabase;
    const db = new BetterSqlite(settings.filename, { fileMustExist: true });
    return {
      rows: async (sql, params = []) => db.prepare(sql).all(...params),
      run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
      tables: async () =>
        db
          .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
          .all()
          .map((row) => String(row.name)),
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({
    host: settings.host,
    port: settings.port,
    database: settings.name,
    user: settings.user,
    password: settings.password,
  });
  await client.connect();
  const numbered = (sql: string) => {
    let index = 0;
    return sql.replace(/\?/g, () => `$${(index += 1)}`);
  };
  return {
    rows: async (sql, params = []) => (await client.query(numbered(sql), params)).rows as Row[],
    run: async (sql, params = []) => (await client.query(numbered(sql), params)).rowCount ?? 0,
    tables: async () =>
      (
        await client.query(
          "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
        )
      ).rows.map((row: Row) => String(row.table_name)),
    close: () => client.end(),
  };
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return `${value.toString('utf8')} ${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface Occurrence {
  table: string;
  column: string;
  needle: string;
}

/** Every place in the whole database where one of the needles occurs, in any column of any row. */
export async function findInDatabase(
  settings: DatabaseSettings,
  needles: string[],
): Promise<{ occurrences: Occurrence[]; tablesScanned: number; valuesScanned: number }> {
  const db = await openDatabase(settings);
  const occurrences: Occurrence[] = [];
  let valuesScanned = 0;
  try {
    const tables = await db.tables();
    for (const table of tables) {
      for (const row of await db.rows(`select * from "${table}"`)) {
        for (const [column, value] of Object.entries(row)) {
          valuesScanned += 1;
          const text = asText(value);
          for (const needle of needles) if (text.includes(needle)) occurrences.push({ table, column, needle });
        }
      }
    }
    return { occurrences, tablesScanned: tables.length, valuesScanned };
  } finally {
    await db.close();
  }
}
