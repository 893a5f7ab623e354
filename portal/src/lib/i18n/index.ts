/**
 * UI texts and locale-aware paths. Paths are Dutch in every language; a language other than the
 * city's default gets a prefix (`/fr/projecten`), the default language none (`/projecten`).
 */
import { en } from './messages.en';
import { fr } from './messages.fr';
import { nl, type MessageKey } from './messages.nl';
import { intlLocale, type Locale } from './locales';

export type { MessageKey } from './messages.nl';
export * from './locales';

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, fr, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const text = catalogue[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** `/projecten` in the default language, `/fr/projecten` in French. `path` starts with a slash. */
export function localizePath(path: string, locale: Locale, defaultLocale: Locale): string {
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The path without its language prefix, so the same page can be linked in another language. */
export function stripLocale(pathname: string, locales: readonly Locale[]): string {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (match && (locales as readonly string[]).includes(match[1] ?? '')) return match[2] ?? '/';
  return pathname;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) or timestamp as "3 maart 2025", independent of the server's time zone. */
export function formatDate(value: string, locale: Locale): string {
  const key = locale;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Brussels',
    });
    dateFormats.set(key, format);
  }
  // A bare date means that day in Brussels; noon UTC falls on the same date there all year round.
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(instant.getTime()) ? value : format.format(instant);
}
