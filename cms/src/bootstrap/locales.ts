/**
 * Content languages: Dutch first, French and English beside it (product brief, item 15).
 *
 * Strapi's i18n plugin starts with English as its only locale. Dutch becomes the default once,
 * when this code first adds it; a default chosen later by staff is left alone.
 */
import type { Core } from '@strapi/strapi';

export const CONTENT_LOCALES = [
  { code: 'nl', name: 'Nederlands (nl)' },
  { code: 'fr', name: 'Français (fr)' },
  { code: 'en', name: 'English (en)' },
] as const;

export type ContentLocale = (typeof CONTENT_LOCALES)[number]['code'];

export const DEFAULT_CONTENT_LOCALE: ContentLocale = 'nl';

interface LocalesService {
  findByCode(code: string): Promise<{ code: string } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
  find(): Promise<Array<{ code: string }>>;
}

function localesService(strapi: Core.Strapi): LocalesService {
  return strapi.plugin('i18n').service('locales') as LocalesService;
}

export async function ensureContentLocales(strapi: Core.Strapi): Promise<void> {
  const service = localesService(strapi);
  for (const locale of CONTENT_LOCALES) {
    if (await service.findByCode(locale.code)) continue;
    await service.create(locale);
    if (locale.code === DEFAULT_CONTENT_LOCALE) await service.setDefaultLocale({ code: locale.code });
    strapi.log.info(`Taal ${locale.name} toegevoegd.`);
  }
}

/** Every locale configured in the CMS (staff may add more than the three above), in a stable order. */
export async function configuredLocaleCodes(strapi: Core.Strapi): Promise<string[]> {
  return (await localesService(strapi).find()).map((locale) => locale.code).sort();
}
