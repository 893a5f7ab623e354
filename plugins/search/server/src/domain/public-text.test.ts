import { describe, expect, it } from 'vitest';
import { publicNames, publicText, removeEmailAddresses } from './public-text';

describe('removeEmailAddresses', () => {
  it.each([
    'Vragen? Mail jan.peeters@example.com of bel.',
    'Contact: Jan.Peeters+werken@sub.example.co.uk',
    'schrijf naar info (at) lokeren (dot) be',
    'schrijf naar info[at]lokeren.be',
    'é.lève@école.be',
  ])('removes the address from %j', (input) => {
    const output = removeEmailAddresses(input);
    expect(output).not.toMatch(/@|\(at\)|\[at\]|peeters|info|lève/i);
  });

  it('leaves ordinary text, handles and sentence ends alone', () => {
    const input = 'Volg @lokeren op sociale media. Start om 10.30 uur in zaal 2.';
    expect(removeEmailAddresses(input)).toBe(input);
  });
});

describe('publicText', () => {
  it('folds whitespace onto one line unless multi-line text is asked for', () => {
    expect(publicText('  Heraanleg\n\tKerkstraat  ', { maxLength: 100 })).toBe('Heraanleg Kerkstraat');
    expect(publicText('Eerste  regel\n\n  tweede regel ', { maxLength: 100, multiline: true })).toBe(
      'Eerste regel\ntweede regel',
    );
  });

  it('removes control characters, which the portal uses as highlight markers', () => {
    expect(publicText('a\u0002b\u0003c\u0000d', { maxLength: 100 })).toBe('a b c d');
  });

  it('cuts long text at a word boundary', () => {
    const cut = publicText('woord '.repeat(100), { maxLength: 50 });
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('woord')).toBe(true);
  });

  it('gives an empty string for anything that is not text', () => {
    expect(publicText(null, { maxLength: 10 })).toBe('');
    expect(publicText({ text: 'x' }, { maxLength: 10 })).toBe('');
  });
});

describe('publicNames', () => {
  it('drops blanks and duplicates', () => {
    expect(publicNames(['Mobiliteit', ' Mobiliteit ', '', null, 'Cultuur'])).toEqual(['Mobiliteit', 'Cultuur']);
  });
});
