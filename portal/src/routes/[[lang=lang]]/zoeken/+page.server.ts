import { localizePath } from '$lib/i18n';
import { cityConfig } from '$lib/server/city';
import {
  FACET_PARAMS,
  FACETS,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  searchContent,
  searchHref,
} from '$lib/server/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals, setHeaders }) => {
  const { defaultLocale } = cityConfig();
  const request = parseSearchParams(url.searchParams);
  const outcome = await searchContent(request, locals.locale, defaultLocale);
  // The index follows publications within seconds; a results page is kept only briefly, and a
  // "search is down" page not at all.
  setHeaders({ 'cache-control': outcome.kind === 'unavailable' ? 'no-store' : 'public, max-age=10' });

  // Every link the page shows is built here, so the page itself needs no search code.
  const path = localizePath('/zoeken', locals.locale, defaultLocale);
  const base = {
    path,
    query: request.query,
    maxQueryLength: MAX_QUERY_LENGTH,
    hasFilters: FACETS.some((facet) => (request.filters[facet]?.length ?? 0) > 0),
    clearFiltersHref: searchHref(path, request, { clearFilters: true }),
  };
  switch (outcome.kind) {
    case 'unavailable':
      return { ...base, outcome };
    case 'start':
      return {
        ...base,
        outcome: {
          ...outcome,
          topics: outcome.topics.map((topic) => ({
            ...topic,
            href: `${path}?${new URLSearchParams({ [FACET_PARAMS.topics]: topic.value })}`,
          })),
        },
      };
    case 'results':
      return {
        ...base,
        outcome: {
          ...outcome,
          facets: FACETS.map((facet) => ({
            facet,
            values: outcome.facets[facet].map((value) => ({
              ...value,
              href: searchHref(path, request, { toggle: [facet, value.value] }),
            })),
          })).filter((group) => group.values.length > 0),
          pageHrefs: Array.from({ length: outcome.pageCount }, (_, index) =>
            searchHref(path, request, { page: index + 1 }),
          ),
        },
      };
  }
};
