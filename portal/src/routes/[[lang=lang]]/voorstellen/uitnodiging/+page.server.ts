import { fail, redirect } from '@sveltejs/kit';
import { TEXT_LIMITS } from '../../../../../../plugins/proposals/shared/contracts';
import { proposalTexts } from '$lib/components/proposals/texts';
import { acceptInvitation, mayPropose, stepMessage } from '$lib/server/proposals';
import {
  callerOf,
  path,
  personalPage,
  refusalOrUnavailable,
  requireCaller,
  unavailablePage,
} from '../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

export const load: PageServerLoad = async (event) => {
  personalPage(event);
  const { locale } = event.locals;
  const token = event.url.searchParams.get('token') ?? '';
  if (!TOKEN.test(token)) return { token: null, step: null };
  const decision = await mayPropose(callerOf(event));
  if (decision.kind !== 'ok') unavailablePage(locale);
  return {
    token,
    step: decision.data.allowed ? null : { step: decision.data.step, message: stepMessage(decision.data, locale) },
  };
};

export const actions: Actions = {
  default: async (event) => {
    const caller = requireCaller(event);
    const { locale } = event.locals;
    const t = proposalTexts(locale);
    const form = await event.request.formData();
    const token = String(form.get('token') ?? '');
    const displayName = String(form.get('displayName') ?? '')
      .trim()
      .slice(0, 500);
    const count = [...displayName].length;
    if (count < TEXT_LIMITS.displayName.min || count > TEXT_LIMITS.displayName.max) {
      return fail(400, { displayName, error: t('displayNameMissing', { min: TEXT_LIMITS.displayName.min }) });
    }
    if (!TOKEN.test(token)) return fail(400, { displayName, message: t('invitationMissing') });
    const accepted = await acceptInvitation(caller, token, displayName);
    if (accepted.kind !== 'ok') {
      const problem = refusalOrUnavailable(accepted, locale);
      const fieldError = accepted.kind === 'refused' ? accepted.fieldErrors.displayName : undefined;
      return fail(problem.status, { displayName, message: problem.message, error: fieldError });
    }
    redirect(303, path(event.locals, `${accepted.data.path}?aanvaard=1`));
  },
};
