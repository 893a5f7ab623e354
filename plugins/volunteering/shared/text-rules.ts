/**
 * Rules for the free text residents type: plain text only, sane whitespace, and no e-mail address
 * or phone number in anything shown to others before both sides of a match agreed to share them.
 * Pure functions, used by the zod contracts (so the portal can show the same errors) and the server.
 */

// Control characters other than tab and newline never belong in text a person typed.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line (titles, names): trimmed, inner whitespace collapsed. */
export function normaliseLine(value: string): string {
  return value.normalize('NFC').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/** Several paragraphs (descriptions, messages): trimmed, at most one blank line between paragraphs. */
export function normaliseParagraphs(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Text that a browser would read as markup: a tag (a letter right after "<" or "</"), a comment or
 * a CDATA section. "a < b", "< b >" and "<3" are fine; "<b>", "</p>", "<img src=x>" are not.
 */
export function containsHtml(value: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>|<!--|<!\[CDATA\[/i.test(value);
}

const EMAIL = /[\p{L}\p{N}._%+-]+\s*(@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(\s*(\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+/iu;

// Dates (12/05/2026, 3-4-26) and clock times (10:30, 14u00) are stripped first: their digits would
// otherwise run together with a neighbouring number into something phone-shaped.
const DATE_LIKE = /\b(0?[1-9]|[12]\d|3[01])[./-](0?[1-9]|1[0-2])[./-](\d{4}|\d{2})\b/g;
const TIME_LIKE = /\b\d{1,2}\s*[:uh]\s*\d{2}\b/gi;
// A Belgian number (0470 12 34 56, 09/348.00.00, +32 470 12 34 56, 0032 9 348 00 00) or any
// international one: a leading 0 or +, then at least 8 more digits in groups.
const PHONE = /(^|[^\p{N}])(\+|00|0)\s?\(?\d{1,4}\)?(?:[\s./-]?\d{1,4}){2,6}(?=$|[^\p{N}])/u;

function phoneDigits(candidate: string): number {
  return candidate.replace(/\D/g, '').length;
}

export function containsEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

export function containsPhoneNumber(value: string): boolean {
  const stripped = value.replace(DATE_LIKE, ' ').replace(TIME_LIKE, ' ');
  const pattern = new RegExp(PHONE.source, 'gu');
  for (const match of stripped.matchAll(pattern)) {
    const digits = phoneDigits(match[0]);
    if (digits >= 9 && digits <= 15) return true;
  }
  return false;
}

export function containsContactDetails(value: string): boolean {
  return containsEmailAddress(value) || containsPhoneNumber(value);
}

/** A phone number as residents write it: digits with spaces, dots, slashes, dashes or brackets. */
export const PHONE_NUMBER = /^\+?[0-9][0-9 ./()-]{6,22}[0-9]$/;
