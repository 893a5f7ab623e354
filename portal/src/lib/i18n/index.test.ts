import { describe, expect, it } from 'vitest';
import { formatDate, localizePath, stripLocale, translator } from './index';
import { nl } from './messages.nl';
import { fr } from './messages.fr';
import { en } from './messages.en';

describe('translations', () => {
  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(nl).sort();
    expect(Object.keys(fr).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
    for (const catalogue of [nl, fr, en]) for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
  });

  it('fill in placeholders', () => {
    expect(translator('nl')('pageOf', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    expect(translator('fr')('resultCount', { count: 3 })).toBe('3 résultats');
  });
});

describe('paths', () => {
  it('prefix only languages other than the default', () => {
    expect(localizePath('/projecten', 'nl', 'nl')).toBe('/projecten');
    expect(localizePath('/projecten', 'fr', 'nl')).toBe('/fr/projecten');
    expect(localizePath('/', 'en', 'nl')).toBe('/en');
    expect(localizePath('/', 'nl', 'nl')).toBe('/');
  });

  it('strip a known language prefix and nothing else', () => {
    expect(stripLocale('/fr/projecten/museum', ['nl', 'fr', 'en'])).toBe('/projecten/museum');
    expect(stripLocale('/en', ['nl', 'fr', 'en'])).toBe('/');
    expect(stripLocale('/fr/projecten', ['nl', 'en'])).toBe('/fr/projecten');
    expect(stripLocale('/privacy', ['nl', 'fr', 'en'])).toBe('/privacy');
  });
});

describe('formatDate', () => {
  it('writes dates in the visitor’s language on the same calendar day', () => {
    expect(formatDate('2025-03-01', 'nl')).toBe('1 maart 2025');
    expect(formatDate('2025-03-01', 'fr')).toBe('1 mars 2025');
    expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
  });
});
