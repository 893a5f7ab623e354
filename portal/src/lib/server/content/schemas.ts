/**
 * The shapes the portal reads from Strapi's REST API (Strapi 5 flat format), each defined once.
 * Unknown fields are dropped; a missing required field makes the answer "unexpected" (503) rather
 * than rendering half a page.
 */
import { z } from 'zod';
import { decidingBodies, participationMethods, policyStages, progressValues } from '../../content-values';

export * from '../../content-values';

/** A calendar date as Strapi stores `date` attributes. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const mediaSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mime: z.string().nullish(),
  name: z.string(),
  ext: z.string().nullish(),
  /** Kilobytes, as Strapi reports it. */
  size: z.number().nullish(),
  /** Smaller renditions Strapi made of an image (thumbnail, small, medium, large). */
  formats: z
    .record(z.string(), z.object({ url: z.string(), width: z.number().nullish(), height: z.number().nullish() }))
    .nullish(),
});
export type Media = z.infer<typeof mediaSchema>;
export const mediaFields = ['url', 'alternativeText', 'width', 'height', 'mime', 'name', 'ext', 'size', 'formats'];

export const topicSchema = z.object({ documentId: z.string(), name: z.string(), slug: z.string() });
export const districtSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  postcode: z.string().nullish(),
});
export const departmentSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
});
export type Topic = z.infer<typeof topicSchema>;
export type District = z.infer<typeof districtSchema>;
export type Department = z.infer<typeof departmentSchema>;

/** Rich text stays opaque here; blocks.ts turns it into a safe tree. */
export const blocksSchema = z.array(z.unknown()).nullish();

export const methodSchema = z.object({ method: z.enum(participationMethods), note: z.string().nullish() });
export const phaseSchema = z.object({
  title: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullish(),
  description: z.string().nullish(),
  methods: z
    .array(methodSchema)
    .nullish()
    .transform((methods) => methods ?? []),
});
export type Phase = z.infer<typeof phaseSchema>;

export const locationSchema = z.object({
  label: z.string().nullish(),
  latitude: z.coerce.number().nullish(),
  longitude: z.coerce.number().nullish(),
});

const documentBase = {
  documentId: z.string().min(1),
  locale: z.string().nullish(),
  updatedAt: z.string(),
  publishedAt: z.string().nullish(),
};

const relationList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

export const projectSummarySchema = z.object({
  ...documentBase,
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  policyStage: z.enum(policyStages),
  progress: z.enum(progressValues),
  coverImage: mediaSchema.nullish(),
  topics: relationList(topicSchema),
  districts: relationList(districtSchema),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectSchema = projectSummarySchema.extend({
  plainLanguageSummary: z.string().nullish(),
  body: blocksSchema,
  location: locationSchema.nullish(),
  phases: relationList(phaseSchema),
  department: departmentSchema.nullish(),
});
export type Project = z.infer<typeof projectSchema>;

export const newsSummarySchema = z.object({
  ...documentBase,
  title: z.string(),
  slug: z.string(),
  date: isoDate,
  summary: z.string(),
  coverImage: mediaSchema.nullish(),
});
export type NewsSummary = z.infer<typeof newsSummarySchema>;

const linkedProjectSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  locale: z.string().nullish(),
});
export type LinkedProject = z.infer<typeof linkedProjectSchema>;

export const newsArticleSchema = newsSummarySchema.extend({
  body: blocksSchema,
  department: departmentSchema.nullish(),
  topics: relationList(topicSchema),
  projects: relationList(linkedProjectSchema),
});
export type NewsArticle = z.infer<typeof newsArticleSchema>;

export const decisionSummarySchema = z.object({
  ...documentBase,
  title: z.string(),
  slug: z.string(),
  reference: z.string().nullish(),
  decidingBody: z.enum(decidingBodies),
  decisionDate: isoDate,
  summary: z.string(),
  department: departmentSchema.nullish(),
});
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;

export const decisionSchema = decisionSummarySchema.extend({
  body: blocksSchema,
  documents: relationList(mediaSchema),
  topics: relationList(topicSchema),
  project: linkedProjectSchema.nullish(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const pageSchema = z.object({
  ...documentBase,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  body: blocksSchema,
});
export type Page = z.infer<typeof pageSchema>;
