/** What every account page's server code needs: paths in the visitor's language, log-in checks, no caching. */
import { error, redirect } from '@sveltejs/kit';
import { localizePath, type Locale } from '$lib/i18n';
import { accountTexts } from '$lib/components/account/texts';
import { cityConfig } from './city';
import { sessionSecret } from './auth-session';
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
