import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from './unique-violation';

describe('isUniqueViolation', () => {
  it('recognises PostgreSQL and SQLite duplicates, also wrapped', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ message: 'wrapped', nativeError: { code: '23505' } })).toBe(true);
  });

  it('does not mistake other failures for a duplicate', () => {
    expect(isUniqueViolation({ code: '23502' })).toBe(false);
    expect(isUniqueViolation({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(isUniqueViolation(new Error('unique in the message only'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
