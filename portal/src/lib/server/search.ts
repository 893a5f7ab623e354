/**
 * The portal's way to Meilisearch: the search-only key, one multi-search per results page, short
 * timeouts, answers parsed with a schema. Search being down or not configured is an answer
 * ('unavailable'), never an exception: every other page keeps working and /zoeken says so.
 *
 * The rules for turning a URL into queries (allow-lists, filter escaping, disjunctive facet counts,
 * highlight markers) live in the search plugin's shared module, where they are unit-tested.
 */
import { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { localizePath, type Locale } from '$lib/i18n';
import {
  contentIndexName,
  FACETS,
  HIGHLIGHT_START,
  searchDocumentSchema,
  STATUSES,
  type Facet,
  type SearchLocale,
} from '../../../../plugins/search/shared/search-contract';
import {
  hasSearchableText,
  highlightSegments,
  mergeFacetCounts,
  resultsQueries,
  suggestionsQuery,
  HITS_PER_PAGE,
  MAX_PAGE,
  type FacetCounts,
  type SearchQuery,
  type SearchRequest,
  type TextSegment,
} from '../../../../plugins/search/shared/search-query';
import { STATUS_LABELS, typeLabel } from '../../../../plugins/search/shared/search-types';
import { portalEnv } from './env';
import { ResponseCache } from './response-cache';

export {
  cleanQuery,
  FACET_PARAMS,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  searchHref,
  type SearchRequest,
  type TextSegment,
} from '../../../../plugins/search/shared/search-query';
export { FACETS, type Facet } from '../../../../plugins/search/shared/search-contract';

/** A visitor waits for search at most this long; Meilisearch answers in a few milliseconds. */
const TIMEOUT_MS = 1_500;

const formattedSchema = z.object({ title: z.string(), summary: z.string(), body: z.string() }).partial().optional();

const hitSchema = searchDocumentSchema.pick({ id: true, type: true, title: true, path: true }).extend({
  summary: z.string().optional(),
  topics: z.array(z.string()).optional(),
  department: z.string().nullable().optional(),
  status: z.enum(STATUSES).nullable().optional(),
  date: z.string().nullable().optional(),
  _formatted: formattedSchema,
});
type Hit = z.infer<typeof hitSchema>;

const countsSchema = z.record(z.string(), z.record(z.string(), z.number()));
const resultSchema = z.object({
  hits: z.array(hitSchema),
  totalHits: z.number().int().optional(),
  totalPages: z.number().int().optional(),
  facetDistribution: countsSchema.optional(),
});
const multiSearchSchema = z.object({ results: z.array(resultSchema) });

export interface SearchResult {
  id: string;
  type: string;
  typeLabel: string;
  href: string;
  title: TextSegment[];
  /** The best-matching passage (summary, else body), cropped around the match. */
  snippet: TextSegment[];
  date: string | null;
  statusLabel: string | null;
  department: string | null;
  topics: string[];
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export type SearchOutcome =
  | { kind: 'start'; topics: FacetValue[] }
  | {
      kind: 'results';
      total: number;
      page: number;
      pageCount: number;
      results: SearchResult[];
      facets: Record<Facet, FacetValue[]>;
    }
  | { kind: 'unavailable' };

export interface Suggestion {
  href: string;
  typeLabel: string;
  title: TextSegment[];
}

let client: Meilisearch | undefined | null;

/** null when search is not configured (no MEILI_URL or key): the portal runs without it. */
function meili(): Meilisearch | null {
  if (client !== undefined) return client;
  const { MEILI_URL, MEILI_SEARCH_KEY } = portalEnv();
  client =
    MEILI_URL && MEILI_SEARCH_KEY
      ? new Meilisearch({ host: MEILI_URL, apiKey: MEILI_SEARCH_KEY, timeout: TIMEOUT_MS })
      : null;
  return client;
}

type MultiSearchAnswer = z.infer<typeof multiSearchSchema>;

/**
 * The same search asked again within a few seconds (a link in a newsletter, a viral proposal) is
 * answered from memory, and identical searches in flight share one request to Meilisearch. A few
 * seconds is also how long a publication may take to show up anyway.
 */
const answers = new ResponseCache<MultiSearchAnswer>({ ttlMs: 5_000, staleMs: 60_000, maxEntries: 500 });

async function multiSearch(queries: SearchQuery[]): Promise<MultiSearchAnswer | 'unavailable'> {
  const search = meili();
  if (!search) return 'unavailable';
  try {
    return await answers.getOrLoad(JSON.stringify(queries), async () =>
      multiSearchSchema.parse(await search.multiSearch({ queries })),
    );
  } catch (cause) {
    // The error kind only: a query can hold personal data (someone searching their own name).
    console.warn(`[portal] zoeken niet beschikbaar: ${cause instanceof Error ? cause.name : 'fout'}`);
    return 'unavailable';
  }
}

function indexFor(locale: Locale): string {
  return contentIndexName(locale as SearchLocale);
}

function hasHighlight(text: string | undefined): text is string {
  return typeof text === 'string' && text.includes(HIGHLIGHT_START);
}

function toResult(hit: Hit, locale: Locale, defaultLocale: Locale): SearchResult {
  const formatted = hit._formatted ?? {};
  const passage = [formatted.summary, formatted.body].find(hasHighlight) ?? formatted.summary ?? hit.summary ?? '';
  return {
    id: hit.id,
    type: hit.type,
    typeLabel: typeLabel(hit.type, locale as SearchLocale),
    href: localizePath(hit.path, locale, defaultLocale),
    title: highlightSegments(formatted.title ?? hit.title),
    snippet: highlightSegments(passage),
    date: hit.date ?? null,
    statusLabel: hit.status ? STATUS_LABELS[hit.status][locale as SearchLocale] : null,
    department: hit.department ?? null,
    topics: hit.topics ?? [],
  };
}

function facetValues(facet: Facet, counts: FacetCounts, request: SearchRequest, locale: Locale): FacetValue[] {
  const selected = new Set(request.filters[facet] ?? []);
  const values = Object.entries(counts[facet] ?? {}).map(([value, count]) => ({
    value,
    count,
    selected: selected.has(value),
    label:
      facet === 'type'
        ? typeLabel(value, locale as SearchLocale)
        : facet === 'status' && value in STATUS_LABELS
          ? STATUS_LABELS[value as keyof typeof STATUS_LABELS][locale as SearchLocale]
          : value,
  }));
  // Years newest first; everything else as Meilisearch ranks it (most results first).
  return facet === 'year' ? values.sort((a, b) => b.value.localeCompare(a.value)) : values;
}

/** Topics with content, offered as a starting point when nothing has been searched yet. */
async function startingPoints(locale: Locale): Promise<SearchOutcome> {
  const answer = await multiSearch([
    { indexUid: indexFor(locale), q: '', filter: [], facets: ['topics'], hitsPerPage: 0 },
  ]);
  if (answer === 'unavailable') return { kind: 'unavailable' };
  const topics = Object.entries(answer.results[0]?.facetDistribution?.topics ?? {}).map(([value, count]) => ({
    value,
    label: value,
    count,
    selected: false,
  }));
  return { kind: 'start', topics };
}

export async function searchContent(
  request: SearchRequest,
  locale: Locale,
  defaultLocale: Locale,
): Promise<SearchOutcome> {
  const hasFilters = FACETS.some((facet) => (request.filters[facet]?.length ?? 0) > 0);
  if (!hasSearchableText(request.query) && !hasFilters) return startingPoints(locale);
  // Punctuation alone ("?!", `"`) searches nothing; with filters chosen it lists what they select.
  const effective = hasSearchableText(request.query) ? request : { ...request, query: '' };
  const answer = await multiSearch(resultsQueries(effective, indexFor(locale)));
  if (answer === 'unavailable') return { kind: 'unavailable' };
  const [main] = answer.results;
  const counts = mergeFacetCounts(
    request,
    answer.results.map((result) => result.facetDistribution),
  );
  const total = main?.totalHits ?? 0;
  return {
    kind: 'results',
    total,
    page: request.page,
    pageCount: Math.min(MAX_PAGE, Math.ceil(total / HITS_PER_PAGE)),
    results: (main?.hits ?? []).map((hit) => toResult(hit, locale, defaultLocale)),
    facets: Object.fromEntries(FACETS.map((facet) => [facet, facetValues(facet, counts, request, locale)])) as Record<
      Facet,
      FacetValue[]
    >,
  };
}

export async function suggest(
  query: string,
  locale: Locale,
  defaultLocale: Locale,
): Promise<Suggestion[] | 'unavailable'> {
  if (!hasSearchableText(query)) return [];
  const answer = await multiSearch([suggestionsQuery(query, indexFor(locale))]);
  if (answer === 'unavailable') return 'unavailable';
  return (answer.results[0]?.hits ?? []).map((hit) => {
    const result = toResult(hit, locale, defaultLocale);
    return { href: result.href, typeLabel: result.typeLabel, title: result.title };
  });
}
