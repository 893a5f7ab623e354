import path from 'node:path';
import { cmsEnv } from '../src/env';

export default () => {
  const env = cmsEnv();
  if (env.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: env.DATABASE_URL
          ? { connectionString: env.DATABASE_URL, ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false }
          : {
              host: env.DATABASE_HOST,
              port: env.DATABASE_PORT,
              database: env.DATABASE_NAME,
              user: env.DATABASE_USERNAME,
              password: env.DATABASE_PASSWORD,
              ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
              schema: env.DATABASE_SCHEMA,
            },
        pool: { min: 0, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: 60_000,
      },
    };
  }
  // Relative filenames are resolved from the cms folder, absolute ones (the run command's data folder) kept.
  const filename = path.isAbsolute(env.DATABASE_FILENAME)
    ? env.DATABASE_FILENAME
    : path.join(__dirname, '..', '..', env.DATABASE_FILENAME);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
      acquireConnectionTimeout: 60_000,
      pool: { afterCreate: sqliteSettings },
    },
  };
};

/** The parts of a better-sqlite3 connection the settings below use. */
interface SqliteConnection {
  pragma(statement: string): unknown;
}

/**
 * Per connection, after Strapi's own `foreign_keys = on`:
 * - write-ahead log instead of the rollback journal: readers do not block the writer, and a commit
 *   appends to the log instead of rewriting pages with several fsyncs (kept in the file);
 * - `synchronous = NORMAL`: in WAL mode the database stays consistent after a crash; only the last
 *   commits before a power loss (not a process crash) may be lost. The usual setting for WAL;
 * - `busy_timeout`: a second process on the same file (a one-off script, a backup) waits for the
 *   write lock instead of failing at once.
 * Measured with bench/supports.ts: see bench/README.md.
 */
function sqliteSettings(connection: SqliteConnection, done: (error: Error | null, connection: unknown) => void): void {
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('busy_timeout = 5000');
    done(null, connection);
  } catch (error) {
    done(error instanceof Error ? error : new Error(String(error)), connection);
  }
}
