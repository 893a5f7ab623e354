import { normalizeBlocks } from '$lib/blocks';
import { phasesWithState, todayInBrussels } from '$lib/phases';
import { listDecisions } from '$lib/server/content/decisions';
import { listNews } from '$lib/server/content/news';
import { findProject } from '$lib/server/content/projects';
import { requireDocument } from '$lib/server/content/require';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const { item: project, alternates } = await requireDocument(params.slug, locals.locale, '/projecten', (slug) =>
    findProject(locals.locale, slug),
  );
  const [news, decisions] = await Promise.all([
    listNews(locals.locale, { projectDocumentId: project.documentId }, 1, 20),
    listDecisions(locals.locale, { projectDocumentId: project.documentId }, 1, 20),
  ]);
  const { body, phases, ...rest } = project;
  return {
    project: rest,
    body: normalizeBlocks(body),
    phases: phasesWithState(phases, todayInBrussels()),
    news: news.items,
    decisions: decisions.items,
    alternates,
  };
};
