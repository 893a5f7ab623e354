/**
 * What a searchable type declares, and how its public fields become an index document. A type
 * never hands over an entry: it names the fields it wants (`entry` schema, unknown keys stripped)
 * and returns `SearchFields`; everything is cleaned here before it can reach Meilisearch.
 */
import type { z } from 'zod';
import {
  searchDocumentSchema,
  type SearchDocument,
  type SearchLocale,
  type Status,
} from '../../../shared/search-contract';
import { publicNames, publicText } from './public-text';

export interface SearchFields {
  title: string;
  summary?: string | null;
  /** Plain text: rich text goes through blocksToText first. */
  body?: string | null;
  /** Portal path without language prefix, e.g. `/projecten/kerkstraat`. */
  path: string;
  topics?: readonly (string | null | undefined)[];
  districts?: readonly (string | null | undefined)[];
  department?: string | null;
  status?: Status | null;
  /** The date the item is about (news date, decision date, project start), yyyy-mm-dd. */
  date?: string | null;
  /** What makes it recent, when that is not `date` (a long-running project: its last change). */
  recentAt?: string | null;
  /** 2 running, 1 neutral, 0 finished (see ACTIVITY_RANK). */
  activity: number;
}

export interface SearchableType<Entry = unknown> {
  /** Strapi content-type uid, e.g. `api::project.project`. */
  uid: string;
  /** Value of the `type` facet, e.g. `project`. */
  type: string;
  /** Relations and components `toDocument` reads; nothing else is loaded. */
  populate: Record<string, unknown>;
  /** The entry fields `toDocument` may read. Anything not named here is stripped before it runs. */
  entry: z.ZodType<Entry>;
  toDocument(entry: Entry): SearchFields;
}

/** Declares a searchable type with its entry type inferred from the schema. */
export function defineSearchableType<Entry>(declaration: SearchableType<Entry>): SearchableType<Entry> {
  return declaration;
}

export function documentKey(type: string, documentId: string): string {
  return `${type}-${documentId}`;
}

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}/;

function secondsSinceEpoch(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
}

export interface DocumentIdentity {
  type: string;
  documentId: string;
  locale: SearchLocale;
  /** When the entry last changed: the recency of items without a date of their own. */
  updatedAt: string | null;
}

export function toSearchDocument(identity: DocumentIdentity, fields: SearchFields): SearchDocument {
  const date = fields.date && ISO_DATE.test(fields.date) ? fields.date.slice(0, 10) : null;
  const year = date ? Number(date.slice(0, 4)) : null;
  return searchDocumentSchema.parse({
    id: documentKey(identity.type, identity.documentId),
    documentId: identity.documentId,
    type: identity.type,
    locale: identity.locale,
    title: publicText(fields.title, { maxLength: 300 }),
    summary: publicText(fields.summary, { maxLength: 1_500 }),
    body: publicText(fields.body, { maxLength: 20_000, multiline: true }),
    path: fields.path,
    topics: publicNames(fields.topics ?? []),
    districts: publicNames(fields.districts ?? []),
    department: publicText(fields.department, { maxLength: 160 }) || null,
    status: fields.status ?? null,
    year,
    date,
    recency:
      secondsSinceEpoch(fields.recentAt) ?? secondsSinceEpoch(date) ?? secondsSinceEpoch(identity.updatedAt) ?? 0,
    activity: Math.max(0, Math.min(2, Math.round(fields.activity))),
  });
}
