import { error } from '@sveltejs/kit';
import { volunteeringTexts } from '$lib/components/volunteering/texts';
import { getOffer, reportAction } from '$lib/server/volunteering';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const t = volunteeringTexts(locals.locale);
  const offer = await getOffer(params.id);
  if (offer.kind === 'not-found' || offer.kind === 'refused') error(404, { message: t('notFound') });
  if (offer.kind === 'unavailable') error(503, { message: t('unavailable'), code: 'cms-unavailable' });
  return { offer: offer.data, loggedIn: locals.user !== null };
};

export const actions: Actions = { melden: reportAction };
