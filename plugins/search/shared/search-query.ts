/**
 * From a search URL to Meilisearch queries and back, for the portal. Pure functions, so the rules
 * that keep user input harmless are tested without a server:
 * - every filter value from the URL is checked against an allow-list (known types and statuses, a
 *   four-digit year, a bounded name without control characters), and
 * - every value that reaches a filter is written as a quoted, escaped string, so
 *   `?type=project OR 1=1` or `?thema=x" OR type = "news` can never change a filter's meaning.
 */
import { FACETS, HIGHLIGHT_END, HIGHLIGHT_START, STATUSES, type Facet, type SearchDocument } from './search-contract';
import { SEARCH_TYPE_NAMES } from './search-types';

/** URL parameter of each facet, in the portal's Dutch URL vocabulary. */
export const FACET_PARAMS: Record<Facet, string> = {
  type: 'type',
  topics: 'thema',
  districts: 'deelgemeente',
  department: 'dienst',
  status: 'status',
  year: 'jaar',
};
export const QUERY_PARAM = 'q';
export const PAGE_PARAM = 'pagina';

export const MAX_QUERY_LENGTH = 200;
const MAX_VALUE_LENGTH = 120;
const MAX_VALUES_PER_FACET = 10;
export const HITS_PER_PAGE = 10;
/** Meilisearch's `pagination.maxTotalHits` (config/meilisearch/settings.json) allows 100 pages of 10. */
export const MAX_PAGE = 100;

export type FacetSelection = Partial<Record<Facet, string[]>>;

export interface SearchRequest {
  /** The query as typed, cleaned; may be '' when only filters are chosen. */
  query: string;
  filters: FacetSelection;
  page: number;
}

// Controls, and the two markers the portal splits highlights on.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/g;

export function cleanQuery(raw: string | null | undefined): string {
  return (raw ?? '').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** True when the query has at least one letter or digit: "?!" or `"` alone search for nothing. */
export function hasSearchableText(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

const allowed: Record<Facet, (value: string) => boolean> = {
  type: (value) => (SEARCH_TYPE_NAMES as readonly string[]).includes(value),
  status: (value) => (STATUSES as readonly string[]).includes(value),
  year: (value) => /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100,
  topics: isName,
  districts: isName,
  department: isName,
};

function isName(value: string): boolean {
  return value.length > 0 && value.length <= MAX_VALUE_LENGTH && !/[\u0000-\u001F\u007F-\u009F]/.test(value);
}

export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const filters: FacetSelection = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(FACET_PARAMS[facet]).map((value) => value.trim()))]
      .filter((value) => allowed[facet](value))
      .slice(0, MAX_VALUES_PER_FACET);
    if (values.length > 0) filters[facet] = values;
  }
  const rawPage = params.get(PAGE_PARAM)?.trim() ?? '';
  const page = /^\d{1,6}$/.test(rawPage) ? Math.min(MAX_PAGE, Math.max(1, Number(rawPage))) : 1;
  return { query: cleanQuery(params.get(QUERY_PARAM)), filters, page };
}

/** A Meilisearch filter string literal: double-quoted, with `\` and `"` escaped. */
export function filterLiteral(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Meilisearch's array filter form: the outer array is AND, an inner array is OR. Values within one
 * facet are alternatives; facets narrow each other. `except` leaves one facet out, for the counts
 * of that facet's other values ("disjunctive" facets).
 */
export function buildFilter(filters: FacetSelection, except?: Facet): string[][] {
  return FACETS.filter((facet) => facet !== except && (filters[facet]?.length ?? 0) > 0).map((facet) =>
    (filters[facet] ?? []).map((value) =>
      facet === 'year' ? `year = ${Number(value)}` : `${facet} = ${filterLiteral(value)}`,
    ),
  );
}

export interface SearchQuery {
  indexUid: string;
  q: string;
  filter: string[][];
  facets: Facet[];
  page?: number;
  hitsPerPage: number;
  attributesToHighlight?: string[];
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  highlightPreTag?: string;
  highlightPostTag?: string;
  attributesToRetrieve?: string[];
}

const RETRIEVED: (keyof SearchDocument)[] = [
  'id',
  'type',
  'title',
  'summary',
  'path',
  'topics',
  'districts',
  'department',
  'status',
  'date',
];

/**
 * The queries for one results page, sent together as one multi-search: the hits with the counts of
 * the facets nobody filtered on, plus, per filtered facet, its counts without its own filter (so
 * choosing "project" still shows how many news items there are).
 */
export function resultsQueries(request: SearchRequest, indexUid: string): SearchQuery[] {
  const main: SearchQuery = {
    indexUid,
    q: request.query,
    filter: buildFilter(request.filters),
    facets: [...FACETS],
    page: request.page,
    hitsPerPage: HITS_PER_PAGE,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ['title', 'summary', 'body'],
    attributesToCrop: ['summary:40', 'body:30'],
    cropMarker: '…',
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
  const perFacet = FACETS.filter((facet) => (request.filters[facet]?.length ?? 0) > 0).map<SearchQuery>((facet) => ({
    indexUid,
    q: request.query,
    filter: buildFilter(request.filters, facet),
    facets: [facet],
    hitsPerPage: 0,
  }));
  return [main, ...perFacet];
}

/** As-you-type: a few titles, no facets. */
export function suggestionsQuery(query: string, indexUid: string, limit = 6): SearchQuery {
  return {
    indexUid,
    q: cleanQuery(query),
    filter: [],
    facets: [],
    hitsPerPage: limit,
    page: 1,
    attributesToRetrieve: ['id', 'type', 'title', 'path'],
    attributesToHighlight: ['title'],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
}

export type FacetCounts = Partial<Record<Facet, Record<string, number>>>;

/** Counts per facet: from the main query, except for filtered facets, which use their own query. */
export function mergeFacetCounts(
  request: SearchRequest,
  distributions: (Record<string, Record<string, number>> | undefined)[],
): FacetCounts {
  const [main, ...perFacet] = distributions;
  const filtered = FACETS.filter((facet) => (request.filters[facet]?.length ?? 0) > 0);
  const counts: FacetCounts = {};
  for (const facet of FACETS) {
    const index = filtered.indexOf(facet);
    const source = index >= 0 ? perFacet[index] : main;
    counts[facet] = { ...(source?.[facet] ?? {}) };
    // A chosen value stays visible (so it can be unticked) even when nothing matches it.
    for (const value of request.filters[facet] ?? []) counts[facet][value] ??= 0;
  }
  return counts;
}

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Splits Meilisearch's formatted text on the highlight markers. The portal renders each segment as
 * text (escaped), wrapping highlighted ones in <mark>: no HTML from the index is ever trusted.
 */
export function highlightSegments(formatted: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let highlighted = false;
  let text = '';
  const push = () => {
    if (text) segments.push({ text, highlighted });
    text = '';
  };
  for (const character of formatted) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_END) {
      push();
      highlighted = character === HIGHLIGHT_START;
    } else {
      text += character;
    }
  }
  push();
  return segments;
}

/** The URL of a results page with one thing changed (a facet value toggled, another page). */
export function searchHref(
  path: string,
  request: SearchRequest,
  change: { toggle?: [Facet, string]; page?: number; clearFilters?: boolean } = {},
): string {
  const params = new URLSearchParams();
  if (request.query) params.set(QUERY_PARAM, request.query);
  for (const facet of FACETS) {
    let values = change.clearFilters ? [] : [...(request.filters[facet] ?? [])];
    if (change.toggle && change.toggle[0] === facet) {
      const value = change.toggle[1];
      values = values.includes(value) ? values.filter((known) => known !== value) : [...values, value];
    }
    for (const value of values) params.append(FACET_PARAMS[facet], value);
  }
  const page = change.page ?? (change.toggle || change.clearFilters ? 1 : request.page);
  if (page > 1) params.set(PAGE_PARAM, String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
