import { normalizeBlocks } from '$lib/blocks';
import { findNewsArticle } from '$lib/server/content/news';
import { requireDocument } from '$lib/server/content/require';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const { item, alternates } = await requireDocument(params.slug, locals.locale, '/nieuws', (slug) =>
    findNewsArticle(locals.locale, slug),
  );
  const { body, ...article } = item;
  return { article, body: normalizeBlocks(body), alternates };
};
