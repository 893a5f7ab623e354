import { describe, expect, it } from 'vitest';
import {
  DISTRICT_DISTANCE_KM,
  MATCH_WEIGHTS,
  categoryPart,
  districtPart,
  rankOffersForRequest,
  rankRequestsForOffer,
  recencyPart,
  type OfferCandidate,
  type RequestCandidate,
} from './matching';

const NOW = new Date('2026-05-04T10:00:00Z'); // a Monday
const TODAY = '2026-05-04';
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function offer(overrides: Partial<OfferCandidate> & { id: string }): OfferCandidate {
  return {
    ownerId: 100,
    categories: ['errands'],
    districts: ['lokeren'],
    availability: [{ weekday: 'monday', partOfDay: 'morning' }],
    createdAt: daysAgo(0),
    visible: true,
    hiddenByModerator: false,
    ownerBlocked: false,
    activeMatches: 0,
    ...overrides,
  };
}

function request(overrides: Partial<RequestCandidate> & { id: string }): RequestCandidate {
  return {
    ownerId: 200,
    categories: ['errands'],
    district: 'lokeren',
    slots: [{ weekday: 'monday', partOfDay: 'morning' }],
    dates: [],
    createdAt: daysAgo(0),
    hiddenByModerator: false,
    ownerBlocked: false,
    lifecycle: 'open',
    untilDate: '2026-06-01',
    volunteersNeeded: 2,
    acceptedCount: 0,
    ...overrides,
  };
}

const need = request({ id: 'need' });

describe('the documented weights', () => {
  it('sum to 1, so a perfect pair scores exactly 1', () => {
    const sum = Object.values(MATCH_WEIGHTS).reduce((total, weight) => total + weight, 0);
    expect(sum).toBeCloseTo(1, 10);
    const [perfect] = rankOffersForRequest(need, [offer({ id: 'perfect' })], NOW);
    expect(perfect?.score).toBe(1);
    expect(perfect?.parts).toEqual({ category: 1, district: 1, availability: 1, recency: 1, capacity: 1 });
  });

  it('weigh each part as documented: category 0.40, district 0.25, availability 0.20, recency 0.10, capacity 0.05', () => {
    expect(MATCH_WEIGHTS).toEqual({ category: 0.4, district: 0.25, availability: 0.2, recency: 0.1, capacity: 0.05 });
    // Half the categories, 7 km away, no common moment, 30 days old, one active match.
    const [scored] = rankOffersForRequest(
      { ...need, categories: ['errands', 'transport'] },
      [
        offer({
          id: 'partial',
          districts: ['eksaarde'],
          availability: [{ weekday: 'friday', partOfDay: 'evening' }],
          createdAt: daysAgo(30),
          activeMatches: 1,
        }),
      ],
      NOW,
    );
    const parts = scored?.parts;
    expect(parts?.category).toBe(0.5);
    expect(parts?.district).toBeCloseTo(0.3, 10);
    expect(parts?.availability).toBe(0);
    expect(parts?.recency).toBeCloseTo(0.5, 10);
    expect(parts?.capacity).toBe(0.5);
    expect(scored?.score).toBeCloseTo(0.4 * 0.5 + 0.25 * 0.3 + 0.2 * 0 + 0.1 * 0.5 + 0.05 * 0.5, 4);
  });
});

describe('the parts', () => {
  it('category: the share of the request’s categories the offer covers', () => {
    expect(categoryPart(['errands'], ['errands', 'cooking'])).toBe(1);
    expect(categoryPart(['errands', 'cooking'], ['errands'])).toBe(0.5);
    expect(categoryPart(['errands'], ['gardening'])).toBe(0);
    expect(categoryPart([], ['errands'])).toBe(0);
  });

  it('district: 1 − distance/10 km, the nearest of the offer’s districts counting', () => {
    expect(districtPart('lokeren', ['lokeren'])).toBe(1);
    expect(districtPart('daknam', ['lokeren'])).toBeCloseTo(0.7);
    expect(districtPart('eksaarde', ['daknam'])).toBeCloseTo(0.1);
    expect(districtPart('eksaarde', ['daknam', 'lokeren'])).toBeCloseTo(0.3);
    expect(districtPart('lokeren', [])).toBe(0);
  });

  it('district: the distance table is symmetric with zero on the diagonal', () => {
    for (const [from, row] of Object.entries(DISTRICT_DISTANCE_KM)) {
      for (const [to, km] of Object.entries(row)) {
        expect(km).toBe(DISTRICT_DISTANCE_KM[to as keyof typeof DISTRICT_DISTANCE_KM][from as keyof typeof row]);
        if (from === to) expect(km).toBe(0);
        else expect(km).toBeGreaterThan(0);
      }
    }
  });

  it('recency: 1 when new, linear to 0 at 60 days, never negative, a future date counts as new', () => {
    expect(recencyPart(daysAgo(0), NOW)).toBe(1);
    expect(recencyPart(daysAgo(15), NOW)).toBeCloseTo(0.75);
    expect(recencyPart(daysAgo(60), NOW)).toBe(0);
    expect(recencyPart(daysAgo(400), NOW)).toBe(0);
    expect(recencyPart(daysAgo(-2), NOW)).toBe(1);
  });
});

describe('offers for a request', () => {
  it('ranks by category first, then district, then availability', () => {
    const ranked = rankOffersForRequest(
      { ...need, categories: ['errands', 'company'], district: 'daknam' },
      [
        offer({ id: 'far-but-fitting', categories: ['errands', 'company'], districts: ['eksaarde'] }),
        offer({ id: 'near-half', categories: ['errands'], districts: ['daknam'] }),
        offer({
          id: 'near-half-busy-day',
          categories: ['errands'],
          districts: ['daknam'],
          availability: [{ weekday: 'sunday', partOfDay: 'evening' }],
        }),
      ],
      NOW,
    );
    // far-but-fitting: 0.40 + 0.25*0.1 + 0.20 + 0.10 + 0.05 = 0.775
    // near-half:       0.20 + 0.25     + 0.20 + 0.10 + 0.05 = 0.80
    // near-half-busy:  0.20 + 0.25     + 0    + 0.10 + 0.05 = 0.60
    expect(ranked.map((entry) => [entry.candidate.id, entry.score])).toEqual([
      ['near-half', 0.8],
      ['far-but-fitting', 0.775],
      ['near-half-busy-day', 0.6],
    ]);
  });

  it('leaves out offers with no category in common', () => {
    expect(rankOffersForRequest(need, [offer({ id: 'gardener', categories: ['gardening'] })], NOW)).toEqual([]);
  });

  it('leaves out hidden, moderated, blocked and own offers', () => {
    const ranked = rankOffersForRequest(
      need,
      [
        offer({ id: 'hidden', visible: false }),
        offer({ id: 'moderated', hiddenByModerator: true }),
        offer({ id: 'blocked', ownerBlocked: true }),
        offer({ id: 'own', ownerId: need.ownerId }),
        offer({ id: 'fine' }),
      ],
      NOW,
    );
    expect(ranked.map((entry) => entry.candidate.id)).toEqual(['fine']);
  });

  it('prefers a volunteer with fewer active matches', () => {
    const ranked = rankOffersForRequest(
      need,
      [offer({ id: 'busy', activeMatches: 3 }), offer({ id: 'free', activeMatches: 0 })],
      NOW,
    );
    expect(ranked.map((entry) => entry.candidate.id)).toEqual(['free', 'busy']);
    expect(ranked[1]?.parts.capacity).toBe(0.25);
  });

  it('breaks ties by the newer candidate, then by id, whatever the input order', () => {
    // One second apart: the same score once rounded to four decimals.
    const tied = [
      offer({ id: 'b-old', createdAt: '2026-05-04T08:00:00.000Z' }),
      offer({ id: 'c-new', createdAt: '2026-05-04T08:00:01.000Z' }),
      offer({ id: 'a-old', createdAt: '2026-05-04T08:00:00.000Z' }),
    ];
    const now = new Date('2026-05-04T08:00:01.000Z');
    const forward = rankOffersForRequest(need, tied, now);
    const backward = rankOffersForRequest(need, [...tied].reverse(), now);
    expect(new Set(forward.map((entry) => entry.score))).toEqual(new Set([1]));
    expect(forward.map((entry) => entry.candidate.id)).toEqual(['c-new', 'a-old', 'b-old']);
    expect(backward.map((entry) => entry.candidate.id)).toEqual(['c-new', 'a-old', 'b-old']);
  });

  it('counts a request without moments as fully covered, and dates as their weekday', () => {
    const flexible = rankOffersForRequest({ ...need, slots: [], dates: [] }, [offer({ id: 'any' })], NOW);
    expect(flexible[0]?.parts.availability).toBe(1);
    // 2026-05-09 is a Saturday.
    const dated = rankOffersForRequest(
      { ...need, slots: [], dates: [{ date: '2026-05-09', partOfDay: 'afternoon' }] },
      [
        offer({ id: 'saturday', availability: [{ weekday: 'saturday', partOfDay: 'afternoon' }] }),
        offer({ id: 'monday', availability: [{ weekday: 'monday', partOfDay: 'afternoon' }] }),
      ],
      NOW,
    );
    expect(dated.map((entry) => [entry.candidate.id, entry.parts.availability])).toEqual([
      ['saturday', 1],
      ['monday', 0],
    ]);
  });

  it('returns an empty list for no candidates', () => {
    expect(rankOffersForRequest(need, [], NOW)).toEqual([]);
  });
});

describe('requests for an offer', () => {
  const help: Parameters<typeof rankRequestsForOffer>[0] = {
    ownerId: 100,
    categories: ['errands', 'transport'],
    districts: ['lokeren'],
    availability: [{ weekday: 'monday', partOfDay: 'morning' }],
  };
  const rank = (requests: RequestCandidate[]) => rankRequestsForOffer(help, requests, NOW, TODAY);

  it('leaves out requests that are expired, filled, closed, hidden, blocked or the volunteer’s own', () => {
    const ranked = rank([
      request({ id: 'expired', untilDate: '2026-05-03' }),
      request({ id: 'filled', volunteersNeeded: 1, acceptedCount: 1 }),
      request({ id: 'closed', lifecycle: 'closed' }),
      request({ id: 'moderated', hiddenByModerator: true }),
      request({ id: 'blocked', ownerBlocked: true }),
      request({ id: 'own', ownerId: 100 }),
      request({ id: 'last-day', untilDate: TODAY }),
    ]);
    expect(ranked.map((entry) => entry.candidate.id)).toEqual(['last-day']);
  });

  it('prefers requests that still need more of their volunteers', () => {
    const ranked = rank([
      request({ id: 'almost-full', volunteersNeeded: 4, acceptedCount: 3 }),
      request({ id: 'empty', volunteersNeeded: 4, acceptedCount: 0 }),
    ]);
    expect(ranked.map((entry) => [entry.candidate.id, entry.parts.capacity])).toEqual([
      ['empty', 1],
      ['almost-full', 0.25],
    ]);
  });

  it('ranks nearer and fitter requests higher, and leaves out requests in other categories', () => {
    const ranked = rank([
      request({ id: 'eksaarde', district: 'eksaarde' }),
      request({ id: 'lokeren', district: 'lokeren' }),
      request({ id: 'gardening', categories: ['gardening'] }),
      request({ id: 'daknam', district: 'daknam' }),
    ]);
    expect(ranked.map((entry) => entry.candidate.id)).toEqual(['lokeren', 'daknam', 'eksaarde']);
  });

  it('prefers newer requests when all else is equal', () => {
    const ranked = rank([
      request({ id: 'old', createdAt: daysAgo(40) }),
      request({ id: 'new', createdAt: daysAgo(1) }),
    ]);
    expect(ranked.map((entry) => entry.candidate.id)).toEqual(['new', 'old']);
  });
});
