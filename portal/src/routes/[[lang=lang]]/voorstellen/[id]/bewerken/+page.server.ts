import { error } from '@sveltejs/kit';
import { proposalTexts } from '$lib/components/proposals/texts';
import { listDistricts, listTopics } from '$lib/server/content/taxonomy';
import { getProposal } from '$lib/server/proposals';
import { documentIdOf, draftAction, personalPage, requireCaller, unavailablePage } from '../../page-helpers.server';
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
};
