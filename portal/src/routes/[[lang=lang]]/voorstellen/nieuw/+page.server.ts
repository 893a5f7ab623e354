import { listDistricts, listTopics } from '$lib/server/content/taxonomy';
import { mayPropose, stepMessage } from '$lib/server/proposals';
import { callerOf, draftAction, personalPage, unavailablePage } from '../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

const EMPTY = { title: '', summary: '', body: '', topic: '', district: '', displayName: '' };

export const load: PageServerLoad = async (event) => {
  personalPage(event);
  const { locale } = event.locals;
  const decision = await mayPropose(callerOf(event));
  if (decision.kind !== 'ok') unavailablePage(locale);
  if (!decision.data.allowed) {
    return { step: { step: decision.data.step, message: stepMessage(decision.data, locale) }, form: null };
  }
  const [topics, districts] = await Promise.all([listTopics(), listDistricts()]);
  return { step: null, form: { values: EMPTY, topics, districts } };
};

export const actions: Actions = {
  preview: (event) => draftAction(event, null, 'preview'),
  save: (event) => draftAction(event, null, 'save'),
  submit: (event) => draftAction(event, null, 'submit'),
};
