import { redirect } from '@sveltejs/kit';
import { pathFor } from '$lib/server/auth-pages';
import { callerFor, createOffer, failInput, failWith, formValues, offerForm } from '$lib/server/volunteering';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' });
  return { loggedIn: locals.session !== null };
};

export const actions: Actions = {
  default: async (event) => {
    const { locale } = event.locals;
    const values = formValues(await event.request.formData());
    const checked = offerForm(values);
    if (!checked.ok) return failInput(checked.errors, values, locale);
    // Without a session the plugin's gate answers with the log-in step, which the page shows.
    const outcome = await createOffer(callerFor(event), checked.data);
    if (outcome.kind !== 'ok') return failWith(outcome, values, locale);
    redirect(303, `${pathFor('/vrijwilligers/mijn', locale)}?geplaatst=aanbod`);
  },
};
