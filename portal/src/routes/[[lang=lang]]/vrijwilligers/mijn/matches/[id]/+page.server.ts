import { error, type RequestEvent } from '@sveltejs/kit';
import { volunteeringTexts } from '$lib/components/volunteering/texts';
import {
  actOnMatch,
  callerFor,
  failInput,
  failWith,
  formValues,
  getMatch,
  matchMessages,
  messageForm,
  postMessage,
  type MatchCommand,
} from '$lib/server/volunteering';
import type { Actions, PageServerLoad } from './$types';

/** Only the two sides of a match see it; to anyone else the plugin answers "not found". */
export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  const t = volunteeringTexts(event.locals.locale);
  if (!event.locals.session) return { loggedIn: false as const, responded: false };
  const caller = callerFor(event);
  const [match, messages] = await Promise.all([
    getMatch(caller, event.params.id),
    matchMessages(caller, event.params.id),
  ]);
  if (match.kind === 'not-found' || match.kind === 'refused') error(404, { message: t('notFound') });
  if (match.kind === 'unavailable') error(503, { message: t('unavailable'), code: 'cms-unavailable' });
  return {
    loggedIn: true as const,
    responded: event.url.searchParams.has('gereageerd'),
    match: match.data,
    messages: messages.kind === 'ok' ? messages.data : [],
  };
};

const DONE = { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' } as const;

function command(name: MatchCommand) {
  return async (event: RequestEvent<{ id: string }>) => {
    const { locale } = event.locals;
    const outcome = await actOnMatch(callerFor(event), event.params.id, name);
    if (outcome.kind !== 'ok') return failWith(outcome, {}, locale, name);
    return { form: name, done: DONE[name] };
  };
}

export const actions: Actions = {
  accept: command('accept'),
  decline: command('decline'),
  withdraw: command('withdraw'),
  bericht: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const checked = messageForm(values);
    if (!checked.ok) return failInput(checked.errors, values, locale, 'bericht');
    const outcome = await postMessage(callerFor(event), event.params.id, checked.data);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'bericht');
    return { form: 'bericht', done: 'messageSent' as const };
  },
};
