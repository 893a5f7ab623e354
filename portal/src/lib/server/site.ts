/** The per-request site description every page and the layout use (see $lib/site.ts). */
import { localizePath, type Locale } from '$lib/i18n';
import type { Site } from '$lib/site';
import { cityConfig } from './city';
import { localizedConfigText } from './city-config';
import { listPageLinks } from './content/pages';
import { portalEnv } from './env';

/** Branding files are served by routes/branding from the configuration folder, never copied into the build. */
export function brandingUrl(file: string): string {
  return `/branding/${file.replace(/^branding\//, '')}`;
}

export async function buildSite(locale: Locale): Promise<Site> {
  const config = cityConfig();
  const baseUrl = portalEnv().PUBLIC_BASE_URL;
  return {
    locale,
    defaultLocale: config.defaultLocale,
    locales: config.locales,
    baseUrl,
    cityName: config.cityName,
    platformName: config.platformName,
    tagline: localizedConfigText(config, 'tagline', locale),
    description: localizedConfigText(config, 'description', locale),
    logoUrl: brandingUrl(config.logo),
    socialImageUrl: `${baseUrl}${brandingUrl(config.socialImage)}`,
    colours: config.colours,
    contact: config.contact,
    social: config.social,
    footerPages: await footerPages(locale, config.defaultLocale),
  };
}

/** The footer must render even when the CMS is down (it frames the error page), so failures give no links. */
async function footerPages(locale: Locale, defaultLocale: Locale): Promise<Site['footerPages']> {
  try {
    const pages = await listPageLinks(locale);
    return pages.map((page) => ({
      title: page.title,
      path: localizePath(`/${page.slug}`, locale, defaultLocale),
      lang: page.locale && page.locale !== locale ? page.locale : undefined,
    }));
  } catch {
    return [];
  }
}
