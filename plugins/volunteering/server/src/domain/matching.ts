/**
 * Suggested matches, both ways: offers for a help request, and help requests for an offer.
 *
 * A pair is scored 0..1 as a weighted sum of five parts, each 0..1:
 *
 * | part         | weight | meaning |
 * |--------------|--------|---------|
 * | category     | 0.40   | share of the request's categories the offer covers |
 * | district     | 0.25   | 1 − distance / 10 km, using the nearest of the offer's districts |
 * | availability | 0.20   | share of the request's moments (weekly slots, and dates as their weekday) the volunteer is free; a request without moments counts as fully covered |
 * | recency      | 0.10   | 1 for a candidate posted now, falling linearly to 0 at 60 days old |
 * | capacity     | 0.05   | a request: share of its places still free; an offer: 1 / (1 + the volunteer's active matches) |
 *
 * What is needed matters most, then where, then when; recency and capacity break near-ties.
 * A pair with no category in common is not a suggestion at all. Hidden, blocked, own and (for
 * requests) no-longer-open candidates are left out. Equal scores rank the newer candidate first,
 * then by id, so the order is stable.
 */
import type { Category, DatedSlot, District, Slot } from '../../../shared/vocabulary';
import { availabilityOverlap, neededSlots } from './availability';
import { daysBetween } from './calendar';
import { effectiveLifecycle, spotsLeft, type RequestClock } from './request-lifecycle';

export const MATCH_WEIGHTS = {
  category: 0.4,
  district: 0.25,
  availability: 0.2,
  recency: 0.1,
  capacity: 0.05,
} as const;

/** Road distance in km between the centres of the districts. */
export const DISTRICT_DISTANCE_KM: Readonly<Record<District, Readonly<Record<District, number>>>> = {
  lokeren: { lokeren: 0, daknam: 3, eksaarde: 7 },
  daknam: { lokeren: 3, daknam: 0, eksaarde: 9 },
  eksaarde: { lokeren: 7, daknam: 9, eksaarde: 0 },
};
/** At this distance (or farther) the district part is 0. */
export const DISTANCE_HORIZON_KM = 10;
/** At this age (or older) the recency part is 0. */
export const RECENCY_HORIZON_DAYS = 60;

export interface OfferCandidate {
  id: string;
  ownerId: number;
  categories: readonly Category[];
  districts: readonly District[];
  availability: readonly Slot[];
  createdAt: string;
  visible: boolean;
  hiddenByModerator: boolean;
  ownerBlocked: boolean;
  /** Pending or accepted matches of the offer's owner. */
  activeMatches: number;
}

export interface RequestCandidate extends RequestClock {
  id: string;
  ownerId: number;
  categories: readonly Category[];
  district: District;
  slots: readonly Slot[];
  dates: readonly DatedSlot[];
  createdAt: string;
  hiddenByModerator: boolean;
  ownerBlocked: boolean;
}

export type ScoreParts = Record<keyof typeof MATCH_WEIGHTS, number>;

export interface Ranked<T> {
  candidate: T;
  score: number;
  parts: ScoreParts;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function categoryPart(needed: readonly Category[], offered: readonly Category[]): number {
  if (needed.length === 0) return 0;
  const offeredSet = new Set(offered);
  return needed.filter((category) => offeredSet.has(category)).length / needed.length;
}

export function districtPart(requestDistrict: District, offerDistricts: readonly District[]): number {
  if (offerDistricts.length === 0) return 0;
  const nearest = Math.min(...offerDistricts.map((district) => DISTRICT_DISTANCE_KM[requestDistrict][district]));
  return Math.max(0, 1 - nearest / DISTANCE_HORIZON_KM);
}

export function recencyPart(createdAt: string, now: Date): number {
  const age = Math.max(0, daysBetween(new Date(createdAt), now));
  return Math.max(0, 1 - age / RECENCY_HORIZON_DAYS);
}

function weighted(parts: ScoreParts): number {
  return round(
    (Object.keys(MATCH_WEIGHTS) as Array<keyof ScoreParts>).reduce(
      (sum, part) => sum + MATCH_WEIGHTS[part] * parts[part],
      0,
    ),
  );
}

type Need = Pick<RequestCandidate, 'categories' | 'district' | 'slots' | 'dates'>;
type Help = Pick<OfferCandidate, 'categories' | 'districts' | 'availability'>;

/** The parts that depend on the pair only; recency and capacity depend on the candidate. */
function pairParts(request: Need, offer: Help): Pick<ScoreParts, 'category' | 'district' | 'availability'> | null {
  const category = categoryPart(request.categories, offer.categories);
  if (category === 0) return null;
  return {
    category,
    district: districtPart(request.district, offer.districts),
    availability: availabilityOverlap(neededSlots(request), offer.availability),
  };
}

function byScoreThenNewest<T extends { id: string; createdAt: string }>(a: Ranked<T>, b: Ranked<T>): number {
  if (b.score !== a.score) return b.score - a.score;
  if (a.candidate.createdAt !== b.candidate.createdAt) return a.candidate.createdAt < b.candidate.createdAt ? 1 : -1;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

export function isSuggestableOffer(offer: OfferCandidate, forOwnerId: number): boolean {
  return offer.visible && !offer.hiddenByModerator && !offer.ownerBlocked && offer.ownerId !== forOwnerId;
}

export function isSuggestableRequest(request: RequestCandidate, forOwnerId: number, today: string): boolean {
  return (
    !request.hiddenByModerator &&
    !request.ownerBlocked &&
    request.ownerId !== forOwnerId &&
    effectiveLifecycle(request, today) === 'open'
  );
}

/** Offers that could help this request, best first. */
export function rankOffersForRequest<T extends OfferCandidate>(
  request: Need & { ownerId: number },
  offers: readonly T[],
  now: Date,
): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const offer of offers) {
    if (!isSuggestableOffer(offer, request.ownerId)) continue;
    const pair = pairParts(request, offer);
    if (!pair) continue;
    const parts: ScoreParts = {
      ...pair,
      recency: recencyPart(offer.createdAt, now),
      capacity: 1 / (1 + Math.max(0, offer.activeMatches)),
    };
    ranked.push({ candidate: offer, score: weighted(parts), parts });
  }
  return ranked.sort(byScoreThenNewest);
}

/** Open help requests this offer could answer, best first. */
export function rankRequestsForOffer<T extends RequestCandidate>(
  offer: Help & { ownerId: number },
  requests: readonly T[],
  now: Date,
  today: string,
): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const request of requests) {
    if (!isSuggestableRequest(request, offer.ownerId, today)) continue;
    const pair = pairParts(request, offer);
    if (!pair) continue;
    const parts: ScoreParts = {
      ...pair,
      recency: recencyPart(request.createdAt, now),
      capacity: spotsLeft(request) / request.volunteersNeeded,
    };
    ranked.push({ candidate: request, score: weighted(parts), parts });
  }
  return ranked.sort(byScoreThenNewest);
}
