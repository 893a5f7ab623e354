/**
 * Which published version of a document each language's index shows, following the portal's rule:
 * texts in the visitor's language when a translation is published, else in the city's default
 * language; facts (dates, relations, stage) always from the default language, because Strapi keeps
 * relations per language and a translation may lack them. So every language finds every item, with
 * the same facets, and a result opens the page the portal would show.
 */
import { SEARCH_LOCALES, type SearchLocale } from '../../../shared/search-contract';

export interface PublishedVersion {
  locale?: string | null;
  [field: string]: unknown;
}

/**
 * @param versions the published versions of one document (one per locale, or one without locale
 *   for a type that is not translated)
 * @param localizedFields the attributes a translation replaces (Strapi's `i18n.localized`)
 */
export function versionsPerIndex(
  versions: readonly PublishedVersion[],
  localizedFields: readonly string[],
  defaultLocale: SearchLocale,
): Map<SearchLocale, PublishedVersion> {
  const perIndex = new Map<SearchLocale, PublishedVersion>();
  if (versions.length === 0) return perIndex;

  const untranslatable = versions.find((version) => !version.locale);
  if (untranslatable) {
    for (const locale of SEARCH_LOCALES) perIndex.set(locale, untranslatable);
    return perIndex;
  }

  const byLocale = new Map(versions.map((version) => [version.locale, version]));
  const base = byLocale.get(defaultLocale);
  for (const locale of SEARCH_LOCALES) {
    const own = byLocale.get(locale);
    if (base && own && own !== base) {
      const merged: PublishedVersion = { ...base, locale };
      for (const field of localizedFields) {
        if (own[field] !== null && own[field] !== undefined) merged[field] = own[field];
      }
      perIndex.set(locale, merged);
    } else if (base ?? own) {
      perIndex.set(locale, (base ?? own) as PublishedVersion);
    }
  }
  return perIndex;
}
