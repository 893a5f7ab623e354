import { describe, expect, it } from 'vitest';
import { toOneRelationTarget } from './relation-input';

describe('toOneRelationTarget', () => {
  it('reads the shorthand forms', () => {
    expect(toOneRelationTarget('abc123')).toEqual({ documentId: 'abc123' });
    expect(toOneRelationTarget(7)).toEqual({ id: 7 });
    expect(toOneRelationTarget({ documentId: 'abc123', locale: 'nl' })).toEqual({ documentId: 'abc123' });
    expect(toOneRelationTarget({ id: 7 })).toEqual({ id: 7 });
    expect(toOneRelationTarget(['abc123'])).toEqual({ documentId: 'abc123' });
  });

  it('reads connect and set, the last one winning for a to-one relation', () => {
    expect(
      toOneRelationTarget({
        connect: [
          { id: 3, documentId: 'old' },
          { documentId: 'new', position: { end: true } },
        ],
      }),
    ).toEqual({
      documentId: 'new',
    });
    expect(toOneRelationTarget({ set: [{ id: 9 }] })).toEqual({ id: 9 });
  });

  it('tells a cleared relation from one that is not mentioned', () => {
    expect(toOneRelationTarget(null)).toBeNull();
    expect(toOneRelationTarget({ set: [] })).toBeNull();
    expect(toOneRelationTarget([])).toBeNull();
    expect(toOneRelationTarget(undefined)).toBeUndefined();
    expect(toOneRelationTarget({ disconnect: [{ id: 1 }], connect: [] })).toBeUndefined();
  });
});
