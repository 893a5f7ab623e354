import { normalizeBlocks } from '$lib/blocks';
import { findDecision } from '$lib/server/content/decisions';
import { requireDocument } from '$lib/server/content/require';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  const { item, alternates } = await requireDocument(params.slug, locals.locale, '/beslissingen', (slug) =>
    findDecision(locals.locale, slug),
  );
  const { body, ...decision } = item;
  return { decision, body: normalizeBlocks(body), alternates };
};
