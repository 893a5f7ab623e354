/** Every published page of the portal in every language, for /sitemap.xml. */
import { z } from 'zod';
import { localizePath, type Locale } from '$lib/i18n';
import { cityConfig } from '../city';
import { cmsGet, listEnvelope } from '../cms';
import { portalEnv } from '../env';
import { listProposals } from '../proposals';
import type { SitemapEntry } from '../xml';

const slugRow = z.object({ documentId: z.string(), slug: z.string(), updatedAt: z.string() });
type SlugRow = z.infer<typeof slugRow>;
const PAGE_SIZE = 100;

async function allRows(collection: string, locale: Locale): Promise<SlugRow[]> {
  const rows: SlugRow[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await cmsGet(
      collection,
      { locale, fields: ['slug', 'updatedAt'], sort: ['id:asc'], pagination: { page, pageSize: PAGE_SIZE } },
      listEnvelope(slugRow),
    );
    rows.push(...answer.data);
    if (page >= answer.meta.pagination.pageCount) return rows;
  }
}

function entry(
  pathIn: Record<Locale, string>,
  locales: Locale[],
  defaultLocale: Locale,
  lastmod?: string,
): SitemapEntry[] {
  const baseUrl = portalEnv().PUBLIC_BASE_URL;
  const urlIn = (locale: Locale) => `${baseUrl}${localizePath(pathIn[locale], locale, defaultLocale)}`;
  const alternates = [
    ...locales.map((locale) => ({ hreflang: locale, url: urlIn(locale) })),
    { hreflang: 'x-default', url: urlIn(defaultLocale) },
  ];
  return locales.map((locale) => ({ url: urlIn(locale), lastmod, alternates }));
}

export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const { locales, defaultLocale } = cityConfig();
  const same = (path: string) => Object.fromEntries(locales.map((locale) => [locale, path])) as Record<Locale, string>;
  const entries = [
    '/',
    '/projecten',
    '/nieuws',
    '/beslissingen',
    '/voorstellen',
    '/gemeenteraad',
    '/vrijwilligers',
  ].flatMap((path) => entry(same(path), locales, defaultLocale));

  const collections: Array<[string, string]> = [
    ['projects', '/projecten'],
    ['news-articles', '/nieuws'],
    ['decisions', '/beslissingen'],
    ['pages', ''],
  ];
  for (const [collection, section] of collections) {
    const byLocale = await Promise.all(
      locales.map(
        async (locale) =>
          [locale, new Map((await allRows(collection, locale)).map((row) => [row.documentId, row]))] as const,
      ),
    );
    const defaultRows = byLocale.find(([locale]) => locale === defaultLocale)?.[1] ?? new Map<string, SlugRow>();
    for (const row of defaultRows.values()) {
      const paths = same(`${section}/${row.slug}`);
      let lastmod = row.updatedAt;
      for (const [locale, rows] of byLocale) {
        const translation = rows.get(row.documentId);
        if (!translation) continue;
        paths[locale] = `${section}/${translation.slug}`;
        if (translation.updatedAt > lastmod) lastmod = translation.updatedAt;
      }
      entries.push(...entry(paths, locales, defaultLocale, lastmod));
    }
  }
  for (const documentId of await publicProposalIds()) {
    entries.push(...entry(same(`/voorstellen/${documentId}`), locales, defaultLocale));
  }
  return entries;
}

/** Every public proposal (the plugin lists public stages only); none when the API does not answer. */
async function publicProposalIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await listProposals({
      stage: undefined,
      topic: undefined,
      district: undefined,
      sort: 'newest',
      page,
      pageSize: 50,
    });
    if (answer.kind !== 'ok') return ids;
    ids.push(...answer.data.data.map((proposal) => proposal.documentId));
    if (page >= answer.data.meta.pagination.pageCount) return ids;
  }
}
