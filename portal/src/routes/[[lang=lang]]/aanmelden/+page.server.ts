import { fail, redirect } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { logIn } from '$lib/server/auth';
import { loginForm, readForm } from '$lib/server/auth-forms';
import { ACCOUNT_PATHS, accountPageSetup, ensureAccountsConfigured, pathFor } from '$lib/server/auth-pages';
import { clientAddress, saveSession, takeAuthTry } from '$lib/server/auth-session';
import type { Locale } from '$lib/i18n';
import { RETURN_PARAM, safeReturnPath } from '$lib/return-path';
import type { Actions, PageServerLoad } from './$types';

/** Back to the page that asked for logging in (`?terug=`, same site only), else the account page. */
function afterLogIn(url: URL, locale: Locale): string {
  return safeReturnPath(url.searchParams.get(RETURN_PARAM)) ?? pathFor(ACCOUNT_PATHS.account, locale);
}

export const load: PageServerLoad = (event) => {
  accountPageSetup(event);
  if (event.locals.user) redirect(303, afterLogIn(event.url, event.locals.locale));
  return { loggedOut: event.url.searchParams.has('afgemeld') };
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(loginForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
    const values = { identifier: form.data.identifier };
    const address = clientAddress(event);
    const allowance = takeAuthTry(address);
    if (!allowance.allowed) {
      return fail(429, { message: t('tooManyTries', { seconds: allowance.retryAfterSeconds }), values });
    }
    const result = await logIn(form.data.identifier, form.data.password, address);
    switch (result.kind) {
      case 'ok':
        saveSession(event.cookies, result.session);
        return redirect(303, afterLogIn(event.url, locale));
      // Same words for an unknown address and a wrong password: the form reveals no accounts.
      case 'invalid':
        return fail(400, { message: t('loginInvalid'), values });
      case 'unconfirmed':
        return fail(400, { message: t('loginUnconfirmed'), values, unconfirmed: true });
      case 'blocked':
        return fail(400, { message: t('loginBlocked'), values });
      case 'rate-limited':
        return fail(429, { message: t('tooManyTriesLater'), values });
      case 'unavailable':
        return fail(503, { message: t('serviceUnavailable'), values });
    }
  },
};
