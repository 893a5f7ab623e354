/**
 * Words staff do not want on the volunteering pages, in Dutch and French. A word matches as a
 * whole word (or a whole phrase of words), whatever its case or accents: "Connard" and "connârd"
 * match "connard", but "klootzakken" does not match "klootzak" — staff add forms they want
 * refused, which keeps innocent words such as "Kunstwerk" safe from a listed "kut".
 */
import type { BlockedWords } from '../../../shared/contracts';

/** The list a new installation starts with; staff keep it up to date in the admin. */
export const DEFAULT_BLOCKED_WORDS: BlockedWords = {
  nl: ['klootzak', 'klootzakken', 'kutwijf', 'hoerenjong', 'teringlijer', 'kankerlijer', 'flikker'],
  fr: ['connard', 'connasse', 'salope', 'enculé', 'pute', 'fils de pute', 'ta gueule', 'nique ta mère'],
};

function tokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The listed words that occur in the text, as listed, without repeats, in list order. */
export function findBlockedWords(text: string, list: BlockedWords): string[] {
  const words = tokens(text);
  if (words.length === 0) return [];
  const found: string[] = [];
  for (const entry of [...list.nl, ...list.fr]) {
    const phrase = tokens(entry);
    if (phrase.length === 0 || found.includes(entry)) continue;
    for (let start = 0; start + phrase.length <= words.length; start += 1) {
      if (phrase.every((word, offset) => words[start + offset] === word)) {
        found.push(entry);
        break;
      }
    }
  }
  return found;
}

/** "bevat een woord dat hier niet is toegestaan: „klootzak”" — read after the field's label. */
export function blockedWordsMessage(found: readonly string[]): string {
  const quoted = found.map((word) => `„${word}”`).join(', ');
  return found.length === 1
    ? `bevat een woord dat hier niet is toegestaan: ${quoted}. Pas je tekst aan.`
    : `bevat woorden die hier niet zijn toegestaan: ${quoted}. Pas je tekst aan.`;
}
