/**
 * The city's figures: how many requests, matches and fulfilled requests, per category and per
 * district. A request with two categories counts in both; a match counts where its request does.
 * "Fulfilled" means the request got all the volunteers it asked for.
 */
import type { Statistics } from '../../../shared/contracts';
import {
  CATEGORY_CODES,
  DISTRICT_CODES,
  type Category,
  type District,
  type MatchLifecycle,
  type RequestLifecycle,
} from '../../../shared/vocabulary';

export interface RequestFigures {
  id: string;
  categories: readonly Category[];
  district: District;
  lifecycle: RequestLifecycle;
}

export interface MatchFigures {
  requestId: string;
  lifecycle: MatchLifecycle;
}

interface Counts {
  requests: number;
  matches: number;
  acceptedMatches: number;
  fulfilledRequests: number;
}

const zero = (): Counts => ({ requests: 0, matches: 0, acceptedMatches: 0, fulfilledRequests: 0 });

export function computeStatistics(
  requests: readonly RequestFigures[],
  matches: readonly MatchFigures[],
  offerCount: number,
): Statistics {
  const totals = { ...zero(), offers: offerCount, openRequests: 0 };
  const byCategory = new Map<Category, Counts>(CATEGORY_CODES.map((code) => [code, zero()]));
  const byDistrict = new Map<District, Counts>(DISTRICT_CODES.map((code) => [code, zero()]));
  const requestById = new Map(requests.map((request) => [request.id, request]));

  const bucketsOf = (request: RequestFigures): Counts[] => {
    const buckets: Counts[] = [totals];
    for (const category of request.categories) {
      const bucket = byCategory.get(category);
      if (bucket) buckets.push(bucket);
    }
    const district = byDistrict.get(request.district);
    if (district) buckets.push(district);
    return buckets;
  };

  for (const request of requests) {
    if (request.lifecycle === 'open') totals.openRequests += 1;
    for (const counts of bucketsOf(request)) {
      counts.requests += 1;
      if (request.lifecycle === 'filled') counts.fulfilledRequests += 1;
    }
  }
  for (const match of matches) {
    const request = requestById.get(match.requestId);
    if (!request) continue;
    for (const counts of bucketsOf(request)) {
      counts.matches += 1;
      if (match.lifecycle === 'accepted') counts.acceptedMatches += 1;
    }
  }

  return {
    totals,
    byCategory: [...byCategory].map(([category, counts]) => ({ category, ...counts })),
    byDistrict: [...byDistrict].map(([district, counts]) => ({ district, ...counts })),
  };
}
