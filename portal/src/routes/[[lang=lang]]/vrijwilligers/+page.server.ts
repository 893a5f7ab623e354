import { error } from '@sveltejs/kit';
import { volunteeringTexts } from '$lib/components/volunteering/texts';
import { districtSummary, filtersFrom, listOffers, listRequests } from '$lib/server/volunteering';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 12;

/** Both public lists with the same filters, and the per-district counts. */
export const load: PageServerLoad = async ({ url, locals }) => {
  const filters = filtersFrom(url.searchParams);
  const [requests, offers, districts] = await Promise.all([
    listRequests(filters, filters.requestsPage, PAGE_SIZE),
    listOffers(filters, filters.offersPage, PAGE_SIZE),
    districtSummary(),
  ]);
  if (requests.kind !== 'ok' || offers.kind !== 'ok' || districts.kind !== 'ok') {
    error(503, { message: volunteeringTexts(locals.locale)('unavailable'), code: 'cms-unavailable' });
  }
  return {
    filters,
    requests: requests.data,
    offers: offers.data,
    districts: districts.data,
    loggedIn: locals.user !== null,
  };
};
