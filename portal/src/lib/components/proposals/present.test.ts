import { describe, expect, it } from 'vitest';
import { daysLeftText, paragraphs, shareLinks, supportText } from './present';
import { proposalTexts } from './texts';

const nl = proposalTexts('nl');
const fr = proposalTexts('fr');

describe('days left', () => {
  it('counts the days, names the last day, and says when it is over', () => {
    expect(daysLeftText(12, nl)).toBe('Nog 12 dagen om te steunen');
    expect(daysLeftText(1, nl)).toBe('Vandaag is de laatste dag om te steunen');
    expect(daysLeftText(0, nl)).toBe('Steunen is afgelopen');
    expect(daysLeftText(null, nl)).toBeNull();
    expect(daysLeftText(3, fr)).toBe('Encore 3 jours pour soutenir');
  });
});

describe('support text', () => {
  it('shows the count against the threshold, or the count alone before opening', () => {
    expect(supportText(7, 100, nl)).toBe('7 van 100 steunbetuigingen');
    expect(supportText(0, null, nl)).toBe('0 steunbetuigingen');
  });
});

describe('share links', () => {
  const links = shareLinks('https://denkmee.test/voorstellen/abc123def4?x=1&y=2', 'Fietsstraat & meer', 'E-mail');

  it('encodes the address and title so they cannot break out of the link', () => {
    const facebook = links.find((link) => link.name === 'Facebook');
    expect(facebook?.href).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdenkmee.test%2Fvoorstellen%2Fabc123def4%3Fx%3D1%26y%3D2',
    );
    const tweet = new URL(links.find((link) => link.name === 'X (Twitter)')?.href ?? '');
    expect(tweet.searchParams.get('text')).toBe('Fietsstraat & meer');
    expect(tweet.searchParams.get('url')).toBe('https://denkmee.test/voorstellen/abc123def4?x=1&y=2');
  });

  it('offers e-mail, Facebook, X, WhatsApp and LinkedIn, all plain https or mailto links', () => {
    expect(links.map((link) => link.name)).toEqual(['E-mail', 'Facebook', 'X (Twitter)', 'WhatsApp', 'LinkedIn']);
    for (const link of links) expect(link.href).toMatch(/^(https:\/\/|mailto:\?)/);
    const mail = links[0]?.href ?? '';
    expect(decodeURIComponent(mail)).toContain('Fietsstraat & meer\n\nhttps://denkmee.test/voorstellen/abc123def4');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(paragraphs('Eerste regel\ntweede regel\n\n\nNieuwe alinea\r\n\r\nDerde')).toEqual([
      ['Eerste regel', 'tweede regel'],
      ['Nieuwe alinea'],
      ['Derde'],
    ]);
    expect(paragraphs('  \n\n ')).toEqual([]);
  });
});
