import { listDecisions } from '$lib/server/content/decisions';
import { listNews } from '$lib/server/content/news';
import { currentProjects } from '$lib/server/content/projects';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [projects, news, decisions] = await Promise.all([
    currentProjects(locals.locale, 6),
    listNews(locals.locale, {}, 1, 4),
    listDecisions(locals.locale, {}, 1, 4),
  ]);
  return { projects, news: news.items, decisions: decisions.items };
};
