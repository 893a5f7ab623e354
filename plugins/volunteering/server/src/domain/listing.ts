/**
 * The public lists: which offers and requests match the resident's filters, newest first, one
 * page at a time. The lists are small (a city's volunteering, not a marketplace), so filtering
 * happens on the loaded posts; the same rules then hold for the lists and the suggestions.
 */
import type { OfferListQuery, Pagination, RequestListQuery } from '../../../shared/contracts';
import { fitsMoment, neededSlots } from './availability';
import type { HelpRequestRecord, OfferRecord } from './records';
import { effectiveLifecycle } from './request-lifecycle';

export function isPubliclyVisibleOffer(offer: OfferRecord): boolean {
  return offer.visible && !offer.hiddenByModerator && !offer.owner?.blocked;
}

export function isPubliclyVisibleRequest(request: HelpRequestRecord): boolean {
  return !request.hiddenByModerator && !request.poster?.blocked;
}

const newestFirst = (a: { createdAt: string; documentId: string }, b: { createdAt: string; documentId: string }) =>
  a.createdAt === b.createdAt ? a.documentId.localeCompare(b.documentId) : a.createdAt < b.createdAt ? 1 : -1;

export function filterOffers(
  offers: readonly OfferRecord[],
  query: Omit<OfferListQuery, 'page' | 'pageSize'>,
): OfferRecord[] {
  return offers
    .filter(isPubliclyVisibleOffer)
    .filter((offer) => query.category === undefined || offer.categories.includes(query.category))
    .filter((offer) => query.district === undefined || offer.districts.includes(query.district))
    .filter((offer) => fitsMoment(offer.availability, query))
    .sort(newestFirst);
}

/** Open requests only: a filled, closed or expired request is no longer asking for anyone. */
export function filterRequests(
  requests: readonly HelpRequestRecord[],
  query: Omit<RequestListQuery, 'page' | 'pageSize'>,
  today: string,
): HelpRequestRecord[] {
  return requests
    .filter(isPubliclyVisibleRequest)
    .filter((request) => effectiveLifecycle(request, today) === 'open')
    .filter((request) => query.category === undefined || request.categories.includes(query.category))
    .filter((request) => query.district === undefined || request.district === query.district)
    .filter((request) => fitsMoment(neededSlots(request), query))
    .filter((request) => query.from === undefined || request.untilDate >= query.from)
    .sort(newestFirst);
}

export function paginate<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
): { items: T[]; pagination: Pagination } {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, pageCount, total: items.length },
  };
}
