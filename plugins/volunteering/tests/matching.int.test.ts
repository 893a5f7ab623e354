/**
 * Suggestions through the real API rank as documented in server/src/domain/matching.ts:
 * category 0.40, district 0.25, availability 0.20, recency 0.10, capacity 0.05; no common
 * category, hidden, own and no-longer-open posts are left out. Other test files post too, so each
 * check looks at the posts made here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { offerSuggestionSchema, requestSuggestionSchema } from '../shared/contracts.ts';
import { newResidents, postOffer, postRequest, volunteering, type Resident } from './support/api.ts';

type Suggestion = { score: number; parts: Record<string, number>; offer?: { id: string }; request?: { id: string } };

let requester: Resident;
/** Owns the best offer, and later has an active match elsewhere (capacity). */
let keen: Resident;
/** Owns the other offers; their volunteer has no match, so their capacity part stays 1. */
let gardener: Resident;
const offers: Record<string, string> = {};
let requestId: string;

const SATURDAY_MORNING = [{ weekday: 'saturday', partOfDay: 'morning' }] as const;

beforeAll(async () => {
  [requester, keen, gardener] = (await newResidents('tuinvraag', 'graag', 'tuinier')) as [Resident, Resident, Resident];
  requestId = (
    await postRequest(requester, {
      title: 'Haag snoeien en tuinhuis herstellen',
      categories: ['gardening', 'odd-jobs'],
      district: 'daknam',
      slots: [...SATURDAY_MORNING],
    })
  ).id;
  const post = async (key: string, volunteer: Resident, overrides: Parameters<typeof postOffer>[1]) => {
    offers[key] = (await postOffer(volunteer, { title: `Tuinhulp ${key}`, ...overrides })).id;
  };
  await post('perfect', keen, {
    categories: ['gardening', 'odd-jobs'],
    districts: ['daknam'],
    availability: [...SATURDAY_MORNING],
  });
  await post('half', gardener, {
    categories: ['gardening'],
    districts: ['daknam'],
    availability: [...SATURDAY_MORNING],
  });
  await post('far', gardener, {
    categories: ['gardening', 'odd-jobs'],
    districts: ['eksaarde'],
    availability: [...SATURDAY_MORNING],
  });
  await post('wrong-day', gardener, {
    categories: ['gardening', 'odd-jobs'],
    districts: ['lokeren'],
    availability: [{ weekday: 'monday', partOfDay: 'evening' }],
  });
  await post('cook', gardener, {
    categories: ['cooking'],
    districts: ['daknam'],
    availability: [...SATURDAY_MORNING],
  });
  await post('invisible', gardener, {
    categories: ['gardening', 'odd-jobs'],
    districts: ['daknam'],
    availability: [...SATURDAY_MORNING],
    visible: false,
  });
});

describe('offers suggested for a request', () => {
  it('rank as documented, with the score parts shown', async () => {
    const response = await volunteering<Suggestion[]>('GET', `/requests/${requestId}/suggestions`, requester.jwt);
    expect(response.status, response.text).toBe(200);
    for (const suggestion of response.data) expect(offerSuggestionSchema.safeParse(suggestion).success).toBe(true);

    const mine = new Map(Object.entries(offers).map(([key, id]) => [id, key]));
    const ranked = response.data
      .filter((suggestion) => mine.has(suggestion.offer!.id))
      .map((suggestion) => [mine.get(suggestion.offer!.id), suggestion.score] as const);

    // perfect:   0.40·1   + 0.25·1          + 0.20·1 + 0.10·1 + 0.05·1 = 1.000
    // half:      0.40·0.5 + 0.25·1          + 0.20·1 + 0.10   + 0.05   = 0.800
    // far:       0.40·1   + 0.25·(1−9/10)   + 0.20·1 + 0.10   + 0.05   = 0.775
    // wrong-day: 0.40·1   + 0.25·(1−3/10)   + 0.20·0 + 0.10   + 0.05   = 0.725
    // cook (no common category) and invisible are not suggested.
    expect(ranked.map(([key]) => key)).toEqual(['perfect', 'half', 'far', 'wrong-day']);
    const scores = Object.fromEntries(ranked);
    expect(scores.perfect).toBeCloseTo(1, 3);
    expect(scores.half).toBeCloseTo(0.8, 3);
    expect(scores.far).toBeCloseTo(0.775, 3);
    expect(scores['wrong-day']).toBeCloseTo(0.725, 3);

    const far = response.data.find((suggestion) => suggestion.offer!.id === offers.far);
    expect(far?.parts).toMatchObject({ category: 1, district: 0.1, availability: 1, capacity: 1 });
  });

  it('count a volunteer’s active matches against them (capacity)', async () => {
    const elsewhere = await postRequest(requester, { categories: ['gardening'], title: 'Gras maaien' });
    await volunteering('POST', `/requests/${elsewhere.id}/responses`, keen.jwt, { offerId: offers.perfect });
    const response = await volunteering<Suggestion[]>('GET', `/requests/${requestId}/suggestions`, requester.jwt);
    const perfect = response.data.find((suggestion) => suggestion.offer!.id === offers.perfect);
    expect(perfect?.parts.capacity).toBe(0.5);
    expect(perfect?.score).toBeCloseTo(0.975, 3);
  });

  it('are only for the request’s owner', async () => {
    const response = await volunteering('GET', `/requests/${requestId}/suggestions`, keen.jwt);
    expect(response.status).toBe(404);
  });
});

describe('requests suggested for an offer', () => {
  it('rank nearer and emptier requests first, and leave out own, filled and other-category requests', async () => {
    const volunteer = gardener; // owner of the offer in Eksaarde
    const poster = requester;
    const near = await postRequest(poster, {
      categories: ['gardening'],
      district: 'eksaarde',
      slots: [],
      title: 'Onkruid wieden',
    });
    const halfFull = await postRequest(poster, {
      categories: ['gardening'],
      district: 'eksaarde',
      slots: [],
      volunteersNeeded: 2,
      title: 'Bomen planten',
    });
    const joined = await volunteering<{ id: string }>('POST', `/requests/${halfFull.id}/responses`, keen.jwt, {
      publicName: 'Hilde',
    });
    await volunteering('POST', `/matches/${joined.data.id}/accept`, poster.jwt);
    const other = await postRequest(poster, { categories: ['cooking'], district: 'eksaarde', title: 'Soep koken' });
    const own = await postRequest(volunteer, {
      categories: ['gardening'],
      district: 'eksaarde',
      title: 'Mijn eigen haag',
    });

    const response = await volunteering<Suggestion[]>('GET', `/offers/${offers.far}/suggestions`, volunteer.jwt);
    expect(response.status, response.text).toBe(200);
    for (const suggestion of response.data) expect(requestSuggestionSchema.safeParse(suggestion).success).toBe(true);
    const ids = response.data.map((suggestion) => suggestion.request!.id);
    expect(ids).not.toContain(other.id);
    expect(ids).not.toContain(own.id);
    // near: 0.40 + 0.25 + 0.20 + 0.10 + 0.05·1 = 1.000; halfFull: same but capacity ½ → 0.975;
    // the Daknam request 9 km away: 0.40 + 0.025 + 0.20 + 0.10 + 0.05 = 0.775.
    const relevant = ids.filter((id) => [near.id, halfFull.id, requestId].includes(id));
    expect(relevant).toEqual([near.id, halfFull.id, requestId]);
    const scoreOf = (id: string) => response.data.find((suggestion) => suggestion.request!.id === id)?.score;
    expect(scoreOf(near.id)).toBeCloseTo(1, 3);
    expect(scoreOf(halfFull.id)).toBeCloseTo(0.975, 3);
    expect(scoreOf(requestId)).toBeCloseTo(0.775, 3);
  });
});
