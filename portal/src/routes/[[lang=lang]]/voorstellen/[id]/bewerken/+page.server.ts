import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { proposalTexts } from '$lib/components/proposals/texts';
import { listDistricts, listTopics } from '$lib/server/content/taxonomy';
import { getProposal, inviteCoInitiator } from '$lib/server/proposals';
import {
  documentIdOf,
  draftAction,
  personalPage,
  refusalOrUnavailable,
  requireCaller,
  unavailablePage,
} from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  personalPage(event);
  const { locale } = event.locals;
  const caller = requireCaller(event);
  const documentId = documentIdOf(event);
  const answer = await getProposal(documentId, caller);
  if (answer.kind === 'unavailable') unavailablePage(locale);
  if (answer.kind === 'refused') error(404, { message: proposalTexts(locale)('notFound') });
  const { data: proposal, meta } = answer.data;
  if (!meta.viewer || !(meta.viewer.isInitiator || meta.viewer.isCoInitiator)) {
    error(404, { message: proposalTexts(locale)('notFound') });
  }
  const [topics, districts] = await Promise.all([listTopics(), listDistricts()]);
  return {
    proposal: { documentId, stage: proposal.stage, path: proposal.path, title: proposal.title },
    canEdit: meta.viewer.canEdit,
    mayInvite: meta.viewer.isInitiator && meta.viewer.canEdit,
    values: {
      title: proposal.title,
      summary: proposal.summary,
      body: proposal.body,
      topic: proposal.topic?.slug ?? '',
      district: proposal.district?.slug ?? '',
      displayName: proposal.initiatorDisplayName,
    },
    topics,
    districts,
    justSaved: event.url.searchParams.has('bewaard'),
    justRetracted: event.url.searchParams.has('teruggetrokken'),
  };
};

export const actions: Actions = {
  preview: (event) => draftAction(event, documentIdOf(event), 'preview'),
  save: (event) => draftAction(event, documentIdOf(event), 'save'),
  submit: (event) => draftAction(event, documentIdOf(event), 'submit'),
  invite: async (event) => {
    const caller = requireCaller(event);
    const documentId = documentIdOf(event);
    const { locale } = event.locals;
    const raw = String((await event.request.formData()).get('email') ?? '').slice(0, 300);
    const email = z.email().max(254).safeParse(raw.trim().toLowerCase());
    if (!email.success) {
      return fail(400, { inviteEmail: raw, inviteError: proposalTexts(locale)('inviteInvalidEmail') });
    }
    const invited = await inviteCoInitiator(caller, documentId, email.data);
    if (invited.kind !== 'ok') {
      const problem = refusalOrUnavailable(invited, locale);
      return fail(problem.status, { inviteEmail: raw, inviteError: problem.message });
    }
    return { invited: email.data };
  },
};
