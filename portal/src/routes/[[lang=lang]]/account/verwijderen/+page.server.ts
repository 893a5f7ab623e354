import { fail } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { deleteAccount } from '$lib/server/auth';
import { deleteAccountForm, readForm, type FormErrors } from '$lib/server/auth-forms';
import { accountPageSetup, ensureAccountsConfigured, requireSession } from '$lib/server/auth-pages';
import { clearSession } from '$lib/server/auth-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
  // Right after deleting, the page shows the goodbye without a session.
  if (!event.locals.session) return { deleted: true };
  return { deleted: false };
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const session = requireSession(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(deleteAccountForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors });
    const result = await deleteAccount(session.accessToken, form.data.password);
    if (result.kind === 'password-wrong') {
      const errors: FormErrors = { password: t('deletePasswordWrong') };
      return fail(400, { errors });
    }
    if (result.kind === 'unavailable') return fail(503, { message: t('serviceUnavailable') });
    clearSession(event.cookies);
    // This response's header already shows a visitor.
    event.locals.session = null;
    event.locals.user = null;
    return { deleted: true };
  },
};
