import { error } from '@sveltejs/kit';
import { volunteeringTexts } from '$lib/components/volunteering/texts';
import {
  callerFor,
  closeRequest,
  deleteOffer,
  failInput,
  failWith,
  formValues,
  invite,
  inviteForm,
  myMatches,
  myOffers,
  myRequests,
  offerSuggestions,
  requestSuggestions,
  setOfferVisible,
} from '$lib/server/volunteering';
import { documentIdSchema } from '../../../../../../plugins/volunteering/shared/contracts';
import type { Actions, PageServerLoad } from './$types';

/** Suggestions are computed by the plugin on every read; a failed one leaves that list empty. */
export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  if (!event.locals.session) return { loggedIn: false as const };
  const caller = callerFor(event);
  const [offers, requests, matches] = await Promise.all([myOffers(caller), myRequests(caller), myMatches(caller)]);
  if (offers.kind !== 'ok' || requests.kind !== 'ok' || matches.kind !== 'ok') {
    error(503, { message: volunteeringTexts(event.locals.locale)('unavailable'), code: 'cms-unavailable' });
  }
  const [offerRows, requestRows] = await Promise.all([
    Promise.all(
      offers.data.map(async (offer) => {
        const suggestions = offer.visible && !offer.hiddenByModerator ? await offerSuggestions(caller, offer.id) : null;
        return { offer, suggestions: suggestions?.kind === 'ok' ? suggestions.data : [] };
      }),
    ),
    Promise.all(
      requests.data.map(async (request) => {
        const suggestions = request.lifecycle === 'open' ? await requestSuggestions(caller, request.id) : null;
        return { request, suggestions: suggestions?.kind === 'ok' ? suggestions.data : [] };
      }),
    ),
  ]);
  return {
    loggedIn: true as const,
    posted: event.url.searchParams.get('geplaatst'),
    offers: offerRows,
    requests: requestRows,
    matches: matches.data,
  };
};

const idFrom = (values: Record<string, string | string[]>, name: string): string | null => {
  const parsed = documentIdSchema.safeParse(values[name]);
  return parsed.success ? parsed.data : null;
};

export const actions: Actions = {
  uitnodigen: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const requestId = idFrom(values, 'requestId');
    const checked = inviteForm(values);
    if (!checked.ok || !requestId) return failInput(checked.ok ? {} : checked.errors, values, locale, 'uitnodigen');
    const outcome = await invite(callerFor(event), requestId, checked.data);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'uitnodigen');
    return { form: 'uitnodigen', done: 'invited' as const };
  },
  afsluiten: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const requestId = idFrom(values, 'requestId');
    if (!requestId) return failInput({}, values, locale, 'afsluiten');
    const outcome = await closeRequest(callerFor(event), requestId);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'afsluiten');
    return { form: 'afsluiten', done: 'closed' as const };
  },
  zichtbaarheid: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const offerId = idFrom(values, 'offerId');
    if (!offerId) return failInput({}, values, locale, 'zichtbaarheid');
    const outcome = await setOfferVisible(callerFor(event), offerId, values.visible === 'true');
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'zichtbaarheid');
    return { form: 'zichtbaarheid', done: outcome.data.visible ? ('shown' as const) : ('hidden' as const) };
  },
  verwijderen: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const offerId = idFrom(values, 'offerId');
    if (!offerId) return failInput({}, values, locale, 'verwijderen');
    const outcome = await deleteOffer(callerFor(event), offerId);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'verwijderen');
    return { form: 'verwijderen', done: 'deleted' as const };
  },
};
