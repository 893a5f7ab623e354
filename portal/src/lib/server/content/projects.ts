/** Projects (dossiers) for lists, the home page and the project page. */
import type { Locale } from '$lib/i18n/locales';
import { findLocalizedDocument, findLocalizedList, type CollectionSpec, type LocalizedList } from './localized';
import {
  mediaFields,
  projectSchema,
  projectSummarySchema,
  type PolicyStage,
  type Progress,
  type Project,
  type ProjectSummary,
} from './schemas';
import { taxonomyFields } from './taxonomy';

const summarySpec: CollectionSpec<ProjectSummary> = {
  collection: 'projects',
  schema: projectSummarySchema,
  localizedKeys: ['title', 'slug', 'summary'],
};

const projectSpec: CollectionSpec<Project> = {
  collection: 'projects',
  schema: projectSchema,
  localizedKeys: ['title', 'slug', 'summary', 'plainLanguageSummary', 'body', 'phases'],
};

const summaryQuery = {
  fields: ['title', 'slug', 'summary', 'policyStage', 'progress', 'locale', 'updatedAt', 'publishedAt'],
  populate: {
    coverImage: { fields: mediaFields },
    topics: taxonomyFields.topics,
    districts: taxonomyFields.districts,
  },
};

export interface ProjectFilters {
  topic?: string | undefined;
  district?: string | undefined;
  policyStage?: PolicyStage | undefined;
  progress?: Progress | undefined;
}

export function listProjects(
  locale: Locale,
  filters: ProjectFilters,
  page: number,
  pageSize: number,
): Promise<LocalizedList<ProjectSummary>> {
  return findLocalizedList(summarySpec, locale, {
    ...summaryQuery,
    filters: {
      topics: filters.topic ? { slug: { $eq: filters.topic } } : undefined,
      districts: filters.district ? { slug: { $eq: filters.district } } : undefined,
      policyStage: filters.policyStage ? { $eq: filters.policyStage } : undefined,
      progress: filters.progress ? { $eq: filters.progress } : undefined,
    },
    sort: ['updatedAt:desc', 'title:asc'],
    pagination: { page, pageSize },
  });
}

/** The home page's "current projects": running ones first, then planned ones. */
export async function currentProjects(locale: Locale, limit: number): Promise<ProjectSummary[]> {
  const active = await listProjects(locale, { progress: 'active' }, 1, limit);
  if (active.items.length >= limit) return active.items;
  const planned = await listProjects(locale, { progress: 'planned' }, 1, limit - active.items.length);
  return [...active.items, ...planned.items];
}

export function findProject(locale: Locale, slug: string) {
  return findLocalizedDocument(projectSpec, locale, slug, {
    populate: {
      coverImage: { fields: mediaFields },
      topics: taxonomyFields.topics,
      districts: taxonomyFields.districts,
      department: taxonomyFields.department,
      location: true,
      phases: { populate: { methods: true } },
    },
  });
}
