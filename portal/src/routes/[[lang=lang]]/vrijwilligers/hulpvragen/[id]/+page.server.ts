import { error, redirect } from '@sveltejs/kit';
import { volunteeringTexts } from '$lib/components/volunteering/texts';
import { pathFor } from '$lib/server/auth-pages';
import {
  callerFor,
  failInput,
  failWith,
  formValues,
  getRequest,
  myOffers,
  myRequests,
  reportAction,
  respond,
  respondForm,
} from '$lib/server/volunteering';
import { PORTAL_PATHS } from '../../../../../../../plugins/volunteering/shared/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { locals, params } = event;
  const t = volunteeringTexts(locals.locale);
  const request = await getRequest(params.id);
  if (request.kind === 'not-found' || request.kind === 'refused') error(404, { message: t('notFound') });
  if (request.kind === 'unavailable') error(503, { message: t('unavailable'), code: 'cms-unavailable' });
  if (!locals.session) return { request: request.data, loggedIn: false, offers: [], ownRequest: false };
  // Personal parts below: the page is not kept by browsers or proxies.
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const caller = callerFor(event);
  const [offers, requests] = await Promise.all([myOffers(caller), myRequests(caller)]);
  return {
    request: request.data,
    loggedIn: true,
    offers:
      offers.kind === 'ok'
        ? offers.data
            .filter((offer) => offer.visible && !offer.hiddenByModerator)
            .map((offer) => ({ id: offer.id, title: offer.title }))
        : [],
    ownRequest: requests.kind === 'ok' && requests.data.some((own) => own.id === request.data.id),
  };
};

export const actions: Actions = {
  helpen: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const checked = respondForm(values);
    if (!checked.ok) return failInput(checked.errors, values, locale, 'helpen');
    const outcome = await respond(callerFor(event), event.params.id, checked.data);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'helpen');
    redirect(303, `${pathFor(PORTAL_PATHS.match(outcome.data.id), locale)}?gereageerd`);
  },
  melden: reportAction,
};
