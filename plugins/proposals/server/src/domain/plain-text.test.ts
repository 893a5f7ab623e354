import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';

describe('plain text from what residents send', () => {
  it('removes scripts with their content, tags and comments', () => {
    expect(
      plainText('Meer <b>bomen</b> in de <script>alert(1)</script>Kerkstraat<!-- x -->', { multiline: false }),
    ).toBe('Meer bomen in de Kerkstraat');
    expect(plainText('<img src=x onerror=alert(1)>Speeltuin', { multiline: false })).toBe('Speeltuin');
  });

  it('does not let encoded tags come back as tags', () => {
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;Fietsstraat', { multiline: false })).toBe('Fietsstraat');
    expect(plainText('Tom &amp; Jerry &#8364; 5 &lt; 6', { multiline: false })).toBe('Tom & Jerry € 5 < 6');
  });

  it('keeps paragraphs in multi-line fields and tidies spaces', () => {
    expect(
      plainText('<p>Eerste  alinea.</p><p>Tweede\u200b alinea.</p>\r\n\r\n\r\n\r\nDerde', { multiline: true }),
    ).toBe('Eerste alinea.\nTweede alinea.\n\nDerde');
    expect(plainText('  één\nregel  ', { multiline: false })).toBe('één regel');
  });

  it('drops control and direction-override characters', () => {
    expect(plainText('a\u0000b\u202Ec', { multiline: false })).toBe('abc');
  });
});
