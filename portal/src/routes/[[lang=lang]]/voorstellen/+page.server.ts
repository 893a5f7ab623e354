import { listDistricts, listTopics } from '$lib/server/content/taxonomy';
import { pageNumber } from '$lib/server/list-params';
import { listFiltersFrom, listProposals } from '$lib/server/proposals';
import { unavailablePage } from './page-helpers.server';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 12;

export const load: PageServerLoad = async ({ url, locals, setHeaders }) => {
  const [topics, districts] = await Promise.all([listTopics(), listDistricts()]);
  const filters = listFiltersFrom(
    url.searchParams,
    topics.map((topic) => topic.slug),
    districts.map((district) => district.slug),
  );
  const result = await listProposals(
    { ...filters, page: pageNumber(url.searchParams), pageSize: PAGE_SIZE },
    { fresh: locals.user !== null },
  );
  // Shared by the portal's page cache, but a browser asks again: after logging in or supporting,
  // the counts and links must be current (the hook makes logged-in pages private).
  if (!locals.user) setHeaders({ 'cache-control': 'public, no-cache' });
  if (result.kind !== 'ok') unavailablePage(locals.locale);
  return {
    topics,
    districts,
    filters,
    proposals: result.data.data,
    pagination: result.data.meta.pagination,
    settings: result.data.meta.settings,
    loggedIn: locals.user !== null,
  };
};
