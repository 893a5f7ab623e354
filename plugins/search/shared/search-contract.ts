/**
 * The search contract shared by the Strapi plugin (writes the index), the portal (reads it) and the
 * run/test scripts (create the key that may read it). Nothing here touches Strapi or the network.
 */
import { z } from 'zod';

/** One Meilisearch index per content language, so each gets its own stop words and synonyms. */
export const SEARCH_LOCALES = ['nl', 'fr', 'en'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];
export const DEFAULT_SEARCH_LOCALE: SearchLocale = 'nl';

export const CONTENT_INDEX_PREFIX = 'content';
/** Pattern the portal's search-only key is limited to: it can read the content indexes and nothing else. */
export const CONTENT_INDEX_PATTERN = `${CONTENT_INDEX_PREFIX}_*`;

/** Holds the fingerprint of the settings the content indexes were last rebuilt with (not searchable). */
export const META_INDEX = 'search_meta';

export function contentIndexName(locale: SearchLocale): string {
  return `${CONTENT_INDEX_PREFIX}_${locale}`;
}

export function isSearchLocale(value: string): value is SearchLocale {
  return (SEARCH_LOCALES as readonly string[]).includes(value);
}

/** The facets residents can filter on, in the order the portal shows them. */
export const FACETS = ['type', 'topics', 'districts', 'department', 'status', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The lifecycle of an indexed item, as one facet over every type. A type maps its own states onto
 * these (a project "planned" is `planned`, a proposal "open for support" will be `open`), so a
 * resident can filter "what is still running" without knowing each type's vocabulary.
 */
export const STATUSES = ['planned', 'open', 'active', 'closed', 'completed'] as const;
export type Status = (typeof STATUSES)[number];

/** Higher ranks first when relevance is equal: running things before planned, planned before finished. */
export const ACTIVITY_RANK = { running: 2, neutral: 1, finished: 0 } as const;

/**
 * A document in a content index. Every field is public: the plugin builds it from an explicit
 * allow-list per type, never by copying an entry.
 */
export const searchDocumentSchema = z.object({
  /** `${type}-${documentId}`: unique across types in one index. */
  id: z.string().regex(/^[a-z0-9-]+-[A-Za-z0-9]+$/),
  documentId: z.string().min(1),
  type: z.string().regex(/^[a-z][a-z-]*$/),
  locale: z.enum(SEARCH_LOCALES),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  /** Where the item lives on the portal, without the language prefix, e.g. `/projecten/kerkstraat`. */
  path: z.string().startsWith('/'),
  topics: z.array(z.string()),
  districts: z.array(z.string()),
  department: z.string().nullable(),
  status: z.enum(STATUSES).nullable(),
  year: z.number().int().nullable(),
  /** ISO date (yyyy-mm-dd) shown with the result, or null. */
  date: z.string().nullable(),
  /** Seconds since the epoch of the item's most relevant date: the ranking's "recent first". */
  recency: z.number().int(),
  /** 2 running, 1 neutral, 0 finished: the ranking's "active before closed". */
  activity: z.number().int().min(0).max(2),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** Text fields the portal asks Meilisearch to highlight. */
export const HIGHLIGHTED_FIELDS = ['title', 'summary', 'body'] as const;

/**
 * Highlight markers. Control characters cannot occur in indexed text (the plugin strips them), so
 * the portal can split on them and render the pieces as text: no HTML from the index is ever trusted.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/** The search-only key the portal gets is created with this fixed uid, so it is the same on every start. */
export const PORTAL_SEARCH_KEY_UID = '6a1c5d2e-8f3b-4c71-9e0a-d3e1b7f24c58';

/**
 * The portal's key: the `search` action on the content indexes, nothing else. Meilisearch derives a
 * key's value from its uid and the master key (HMAC-SHA256), so the value is known before creation.
 * Strapi's search plugin creates it at start-up when missing; the run and test scripts do too.
 */
export const PORTAL_SEARCH_KEY = {
  uid: PORTAL_SEARCH_KEY_UID,
  name: 'denkmee-portal-search',
  description: 'Alleen zoeken in de inhoudsindexen; gebruikt door het portaal.',
  actions: ['search'],
  indexes: [CONTENT_INDEX_PATTERN],
  expiresAt: null,
};
