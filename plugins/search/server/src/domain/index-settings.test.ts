import { describe, expect, it } from 'vitest';
import { loadIndexSettings } from '../settings-files';
import { expandSynonymGroups, indexFingerprint } from './index-settings';

describe('expandSynonymGroups', () => {
  it('makes every word of a group find every other word', () => {
    expect(
      expandSynonymGroups([
        ['Bib', 'bibliotheek'],
        ['fietspad', 'fietsroute', 'fietsweg'],
      ]),
    ).toEqual({
      bib: ['bibliotheek'],
      bibliotheek: ['bib'],
      fietspad: ['fietsroute', 'fietsweg'],
      fietsroute: ['fietspad', 'fietsweg'],
      fietsweg: ['fietspad', 'fietsroute'],
    });
  });

  it('merges a word that appears in two groups', () => {
    expect(
      expandSynonymGroups([
        ['a', 'b'],
        ['a', 'c'],
      ]).a,
    ).toEqual(['b', 'c']);
  });
});

describe('the versioned settings in config/meilisearch', () => {
  const settings = loadIndexSettings();

  it('give each language its own stop words, synonyms and language', () => {
    expect(settings.nl.stopWords).toContain('de');
    expect(settings.fr.stopWords).toContain('les');
    expect(settings.nl.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['nld'] }]);
    expect(settings.nl.synonyms.wegenwerken).toEqual(expect.arrayContaining(['wegenis', 'heraanleg']));
    expect(settings.nl.synonyms.heraanleg).toContain('wegenwerken');
    expect(settings.nl.synonyms.fietspad).toContain('fietsroute');
    expect(settings.nl.synonyms.bib).toEqual(['bibliotheek']);
  });

  it('filter on every facet and rank running and recent items first among equals', () => {
    expect(settings.nl.filterableAttributes).toEqual(
      expect.arrayContaining(['type', 'topics', 'districts', 'department', 'status', 'year']),
    );
    expect(settings.nl.rankingRules).toEqual(expect.arrayContaining(['activity:desc', 'recency:desc']));
  });

  it('change the fingerprint when a setting or a document builder changes', () => {
    const base = indexFingerprint(settings, ['project|a']);
    expect(indexFingerprint(settings, ['project|a'])).toBe(base);
    expect(indexFingerprint(settings, ['project|b'])).not.toBe(base);
    expect(indexFingerprint({ ...settings, nl: { ...settings.nl, stopWords: [] } }, ['project|a'])).not.toBe(base);
  });
});
