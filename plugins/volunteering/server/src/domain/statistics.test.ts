import { describe, expect, it } from 'vitest';
import { statisticsSchema } from '../../../shared/contracts';
import { computeStatistics } from './statistics';

describe('city statistics', () => {
  const stats = computeStatistics(
    [
      { id: 'r1', categories: ['errands', 'transport'], district: 'lokeren', lifecycle: 'filled' },
      { id: 'r2', categories: ['errands'], district: 'daknam', lifecycle: 'open' },
      { id: 'r3', categories: ['gardening'], district: 'daknam', lifecycle: 'expired' },
    ],
    [
      { requestId: 'r1', lifecycle: 'accepted' },
      { requestId: 'r1', lifecycle: 'withdrawn' },
      { requestId: 'r2', lifecycle: 'pending' },
      { requestId: 'gone', lifecycle: 'accepted' },
    ],
    7,
  );

  it('counts totals; a match of a deleted request is left out', () => {
    expect(stats.totals).toEqual({
      requests: 3,
      matches: 3,
      acceptedMatches: 1,
      fulfilledRequests: 1,
      offers: 7,
      openRequests: 1,
    });
  });

  it('counts a request in each of its categories', () => {
    const byCategory = Object.fromEntries(stats.byCategory.map(({ category, ...counts }) => [category, counts]));
    expect(byCategory.errands).toEqual({ requests: 2, matches: 3, acceptedMatches: 1, fulfilledRequests: 1 });
    expect(byCategory.transport).toEqual({ requests: 1, matches: 2, acceptedMatches: 1, fulfilledRequests: 1 });
    expect(byCategory.gardening).toEqual({ requests: 1, matches: 0, acceptedMatches: 0, fulfilledRequests: 0 });
    expect(byCategory.cooking).toEqual({ requests: 0, matches: 0, acceptedMatches: 0, fulfilledRequests: 0 });
  });

  it('counts per district, every district listed', () => {
    expect(stats.byDistrict).toEqual([
      { district: 'lokeren', requests: 1, matches: 2, acceptedMatches: 1, fulfilledRequests: 1 },
      { district: 'daknam', requests: 2, matches: 1, acceptedMatches: 0, fulfilledRequests: 0 },
      { district: 'eksaarde', requests: 0, matches: 0, acceptedMatches: 0, fulfilledRequests: 0 },
    ]);
    expect(statisticsSchema.parse(stats)).toEqual(stats);
  });
});
