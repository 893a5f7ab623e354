/**
 * Recognises the database refusing a duplicate in a unique index, on both databases we run on:
 * PostgreSQL reports SQLSTATE 23505, SQLite (better-sqlite3) SQLITE_CONSTRAINT_UNIQUE (or, for a
 * primary key, SQLITE_CONSTRAINT_PRIMARYKEY). Anything else is a real failure and is rethrown.
 */
const UNIQUE_CODES = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNIQUE_CODES.has(code)) return true;
  // Knex may wrap the driver's error; the original travels as `nativeError` or `cause`.
  const inner =
    (error as { nativeError?: unknown; cause?: unknown }).nativeError ?? (error as { cause?: unknown }).cause;
  return inner !== undefined && inner !== error && isUniqueViolation(inner);
}
