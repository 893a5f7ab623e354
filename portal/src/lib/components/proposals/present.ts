/** Pure presentation helpers for proposals: days left, progress text, share links, paragraphs. */
import type { ProposalTranslate } from './texts';

/** `daysLeft` is the number of started days until the support period ends (1 on the last day). */
export function daysLeftText(daysLeft: number | null, t: ProposalTranslate): string | null {
  if (daysLeft === null) return null;
  if (daysLeft <= 0) return t('supportClosed');
  if (daysLeft === 1) return t('lastDay');
  return t('daysLeft', { days: daysLeft });
}

export function supportText(count: number, threshold: number | null, t: ProposalTranslate): string {
  return threshold === null ? t('supportsCount', { count }) : t('supportsOf', { count, threshold });
}

export interface ShareLink {
  name: string;
  href: string;
}

/**
 * Plain share links: no third-party script runs on the page, and nothing is sent to those sites
 * unless the visitor clicks.
 */
export function shareLinks(url: string, title: string, emailLabel: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { name: emailLabel, href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X (Twitter)', href: `https://twitter.com/intent/tweet?url=${u}&text=${text}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}

/** Plain text as paragraphs: blank lines separate them; single line breaks stay inside one. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line, index) => line.length > 0 || index > 0))
    .filter((lines) => lines.some((line) => line.length > 0));
}

/** The items of a "a|b|c" text as a list. */
export const listItems = (text: string) => text.split('|').filter(Boolean);
