import { error } from '@sveltejs/kit';
import { volunteeringTexts } from '$lib/components/volunteering/texts';
import {
  callerFor,
  failInput,
  failWith,
  formValues,
  myOrganisation,
  organisationForm,
  saveOrganisation,
} from '$lib/server/volunteering';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  if (!event.locals.session) return { loggedIn: false, organisation: null };
  const organisation = await myOrganisation(callerFor(event));
  if (organisation.kind === 'unavailable') {
    error(503, { message: volunteeringTexts(event.locals.locale)('unavailable'), code: 'cms-unavailable' });
  }
  return { loggedIn: true, organisation: organisation.kind === 'ok' ? organisation.data : null };
};

export const actions: Actions = {
  default: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const checked = organisationForm(values);
    if (!checked.ok) return failInput(checked.errors, values, locale);
    const outcome = await saveOrganisation(callerFor(event), checked.data);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale);
    return { form: 'default', saved: true };
  },
};
