import { error, fail } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { fetchDemographics, saveDemographics } from '$lib/server/auth';
import { demographicsForm, readForm } from '$lib/server/auth-forms';
import { accountPageSetup, ensureAccountsConfigured, requireSession } from '$lib/server/auth-pages';
import { listDistricts } from '$lib/server/content/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  accountPageSetup(event);
  const session = requireSession(event.locals);
  const [demographics, districts] = await Promise.all([fetchDemographics(session.accessToken), listDistricts()]);
  if ('kind' in demographics) error(503, { message: accountTexts(event.locals.locale)('serviceUnavailable') });
  return {
    answers: demographics.answers,
    districts: districts.map((district) => ({ slug: district.slug, name: district.name })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    ensureAccountsConfigured(event.locals);
    const session = requireSession(event.locals);
    const t = accountTexts(event.locals.locale);
    const form = readForm(demographicsForm, await event.request.formData(), event.locals.locale);
    // Only a tampered form can send values outside the lists.
    if (!form.ok) return fail(400, { message: t('required') });
    const result = await saveDemographics(session.accessToken, form.data);
    if (result.kind === 'ok') return { saved: true };
    return fail(result.kind === 'refused' ? 400 : 503, { message: t('serviceUnavailable') });
  },
};
