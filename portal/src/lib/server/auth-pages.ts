/** What every account page's server code needs: paths in the visitor's language, log-in checks, no caching. */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { localizePath, type Locale } from '$lib/i18n';
import { accountTexts } from '$lib/components/account/texts';
import { cityConfig } from './city';
import { emailForm, readForm } from './auth-forms';
import { clientAddress, sessionSecret, takeAuthTry } from './auth-session';
import type { Session } from './session';

export const ACCOUNT_PATHS = {
  logIn: '/aanmelden',
  register: '/registreren',
  account: '/account',
  resendConfirmation: '/account/bevestigingsmail',
  forgotPassword: '/account/wachtwoord-vergeten',
  changePassword: '/account/wachtwoord',
} as const;

export function pathFor(path: string, locale: Locale): string {
  return localizePath(path, locale, cityConfig().defaultLocale);
}

/** For a page's load: account pages are personal or carry forms, never kept by a browser or proxy. */
export function accountPageSetup(event: {
  locals: App.Locals;
  setHeaders: (headers: Record<string, string>) => void;
}): void {
  event.setHeaders({ 'cache-control': 'private, no-store' });
  ensureAccountsConfigured(event.locals);
}

/** For form actions (the page's load, which runs after them, sets the headers). */
export function ensureAccountsConfigured(locals: App.Locals): void {
  if (!sessionSecret()) error(503, { message: accountTexts(locals.locale)('notConfigured') });
}

/** The logged-in person's session, or a redirect to the log-in page. */
export function requireSession(locals: App.Locals): Session {
  if (!locals.session) redirect(303, pathFor(ACCOUNT_PATHS.logIn, locals.locale));
  return locals.session;
}

/**
 * The form action of pages that only ask an e-mail address and send a mail to it (resend confirmation,
 * forgotten password): validated, rate limited per client because each try sends a mail, and answered
 * the same whether or not the address has an account.
 */
export function emailRequestAction(
  send: (email: string, clientAddress: string | null) => Promise<{ kind: 'ok' } | { kind: 'unavailable' }>,
) {
  return async (event: RequestEvent) => {
    ensureAccountsConfigured(event.locals);
    const { locale } = event.locals;
    const t = accountTexts(locale);
    const form = readForm(emailForm, await event.request.formData(), locale);
    if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
    const values = { email: form.data.email };
    const address = clientAddress(event);
    const allowance = takeAuthTry(address);
    if (!allowance.allowed) {
      return fail(429, { message: t('tooManyTries', { seconds: allowance.retryAfterSeconds }), values });
    }
    const result = await send(form.data.email, address);
    if (result.kind === 'unavailable') return fail(503, { message: t('serviceUnavailable'), values });
    return { done: true as const };
  };
}
