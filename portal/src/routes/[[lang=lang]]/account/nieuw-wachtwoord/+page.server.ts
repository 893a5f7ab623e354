import { fail } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { resetPassword } from '$lib/server/auth';
import { readForm, resetForm } from '$lib/server/auth-forms';
import { accountPageSetup, ensureAccountsConfigured } from '$lib/server/auth-pages';
import { clientAddress } from '$lib/server/auth-session';
import type { Actions, PageServerLoad } from './$types';

/** The link in the password-reset e-mail lands here with `?code=…`; the code travels on in a hidden field. */
export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
  return { code: event.url.searchParams.get('code') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(resetForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors });
    const result = await resetPassword(form.data, clientAddress(event));
    if (result.kind === 'ok') return { done: true };
    // Strapi says "Incorrect code provided" for an unknown or used code; the person needs a new link.
    return fail(result.kind === 'refused' ? 400 : 503, {
      message: result.kind === 'refused' ? t('resetRefused') : t('serviceUnavailable'),
    });
  },
};
