/**
 * The language of a request, from its path: `/fr/...` is French when the city offers French, no
 * prefix is the city's default language. A prefix naming the default language redirects to the
 * unprefixed path so every page has one address per language.
 */
import { isSupportedLocale, type Locale } from '../i18n/locales';

export type LocaleResolution =
  | { kind: 'ok'; locale: Locale }
  | { kind: 'redirect'; location: string }
  /** A language the portal knows but this city does not offer: the page is a 404 in the default language. */
  | { kind: 'disabled'; locale: Locale };

export function resolveLocale(pathname: string, defaultLocale: Locale, enabled: readonly Locale[]): LocaleResolution {
  const prefix = /^\/([a-z]{2})(?=\/|$)/.exec(pathname)?.[1];
  if (!isSupportedLocale(prefix)) return { kind: 'ok', locale: defaultLocale };
  if (prefix === defaultLocale) return { kind: 'redirect', location: pathname.slice(3) || '/' };
  if (!enabled.includes(prefix)) return { kind: 'disabled', locale: defaultLocale };
  return { kind: 'ok', locale: prefix };
}
