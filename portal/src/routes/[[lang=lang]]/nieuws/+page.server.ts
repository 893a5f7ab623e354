import { listNews } from '$lib/server/content/news';
import { pageNumber } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 10;

export const load: PageServerLoad = async ({ url, locals }) => {
  const result = await listNews(locals.locale, {}, pageNumber(url.searchParams), PAGE_SIZE);
  return { news: result.items, pagination: result.pagination };
};
