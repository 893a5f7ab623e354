import { redirect } from '@sveltejs/kit';
import { pathFor } from '$lib/server/auth-pages';
import {
  callerFor,
  createRequest,
  failInput,
  failWith,
  formValues,
  myOrganisation,
  requestForm,
} from '$lib/server/volunteering';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  if (!event.locals.session) return { loggedIn: false, organisation: null };
  const organisation = await myOrganisation(callerFor(event));
  return { loggedIn: true, organisation: organisation.kind === 'ok' ? organisation.data : null };
};

export const actions: Actions = {
  default: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const checked = requestForm(values);
    if (!checked.ok) return failInput(checked.errors, values, locale);
    // The plugin decides who may post, and as what (an approved organisation only).
    const outcome = await createRequest(callerFor(event), checked.data);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale);
    redirect(303, `${pathFor('/vrijwilligers/mijn', locale)}?geplaatst=hulpvraag`);
  },
};
