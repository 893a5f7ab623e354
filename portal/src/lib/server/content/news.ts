/** News articles: lists, a project's news, the article page and the feeds. */
import type { Locale } from '$lib/i18n/locales';
import { findLocalizedDocument, findLocalizedList, type CollectionSpec, type LocalizedList } from './localized';
import { mediaFields, newsArticleSchema, newsSummarySchema, type NewsArticle, type NewsSummary } from './schemas';
import { taxonomyFields } from './taxonomy';

const summarySpec: CollectionSpec<NewsSummary> = {
  collection: 'news-articles',
  schema: newsSummarySchema,
  localizedKeys: ['title', 'slug', 'summary'],
};

const articleSpec: CollectionSpec<NewsArticle> = {
  collection: 'news-articles',
  schema: newsArticleSchema,
  localizedKeys: ['title', 'slug', 'summary', 'body'],
};

export function listNews(
  locale: Locale,
  filters: { projectDocumentId?: string | undefined },
  page: number,
  pageSize: number,
): Promise<LocalizedList<NewsSummary>> {
  return findLocalizedList(summarySpec, locale, {
    fields: ['title', 'slug', 'date', 'summary', 'locale', 'updatedAt', 'publishedAt'],
    populate: { coverImage: { fields: mediaFields } },
    filters: { projects: filters.projectDocumentId ? { documentId: { $eq: filters.projectDocumentId } } : undefined },
    sort: ['date:desc', 'title:asc'],
    pagination: { page, pageSize },
  });
}

export function findNewsArticle(locale: Locale, slug: string) {
  return findLocalizedDocument(articleSpec, locale, slug, {
    populate: {
      coverImage: { fields: mediaFields },
      department: taxonomyFields.department,
      topics: taxonomyFields.topics,
      projects: { fields: ['title', 'slug', 'locale'] },
    },
  });
}
