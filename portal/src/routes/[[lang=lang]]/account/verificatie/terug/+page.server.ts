import {
  formatMessage,
  verificationCallbackRequestSchema,
  verificationFailureMessages,
} from '../../../../../../../plugins/verification/shared/contracts';
import { accountTexts } from '$lib/components/account/texts';
import { completeVerification } from '$lib/server/auth';
import { accountPageSetup, requireSession } from '$lib/server/auth-pages';
import { saveSession } from '$lib/server/auth-session';
import type { PageServerLoad } from './$types';

/**
 * The provider sends the browser here. The query goes to Strapi unchanged, with this person's
 * token: only the account that started the verification can finish it (see the plugin's README).
 */
export const load: PageServerLoad = async (event) => {
  accountPageSetup(event);
  const session = requireSession(event.locals);
  const { locale } = event.locals;
  const parameters = verificationCallbackRequestSchema.safeParse(Object.fromEntries(event.url.searchParams));
  const outcome = parameters.success
    ? await completeVerification(session.accessToken, parameters.data)
    : { kind: 'refused' as const, reason: 'response-invalid' as const, minimumAge: undefined };
  if (outcome.kind === 'ok') {
    saveSession(event.cookies, { ...session, user: { ...session.user, verified: true } });
    return { verified: true, message: accountTexts(locale)('verificationSucceeded') };
  }
  const message =
    outcome.kind === 'refused'
      ? formatMessage(verificationFailureMessages[outcome.reason][locale], { minimumAge: outcome.minimumAge })
      : accountTexts(locale)('serviceUnavailable');
  return { verified: false, message };
};
