import { describe, expect, it } from 'vitest';
import {
  containsContactDetails,
  containsEmailAddress,
  containsHtml,
  containsPhoneNumber,
  normaliseLine,
  normaliseParagraphs,
} from './text-rules';

describe('normalising typed text', () => {
  it('collapses a line’s whitespace and drops control and bidi characters', () => {
    expect(normaliseLine('  Hulp \t bij\n boodschappen  ')).toBe('Hulp bij boodschappen');
    expect(normaliseLine('Anna\u0000\u202e\u200b')).toBe('Anna');
  });

  it('keeps paragraphs, with at most one blank line between them', () => {
    expect(normaliseParagraphs('Eerste  regel\r\n\r\n\r\n\r\nTweede\tregel  \n')).toBe('Eerste regel\n\nTweede regel');
  });
});

describe('HTML', () => {
  it.each([
    '<b>vet</b>',
    'klik <a href="x">hier</a>',
    '<img src=x onerror=alert(1)>',
    '<!-- verborgen -->',
    '</p>',
    '<script>alert(1)</script>',
  ])('refuses %s', (text) => expect(containsHtml(text)).toBe(true));

  it.each(['a < b en b > c', 'ik hou van jullie <3', '3 < 5', 'pijl -> rechts', '< script >'])('allows %s', (text) =>
    expect(containsHtml(text)).toBe(false),
  );
});

describe('contact details', () => {
  it.each(['mail me op anna.peeters@example.be', 'anna (at) example (dot) be', 'jan@lokeren.be'])(
    'finds the e-mail address in %s',
    (text) => expect(containsEmailAddress(text)).toBe(true),
  );

  it.each([
    'bel 0470 12 34 56',
    'bel 0470/12.34.56',
    'tel. 09 348 00 00',
    'gsm +32 470 12 34 56',
    '0032 9 348 00 00',
    '0470123456',
  ])('finds the phone number in %s', (text) => expect(containsPhoneNumber(text)).toBe(true));

  it.each([
    'Op 12/05/2026 om 10:30 aan het station',
    'Van 14u00 tot 16u00, zaterdag 3-4-26',
    'Ik ben 67 jaar en woon in Lokeren 9160',
    'Wij zoeken 3 vrijwilligers voor 2 uur',
    'huisnummer 125, bus 2',
  ])('does not mistake %s for contact details', (text) => expect(containsContactDetails(text)).toBe(false));
});
