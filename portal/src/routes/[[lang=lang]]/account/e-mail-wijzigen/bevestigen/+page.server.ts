import { accountTexts } from '$lib/components/account/texts';
import { confirmEmailChange } from '$lib/server/auth';
import { accountPageSetup } from '$lib/server/auth-pages';
import { saveSession } from '$lib/server/auth-session';
import type { PageServerLoad } from './$types';

/**
 * The link in the mail to the new address lands here. It works logged in or not (the token is the
 * proof); a logged-in session's summary follows the new address at once.
 */
export const load: PageServerLoad = async (event) => {
  accountPageSetup(event);
  const t = accountTexts(event.locals.locale);
  const token = event.url.searchParams.get('token') ?? '';
  const result = await confirmEmailChange(token);
  if (result.kind === 'ok') {
    const { session } = event.locals;
    if (session) saveSession(event.cookies, { ...session, user: { ...session.user, email: result.email } });
    return { changed: true, message: t('changeEmailDone', { email: result.email }) };
  }
  return { changed: false, message: result.kind === 'refused' ? result.message : t('serviceUnavailable') };
};
