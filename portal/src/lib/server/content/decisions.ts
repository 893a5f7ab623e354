/** Decisions: lists with filters, a project's decisions, the decision page and the feeds. */
import { z } from 'zod';
import type { Locale } from '$lib/i18n/locales';
import { cmsGet, listEnvelope } from '../cms';
import { findLocalizedDocument, findLocalizedList, type CollectionSpec, type LocalizedList } from './localized';
import {
  decisionSchema,
  decisionSummarySchema,
  mediaFields,
  type DecidingBody,
  type Decision,
  type DecisionSummary,
} from './schemas';
import { taxonomyFields } from './taxonomy';

const summarySpec: CollectionSpec<DecisionSummary> = {
  collection: 'decisions',
  schema: decisionSummarySchema,
  localizedKeys: ['title', 'slug', 'summary'],
};

const decisionSpec: CollectionSpec<Decision> = {
  collection: 'decisions',
  schema: decisionSchema,
  localizedKeys: ['title', 'slug', 'summary', 'body'],
};

export interface DecisionFilters {
  body?: DecidingBody | undefined;
  department?: string | undefined;
  year?: number | undefined;
  projectDocumentId?: string | undefined;
}

export function listDecisions(
  locale: Locale,
  filters: DecisionFilters,
  page: number,
  pageSize: number,
): Promise<LocalizedList<DecisionSummary>> {
  return findLocalizedList(summarySpec, locale, {
    fields: [
      'title',
      'slug',
      'reference',
      'decidingBody',
      'decisionDate',
      'summary',
      'locale',
      'updatedAt',
      'publishedAt',
    ],
    populate: { department: taxonomyFields.department },
    filters: {
      decidingBody: filters.body ? { $eq: filters.body } : undefined,
      department: filters.department ? { slug: { $eq: filters.department } } : undefined,
      decisionDate: filters.year ? { $gte: `${filters.year}-01-01`, $lte: `${filters.year}-12-31` } : undefined,
      project: filters.projectDocumentId ? { documentId: { $eq: filters.projectDocumentId } } : undefined,
    },
    sort: ['decisionDate:desc', 'title:asc'],
    pagination: { page, pageSize },
  });
}

export function findDecision(locale: Locale, slug: string) {
  return findLocalizedDocument(decisionSpec, locale, slug, {
    populate: {
      department: taxonomyFields.department,
      topics: taxonomyFields.topics,
      documents: { fields: mediaFields },
      project: { fields: ['title', 'slug', 'locale'] },
    },
  });
}

const dateOnly = z.object({ decisionDate: z.string().regex(/^\d{4}-/) });

/** Every year from the oldest published decision up to this year, newest first, for the year filter. */
export async function decisionYears(currentYear: number): Promise<number[]> {
  const oldest = await cmsGet(
    'decisions',
    { fields: ['decisionDate'], sort: ['decisionDate:asc'], pagination: { page: 1, pageSize: 1 } },
    listEnvelope(dateOnly),
  );
  const first = Number(oldest.data[0]?.decisionDate.slice(0, 4) ?? currentYear);
  const years: number[] = [];
  for (let year = Math.max(currentYear, first); year >= Math.min(first, currentYear); year -= 1) years.push(year);
  return years;
}
