import { error } from '@sveltejs/kit';
import { proposalTexts } from '$lib/components/proposals/texts';
import { listMeetings } from '$lib/server/proposals';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const meetings = await listMeetings();
  if (meetings.kind !== 'ok') {
    error(503, { message: proposalTexts(locals.locale)('councilUnavailable'), code: 'cms-unavailable' });
  }
  return { meetings: meetings.data };
};
