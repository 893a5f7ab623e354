import { sendEmailConfirmation } from '$lib/server/auth';
import { accountPageSetup, emailRequestAction } from '$lib/server/auth-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
};

export const actions: Actions = { default: emailRequestAction(sendEmailConfirmation) };
