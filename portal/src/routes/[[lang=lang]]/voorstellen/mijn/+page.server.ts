import { listMine } from '$lib/server/proposals';
import { personalPage, requireCaller, unavailablePage } from '../page-helpers.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  personalPage(event);
  const mine = await listMine(requireCaller(event));
  if (mine.kind !== 'ok') unavailablePage(event.locals.locale);
  return { proposals: mine.data };
};
