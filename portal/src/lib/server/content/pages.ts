/** Static pages (about, privacy, accessibility statement, ...). */
import type { Locale } from '$lib/i18n/locales';
import { z } from 'zod';
import { findLocalizedDocument, findLocalizedList, type CollectionSpec } from './localized';
import { pageSchema, type Page } from './schemas';

const pageSpec: CollectionSpec<Page> = {
  collection: 'pages',
  schema: pageSchema,
  localizedKeys: ['title', 'slug', 'summary', 'body'],
};

const pageLinkSchema = z.object({
  documentId: z.string(),
  locale: z.string().nullish(),
  title: z.string(),
  slug: z.string(),
});
export type PageLink = z.infer<typeof pageLinkSchema>;

/** Titles and slugs of every published page, for the footer. */
export async function listPageLinks(locale: Locale): Promise<PageLink[]> {
  const spec: CollectionSpec<PageLink> = {
    collection: 'pages',
    schema: pageLinkSchema,
    localizedKeys: ['title', 'slug'],
  };
  const answer = await findLocalizedList(spec, locale, {
    fields: ['title', 'slug', 'locale'],
    sort: ['title:asc'],
    pagination: { page: 1, pageSize: 50 },
  });
  return answer.items;
}

export function findPage(locale: Locale, slug: string) {
  return findLocalizedDocument(pageSpec, locale, slug, {});
}
