import { fail } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { requestEmailChange } from '$lib/server/auth';
import { emailChangeForm, readForm } from '$lib/server/auth-forms';
import { accountPageSetup, ensureAccountsConfigured, requireSession } from '$lib/server/auth-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
  return { currentEmail: requireSession(event.locals).user.email };
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const session = requireSession(event.locals);
    const t = accountTexts(event.locals.locale);
    const form = readForm(emailChangeForm, await event.request.formData(), event.locals.locale);
    if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
    const values = { email: form.data.email };
    const result = await requestEmailChange(session.accessToken, form.data);
    if (result.kind === 'ok') return { sent: true as const, email: form.data.email };
    // The server's Dutch reason (wrong password, address in use, same address).
    if (result.kind === 'refused') return fail(400, { message: result.message, values });
    return fail(503, { message: t('serviceUnavailable'), values });
  },
};
