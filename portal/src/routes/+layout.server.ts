import { buildSite } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
  site: await buildSite(locals.locale),
  // Only what the header shows; the session itself never leaves the server.
  account: locals.user ? { username: locals.user.username } : null,
});
