/**
 * The last gate before text enters the index. Even public content can contain personal data
 * typed into a body ("mail jan.peeters@example.com"); the index is a copy that residents query
 * freely, so e-mail addresses are removed from it (the page itself still shows what the editor
 * wrote). Control characters are removed too: the portal uses two of them as highlight markers.
 */

// Deliberately broad: a false positive costs one word in the index, a miss leaks an address.
const EMAIL_ADDRESS =
  /[\p{L}\p{N}._%+'-]+(?:@|＠|\s*(?:\(at\)|\[at\]|\{at\})\s*)[\p{L}\p{N}-]+(?:(?:\.|\s*(?:\(dot\)|\[dot\])\s*)[\p{L}\p{N}-]+)+/giu;
// C0/C1 controls except tab and newline.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function removeEmailAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, ' ');
}

export interface PublicTextOptions {
  /** Longest text kept; the rest is cut at a word boundary. */
  maxLength: number;
  /** Keep line breaks (bodies) or fold everything onto one line (titles, summaries). */
  multiline?: boolean;
}

export function publicText(value: unknown, options: PublicTextOptions): string {
  if (typeof value !== 'string') return '';
  let text = removeEmailAddresses(value.replace(CONTROL_CHARACTERS, ' '));
  text = options.multiline
    ? text
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n')
    : text.replace(/\s+/g, ' ').trim();
  if (text.length <= options.maxLength) return text;
  const cut = text.slice(0, options.maxLength);
  const lastSpace = cut.search(/\s\S*$/);
  return (lastSpace > options.maxLength * 0.8 ? cut.slice(0, lastSpace) : cut).trim();
}

/** Names of related items (topics, districts): cleaned, without blanks or duplicates. */
export function publicNames(values: readonly unknown[]): string[] {
  const names = values.map((value) => publicText(value, { maxLength: 120 })).filter(Boolean);
  return [...new Set(names)];
}
