/**
 * Residents write plain text. Whatever HTML arrives (pasted from a web page, or aimed at the portal)
 * is taken out before anything is stored: script and style blocks with their content, every tag,
 * comments; entities become the characters they stand for, after which tags are removed again so
 * that `&lt;script&gt;` cannot come back as a tag. Control characters go, spaces are tidied, and
 * paragraphs (blank lines) survive where the field is multi-line.
 */

const BLOCKS = /<(script|style|iframe|object|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const TAGS = /<\/?[a-z!?][^>]*>?/gi;
const BREAKS = /<(?:br|\/p|\/div|\/li|\/h[1-6])\b[^>]*>/gi;
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function withoutTags(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(BLOCKS, '').replace(COMMENTS, '').replace(TAGS, '');
    if (next === current) return next;
    current = next;
  }
}

export function plainText(input: string, options: { multiline: boolean }): string {
  const lineBroken = options.multiline ? input.replace(BREAKS, (tag) => `${tag}\n`) : input;
  const text = withoutTags(decodeEntities(withoutTags(lineBroken)))
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '');
  if (!options.multiline) return text.replace(/\s+/g, ' ').trim();
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
