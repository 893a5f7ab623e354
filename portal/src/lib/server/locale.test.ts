import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  const all = ['nl', 'fr', 'en'] as const;
  it('uses the default language without a prefix', () => {
    expect(resolveLocale('/', 'nl', all)).toEqual({ kind: 'ok', locale: 'nl' });
    expect(resolveLocale('/projecten/stadsmuseum', 'nl', all)).toEqual({ kind: 'ok', locale: 'nl' });
    expect(resolveLocale('/frituur', 'nl', all)).toEqual({ kind: 'ok', locale: 'nl' });
  });

  it('reads an enabled prefix', () => {
    expect(resolveLocale('/fr', 'nl', all)).toEqual({ kind: 'ok', locale: 'fr' });
    expect(resolveLocale('/en/nieuws', 'nl', all)).toEqual({ kind: 'ok', locale: 'en' });
  });

  it('redirects a prefix naming the default language to the plain path', () => {
    expect(resolveLocale('/nl/projecten', 'nl', all)).toEqual({ kind: 'redirect', location: '/projecten' });
    expect(resolveLocale('/nl', 'nl', all)).toEqual({ kind: 'redirect', location: '/' });
  });

  it('refuses a language the city did not enable', () => {
    expect(resolveLocale('/en/nieuws', 'nl', ['nl', 'fr'])).toEqual({ kind: 'disabled', locale: 'nl' });
  });

  it('works for a city whose default language is French', () => {
    expect(resolveLocale('/nl/projecten', 'fr', ['fr', 'nl'])).toEqual({ kind: 'ok', locale: 'nl' });
    expect(resolveLocale('/fr/projecten', 'fr', ['fr', 'nl'])).toEqual({ kind: 'redirect', location: '/projecten' });
  });
});
