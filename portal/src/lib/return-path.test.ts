import { describe, expect, it } from 'vitest';
import { logInHref, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/voorstellen/abc123?x=1')).toBe('/voorstellen/abc123?x=1');
    expect(safeReturnPath('/fr/vrijwilligers')).toBe('/fr/vrijwilligers');
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['protocol-relative', '//evil.example/x'],
    ['backslash trick', '/\\evil.example'],
    ['no leading slash', 'voorstellen'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['control characters', '/a\r\nLocation: x'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(600)}`],
  ])('drops %s', (_name, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it('resolves dot segments without leaving the site', () => {
    expect(safeReturnPath('/a/../../voorstellen')).toBe('/voorstellen');
  });
});

describe('logInHref', () => {
  it('adds the encoded return path', () => {
    expect(logInHref('/aanmelden', '/voorstellen/abc?x=1')).toBe('/aanmelden?terug=%2Fvoorstellen%2Fabc%3Fx%3D1');
  });

  it('leaves an unsafe return path out', () => {
    expect(logInHref('/fr/aanmelden', 'https://evil.example')).toBe('/fr/aanmelden');
  });
});
