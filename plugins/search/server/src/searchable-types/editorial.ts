/**
 * The editorial content residents can search. Each declaration names exactly the fields that may be
 * indexed (the `entry` schema strips everything else, such as a department's e-mail address or who
 * edited the entry) and says how they read as a search document. To make another type searchable,
 * add one declaration like these (here, or from its own plugin's register() via the `registry` service).
 */
import { z } from 'zod';
import { ACTIVITY_RANK, type Status } from '../../../shared/search-contract';
import { blocksToText } from '../domain/blocks-to-text';
import { defineSearchableType } from '../domain/search-document';

const named = z.object({ name: z.string() });
const namedList = z
  .array(named)
  .nullish()
  .transform((items) => (items ?? []).map((item) => item.name));
const namedOne = named.nullish().transform((item) => item?.name ?? null);
const text = z.string().nullish();
const isoDate = z.string().nullish();
/** Rich text stays opaque here; blocksToText reads only the visible words. */
const blocks = z.unknown();

const nameOnly = { fields: ['name'] };

export const projectType = defineSearchableType({
  uid: 'api::project.project',
  type: 'project',
  populate: {
    department: nameOnly,
    topics: nameOnly,
    districts: nameOnly,
    location: { fields: ['label'] },
    phases: { fields: ['title', 'startDate', 'description'] },
  },
  entry: z.object({
    title: z.string(),
    slug: z.string(),
    summary: text,
    plainLanguageSummary: text,
    body: blocks,
    progress: z.enum(['planned', 'active', 'completed']),
    updatedAt: isoDate,
    department: namedOne,
    topics: namedList,
    districts: namedList,
    location: z.object({ label: text }).nullish(),
    phases: z
      .array(z.object({ title: z.string(), startDate: isoDate, description: text }))
      .nullish()
      .transform((phases) => phases ?? []),
  }),
  toDocument(project) {
    const starts = project.phases.map((phase) => phase.startDate).filter((date): date is string => Boolean(date));
    const progress: Record<typeof project.progress, { status: Status; activity: number }> = {
      planned: { status: 'planned', activity: ACTIVITY_RANK.neutral },
      active: { status: 'active', activity: ACTIVITY_RANK.running },
      completed: { status: 'completed', activity: ACTIVITY_RANK.finished },
    };
    return {
      title: project.title,
      summary: project.summary,
      body: [
        project.plainLanguageSummary,
        project.location?.label,
        blocksToText(project.body),
        ...project.phases.flatMap((phase) => [phase.title, phase.description]),
      ]
        .filter(Boolean)
        .join('\n'),
      path: `/projecten/${project.slug}`,
      topics: project.topics,
      districts: project.districts,
      department: project.department,
      status: progress[project.progress].status,
      // The year a project started; its ranking follows its latest change, not its start.
      date: starts.sort()[0] ?? null,
      recentAt: project.updatedAt,
      activity: progress[project.progress].activity,
    };
  },
});

export const newsArticleType = defineSearchableType({
  uid: 'api::news-article.news-article',
  type: 'news',
  populate: { department: nameOnly, topics: nameOnly },
  entry: z.object({
    title: z.string(),
    slug: z.string(),
    date: isoDate,
    summary: text,
    body: blocks,
    department: namedOne,
    topics: namedList,
  }),
  toDocument(article) {
    return {
      title: article.title,
      summary: article.summary,
      body: blocksToText(article.body),
      path: `/nieuws/${article.slug}`,
      topics: article.topics,
      department: article.department,
      date: article.date,
      activity: ACTIVITY_RANK.neutral,
    };
  },
});

const decidingBodies = [
  'gemeenteraad',
  'college',
  'burgemeester',
  'raad-maatschappelijk-welzijn',
  'vast-bureau',
] as const;
/** Words a resident would type for each deciding body (the enumeration keys are not all words). */
const decidingBodyWords: Record<(typeof decidingBodies)[number], string> = {
  gemeenteraad: 'gemeenteraad',
  college: 'college van burgemeester en schepenen',
  burgemeester: 'burgemeester',
  'raad-maatschappelijk-welzijn': 'raad voor maatschappelijk welzijn',
  'vast-bureau': 'vast bureau',
};

export const decisionType = defineSearchableType({
  uid: 'api::decision.decision',
  type: 'decision',
  populate: { department: nameOnly, topics: nameOnly },
  entry: z.object({
    title: z.string(),
    slug: z.string(),
    reference: text,
    decidingBody: z.enum(decidingBodies),
    decisionDate: isoDate,
    summary: text,
    body: blocks,
    department: namedOne,
    topics: namedList,
  }),
  toDocument(decision) {
    return {
      title: decision.title,
      summary: decision.summary,
      body: [decision.reference, decidingBodyWords[decision.decidingBody], blocksToText(decision.body)]
        .filter(Boolean)
        .join('\n'),
      path: `/beslissingen/${decision.slug}`,
      topics: decision.topics,
      department: decision.department,
      date: decision.decisionDate,
      activity: ACTIVITY_RANK.neutral,
    };
  },
});

export const pageType = defineSearchableType({
  uid: 'api::page.page',
  type: 'page',
  populate: {},
  entry: z.object({ title: z.string(), slug: z.string(), summary: text, body: blocks }),
  toDocument(page) {
    return {
      title: page.title,
      summary: page.summary,
      body: blocksToText(page.body),
      path: `/${page.slug}`,
      activity: ACTIVITY_RANK.neutral,
    };
  },
});

export const editorialTypes = [projectType, newsArticleType, decisionType, pageType];
