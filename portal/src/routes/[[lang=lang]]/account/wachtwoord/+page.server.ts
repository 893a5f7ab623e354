import { fail } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { changePassword } from '$lib/server/auth';
import { changePasswordForm, readForm } from '$lib/server/auth-forms';
import { accountPageSetup, ensureAccountsConfigured, requireSession } from '$lib/server/auth-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
  requireSession(event.locals);
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const session = requireSession(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(changePasswordForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors });
    const result = await changePassword(session.accessToken, form.data);
    if (result.kind === 'ok') return { done: true };
    if (result.kind === 'unavailable') return fail(503, { message: t('serviceUnavailable') });
    // Strapi: "The provided current password is invalid" or its password rule's Dutch message.
    return fail(400, {
      message: /current password/i.test(result.message) ? t('currentPasswordWrong') : result.message,
    });
  },
};
