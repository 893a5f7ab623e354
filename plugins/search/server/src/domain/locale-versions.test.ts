import { describe, expect, it } from 'vitest';
import { versionsPerIndex } from './locale-versions';

const nl = { documentId: 'd1', locale: 'nl', title: 'Bibliotheek', slug: 'bibliotheek', topics: ['Cultuur'] };
const fr = { documentId: 'd1', locale: 'fr', title: 'Bibliothèque', slug: 'bibliotheque', topics: [] };

describe('versionsPerIndex', () => {
  it('shows the translation where it exists, with the facts of the default language', () => {
    const perIndex = versionsPerIndex([nl, fr], ['title', 'slug'], 'nl');
    expect(perIndex.get('nl')).toEqual(nl);
    expect(perIndex.get('fr')).toEqual({ ...nl, locale: 'fr', title: 'Bibliothèque', slug: 'bibliotheque' });
    // No English translation: English search still finds the item, in Dutch.
    expect(perIndex.get('en')).toEqual(nl);
  });

  it('keeps the default text where a translation leaves a field empty', () => {
    const perIndex = versionsPerIndex([nl, { ...fr, title: null }], ['title', 'slug'], 'nl');
    expect(perIndex.get('fr')?.title).toBe('Bibliotheek');
  });

  it('uses a lone translation only in its own language', () => {
    const perIndex = versionsPerIndex([fr], ['title', 'slug'], 'nl');
    expect([...perIndex.keys()]).toEqual(['fr']);
  });

  it('puts a type without translations in every language', () => {
    const untranslated = { documentId: 'p1', locale: null, title: 'Voorstel' };
    const perIndex = versionsPerIndex([untranslated], [], 'nl');
    expect([...perIndex.keys()]).toEqual(['nl', 'fr', 'en']);
  });

  it('gives nothing for a document without published versions', () => {
    expect(versionsPerIndex([], ['title'], 'nl').size).toBe(0);
  });
});
