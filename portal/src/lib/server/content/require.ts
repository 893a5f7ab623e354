/** Turning a document lookup into a page: the document, a redirect to its translated address, or a 404. */
import { error, redirect } from '@sveltejs/kit';
import { localizePath, type Locale } from '$lib/i18n';
import { cityConfig } from '../city';
import type { DocumentLookup, LocalizedDocument } from './localized';

// Strapi uid fields allow these characters; anything else cannot be a slug and never reaches the CMS.
const SLUG = /^[A-Za-z0-9._~-]{1,200}$/;

export function notFound(): never {
  error(404, { message: 'Pagina niet gevonden.' });
}

export async function requireDocument<T>(
  slug: string,
  locale: Locale,
  section: string,
  lookup: (slug: string) => Promise<DocumentLookup<T>>,
): Promise<LocalizedDocument<T> & { alternates: Record<Locale, string> }> {
  if (!SLUG.test(slug)) notFound();
  const result = await lookup(slug);
  if (!result.found) {
    if (result.redirectToSlug)
      redirect(301, localizePath(`${section}/${result.redirectToSlug}`, locale, cityConfig().defaultLocale));
    notFound();
  }
  const alternates = Object.fromEntries(
    Object.entries(result.document.slugs).map(([language, translatedSlug]) => [
      language,
      `${section}/${translatedSlug}`,
    ]),
  ) as Record<Locale, string>;
  return { ...result.document, alternates };
}
