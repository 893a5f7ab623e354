import { describe, expect, it } from 'vitest';
import { offerRecord, requestRecord } from '../../../tests/support/records';
import { filterOffers, filterRequests, paginate } from './listing';

const TODAY = '2026-05-04';

describe('the public offer list', () => {
  const offers = [
    offerRecord({ documentId: 'old', createdAt: '2026-04-01T00:00:00.000Z' }),
    offerRecord({ documentId: 'new', createdAt: '2026-05-01T00:00:00.000Z', districts: ['daknam'] }),
    offerRecord({ documentId: 'hidden', visible: false }),
    offerRecord({ documentId: 'moderated', hiddenByModerator: true }),
    offerRecord({ documentId: 'blocked', owner: { id: 9, blocked: true } }),
    offerRecord({
      documentId: 'evening',
      categories: ['cooking'],
      availability: [{ weekday: 'friday', partOfDay: 'evening' }],
      createdAt: '2026-03-01T00:00:00.000Z',
    }),
  ];
  const ids = (list: { documentId: string }[]) => list.map((item) => item.documentId);

  it('shows visible offers of unblocked accounts, newest first', () => {
    expect(ids(filterOffers(offers, {}))).toEqual(['new', 'old', 'evening']);
  });

  it('filters by category, district and moment', () => {
    expect(ids(filterOffers(offers, { category: 'cooking' }))).toEqual(['evening']);
    expect(ids(filterOffers(offers, { district: 'daknam' }))).toEqual(['new']);
    expect(ids(filterOffers(offers, { weekday: 'friday', partOfDay: 'evening' }))).toEqual(['evening']);
  });
});

describe('the public request list', () => {
  const requests = [
    requestRecord({ documentId: 'open' }),
    requestRecord({ documentId: 'expired', untilDate: '2026-05-03' }),
    requestRecord({ documentId: 'filled', volunteersNeeded: 1, acceptedCount: 1 }),
    requestRecord({ documentId: 'closed', lifecycle: 'closed' }),
    requestRecord({ documentId: 'moderated', hiddenByModerator: true }),
    requestRecord({ documentId: 'flexible', slots: [], district: 'eksaarde', untilDate: '2026-05-06' }),
  ];
  const ids = (list: { documentId: string }[]) => list.map((item) => item.documentId);

  it('shows only open, visible requests', () => {
    expect(ids(filterRequests(requests, {}, TODAY)).sort()).toEqual(['flexible', 'open']);
  });

  it('filters by moment (a flexible request fits any), district and a date still running', () => {
    expect(ids(filterRequests(requests, { weekday: 'sunday' }, TODAY))).toEqual(['flexible']);
    expect(ids(filterRequests(requests, { district: 'daknam' }, TODAY))).toEqual(['open']);
    expect(ids(filterRequests(requests, { from: '2026-05-20' }, TODAY))).toEqual(['open']);
  });
});

describe('pagination', () => {
  it('slices pages and counts them', () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({
      items: [3, 4],
      pagination: { page: 2, pageSize: 2, pageCount: 3, total: 5 },
    });
    expect(paginate([], 1, 25)).toEqual({ items: [], pagination: { page: 1, pageSize: 25, pageCount: 1, total: 0 } });
  });
});
