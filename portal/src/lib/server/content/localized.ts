/**
 * Content in the visitor's language, falling back to the city's default language.
 *
 * Editors write every document in the default language (nl for Lokeren) and translate some of
 * them. Lists are therefore always queried in the default language — so filters, counts and
 * pagination are the same in every language — and translated texts are laid over the items that
 * have a published translation. Facts (dates, stage, relations) always come from the default
 * language, because Strapi keeps relations per language and a translation may lack them.
 */
import { z } from 'zod';
import type { Locale } from '$lib/i18n/locales';
import { cityConfig } from '../city';
import { cmsGet, listEnvelope, type Pagination, type StrapiQuery } from '../cms';

export interface LocalizedDoc {
  documentId: string;
  locale?: string | null | undefined;
  slug: string;
}

const slugOnlySchema = z.object({ documentId: z.string(), slug: z.string() });

export interface CollectionSpec<T extends LocalizedDoc> {
  /** REST path segment, e.g. `news-articles`. */
  collection: string;
  schema: z.ZodType<T>;
  /** The fields a translation replaces. */
  localizedKeys: ReadonlyArray<keyof T>;
}

export interface LocalizedList<T> {
  items: T[];
  pagination: Pagination;
}

function overlay<T extends LocalizedDoc>(base: T, translation: T | undefined, keys: ReadonlyArray<keyof T>): T {
  if (!translation) return base;
  const merged: T = { ...base, locale: translation.locale };
  for (const key of keys) {
    const value = translation[key];
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return merged;
}

async function translationsOf<T extends LocalizedDoc>(
  spec: CollectionSpec<T>,
  locale: Locale,
  documentIds: string[],
  query: Pick<StrapiQuery, 'fields' | 'populate'>,
): Promise<Map<string, T>> {
  if (documentIds.length === 0) return new Map();
  const answer = await cmsGet(
    spec.collection,
    {
      ...query,
      locale,
      filters: { documentId: { $in: documentIds } },
      pagination: { page: 1, pageSize: documentIds.length },
    },
    listEnvelope(spec.schema),
  );
  return new Map(answer.data.map((item) => [item.documentId, item]));
}

export async function findLocalizedList<T extends LocalizedDoc>(
  spec: CollectionSpec<T>,
  locale: Locale,
  query: Omit<StrapiQuery, 'locale'>,
): Promise<LocalizedList<T>> {
  const defaultLocale = cityConfig().defaultLocale;
  const base = await cmsGet(spec.collection, { ...query, locale: defaultLocale }, listEnvelope(spec.schema));
  if (locale === defaultLocale) return { items: base.data, pagination: base.meta.pagination };
  const translations = await translationsOf(
    spec,
    locale,
    base.data.map((item) => item.documentId),
    query,
  );
  return {
    items: base.data.map((item) => overlay(item, translations.get(item.documentId), spec.localizedKeys)),
    pagination: base.meta.pagination,
  };
}

export interface LocalizedDocument<T> {
  item: T;
  /** The slug of this document in every enabled language (the default-language slug where untranslated). */
  slugs: Record<Locale, string>;
}

export type DocumentLookup<T> =
  { found: true; document: LocalizedDocument<T> } | { found: false; redirectToSlug?: string };

/**
 * Finds a published document by its slug in `locale` (or, failing that, in the default language),
 * with its translation laid over it. When the visitor used the default-language slug of a
 * document that has a translation, `redirectToSlug` says where its own page is.
 */
export async function findLocalizedDocument<T extends LocalizedDoc>(
  spec: CollectionSpec<T>,
  locale: Locale,
  slug: string,
  query: Pick<StrapiQuery, 'fields' | 'populate'>,
): Promise<DocumentLookup<T>> {
  const { defaultLocale, locales } = cityConfig();
  const bySlug = async (inLocale: Locale) =>
    (
      await cmsGet(
        spec.collection,
        { ...query, locale: inLocale, filters: { slug: { $eq: slug } }, pagination: { pageSize: 1 } },
        listEnvelope(spec.schema),
      )
    ).data[0];

  const inRequested = locale === defaultLocale ? undefined : await bySlug(locale);
  let base: T | undefined;
  if (inRequested) {
    base =
      (
        await cmsGet(
          spec.collection,
          {
            ...query,
            locale: defaultLocale,
            filters: { documentId: { $eq: inRequested.documentId } },
            pagination: { pageSize: 1 },
          },
          listEnvelope(spec.schema),
        )
      ).data[0] ?? inRequested;
  } else {
    base = await bySlug(defaultLocale);
  }
  if (!base) return { found: false };

  const documentId = base.documentId;
  const translation =
    locale === defaultLocale
      ? undefined
      : (inRequested ?? (await translationsOf(spec, locale, [documentId], query)).get(documentId));
  if (translation && translation.slug !== slug) return { found: false, redirectToSlug: translation.slug };

  const slugs = Object.fromEntries(locales.map((one) => [one, base.slug])) as Record<Locale, string>;
  if (translation) slugs[locale] = translation.slug;
  const otherLanguages = locales.filter((other) => other !== defaultLocale && other !== locale);
  await Promise.all(
    otherLanguages.map(async (other) => {
      const answer = await cmsGet(
        spec.collection,
        { locale: other, fields: ['slug'], filters: { documentId: { $eq: documentId } }, pagination: { pageSize: 1 } },
        listEnvelope(slugOnlySchema),
      );
      const translated = answer.data[0];
      if (translated) slugs[other] = translated.slug;
    }),
  );

  return { found: true, document: { item: overlay(base, translation, spec.localizedKeys), slugs } };
}
