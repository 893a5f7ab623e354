import { normalizeBlocks } from '$lib/blocks';
import { findPage } from '$lib/server/content/pages';
import { requireDocument } from '$lib/server/content/require';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const { item, alternates } = await requireDocument(params.slug, locals.locale, '', (slug) =>
    findPage(locals.locale, slug),
  );
  const { body, ...staticPage } = item;
  return { staticPage, body: normalizeBlocks(body), alternates };
};
