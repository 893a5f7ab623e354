import { fail, redirect } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { register } from '$lib/server/auth';
import { keptValues, readForm, registerForm } from '$lib/server/auth-forms';
import { ACCOUNT_PATHS, accountPageSetup, ensureAccountsConfigured, pathFor } from '$lib/server/auth-pages';
import { clientAddress, takeAuthTry } from '$lib/server/auth-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
  if (event.locals.user) redirect(303, pathFor(ACCOUNT_PATHS.account, event.locals.locale));
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(registerForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
    const values = keptValues({ username: form.data.username, email: form.data.email });
    const address = clientAddress(event);
    const allowance = takeAuthTry(address);
    if (!allowance.allowed) {
      return fail(429, { message: t('tooManyTries', { seconds: allowance.retryAfterSeconds }), values });
    }
    const result = await register(form.data, address);
    switch (result.kind) {
      case 'ok':
        return { registered: true as const, email: form.data.email };
      case 'taken':
        return fail(400, { message: t('accountTaken'), values });
      // The server's own password rule (the same as ours) or another refusal: its Dutch message.
      case 'refused':
        return fail(400, { message: result.message, values });
      case 'rate-limited':
        return fail(429, { message: t('tooManyTriesLater'), values });
      case 'unavailable':
        return fail(503, { message: t('serviceUnavailable'), values });
    }
  },
};
