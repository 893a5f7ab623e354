/** The UI languages the portal ships translations for. A city enables a subset in its configuration. */
export const supportedLocales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** Open Graph wants language_TERRITORY; Belgian variants where they exist. */
export const ogLocale: Record<Locale, string> = { nl: 'nl_BE', fr: 'fr_BE', en: 'en_GB' };

/** BCP 47 tags for Intl date formatting. */
export const intlLocale: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
