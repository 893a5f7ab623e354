import { error, fail, redirect } from '@sveltejs/kit';
import { verificationFailureMessages, formatMessage } from '../../../../../plugins/verification/shared/contracts';
import { accountTexts } from '$lib/components/account/texts';
import { fetchDemographics, fetchVerificationStatus, startVerification } from '$lib/server/auth';
import {
  ACCOUNT_PATHS,
  accountPageSetup,
  ensureAccountsConfigured,
  pathFor,
  requireSession,
} from '$lib/server/auth-pages';
import { endSession } from '$lib/server/auth-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  accountPageSetup(event);
  const session = requireSession(event.locals);
  const [verification, demographics] = await Promise.all([
    fetchVerificationStatus(session.accessToken),
    fetchDemographics(session.accessToken),
  ]);
  if ('kind' in verification || 'kind' in demographics) {
    error(503, { message: accountTexts(event.locals.locale)('serviceUnavailable') });
  }
  return {
    user: session.user,
    verification: verification.status,
    profileQuestionsAnswered: demographics.answers !== null,
  };
};

export const actions: Actions = {
  /** Starts e-ID verification; the page then sends the browser on to the provider. */
  verify: async (event) => {
    ensureAccountsConfigured(event.locals);
    const session = requireSession(event.locals);
    const { locale } = event.locals;
    const started = await startVerification(session.accessToken);
    if (started.kind === 'ok') return { authorizationUrl: started.url };
    const message =
      started.kind === 'refused'
        ? formatMessage(verificationFailureMessages[started.reason][locale], { minimumAge: started.minimumAge })
        : accountTexts(locale)('serviceUnavailable');
    return fail(started.kind === 'refused' ? 400 : 503, { message });
  },

  /** Logging out is a POST, so another site cannot log someone out with a link or an image. */
  logOut: async (event) => {
    ensureAccountsConfigured(event.locals);
    await endSession(event.cookies, event.locals.session);
    redirect(303, `${pathFor(ACCOUNT_PATHS.logIn, event.locals.locale)}?afgemeld=1`);
  },
};
