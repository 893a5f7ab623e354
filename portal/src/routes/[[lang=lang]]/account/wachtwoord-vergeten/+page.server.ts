import { fail } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { forgotPassword } from '$lib/server/auth';
import { emailForm, readForm } from '$lib/server/auth-forms';
import { accountPageSetup, ensureAccountsConfigured } from '$lib/server/auth-pages';
import { clientAddress, takeAuthTry } from '$lib/server/auth-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(emailForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
    const values = { email: form.data.email };
    // Each try sends an e-mail: the same per-client limit as log-in keeps this from becoming a mail cannon.
    const address = clientAddress(event);
    const allowance = takeAuthTry(address);
    if (!allowance.allowed) {
      return fail(429, { message: t('tooManyTries', { seconds: allowance.retryAfterSeconds }), values });
    }
    const result = await forgotPassword(form.data.email, address);
    if (result.kind === 'unavailable') return fail(503, { message: t('serviceUnavailable'), values });
    // The same answer whether or not the address has an account.
    return { done: true };
  },
};
