import { describe, expect, it } from 'vitest';
import { DEFAULT_BLOCKED_WORDS, blockedWordsMessage, findBlockedWords } from './blocked-words';

const list = { nl: ['klootzak', 'kut'], fr: ['connard', 'fils de pute'] };

describe('blocked words', () => {
  it('finds whole words whatever their case or accents, Dutch and French', () => {
    expect(findBlockedWords('Wat een KLOOTZAK', list)).toEqual(['klootzak']);
    expect(findBlockedWords('quel connârd!', list)).toEqual(['connard']);
  });

  it('finds phrases as a sequence of words, across punctuation and spacing', () => {
    expect(findBlockedWords('espèce de FILS   de-pute', list)).toEqual(['fils de pute']);
    expect(findBlockedWords('fils de la voisine', list)).toEqual([]);
  });

  it('does not match inside other words', () => {
    expect(findBlockedWords('Kunstwerk bij de kutteling? Nee: het Kutje-museum', { nl: ['kunst'], fr: [] })).toEqual(
      [],
    );
    expect(findBlockedWords('kutteling', list)).toEqual([]);
  });

  it('reports each word once, in list order', () => {
    expect(findBlockedWords('connard kut connard klootzak', list)).toEqual(['klootzak', 'kut', 'connard']);
  });

  it('finds nothing in clean text or with an empty list', () => {
    expect(findBlockedWords('Ik help graag met boodschappen', DEFAULT_BLOCKED_WORDS)).toEqual([]);
    expect(findBlockedWords('klootzak', { nl: [], fr: [] })).toEqual([]);
  });

  it('ships a default list in both languages', () => {
    expect(DEFAULT_BLOCKED_WORDS.nl.length).toBeGreaterThan(0);
    expect(DEFAULT_BLOCKED_WORDS.fr.length).toBeGreaterThan(0);
  });

  it('names the problem in Dutch', () => {
    expect(blockedWordsMessage(['klootzak'])).toBe(
      'bevat een woord dat hier niet is toegestaan: „klootzak”. Pas je tekst aan.',
    );
    expect(blockedWordsMessage(['kut', 'connard'])).toBe(
      'bevat woorden die hier niet zijn toegestaan: „kut”, „connard”. Pas je tekst aan.',
    );
  });
});
