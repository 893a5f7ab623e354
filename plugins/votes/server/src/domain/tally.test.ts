import { describe, expect, it } from 'vitest';
import { differences, recount } from './tally';

describe('recount', () => {
  it('counts every option, starting at zero', () => {
    expect(recount(['rood', 'groen', 'blauw'], [['rood'], ['rood', 'blauw'], ['blauw']])).toEqual({
      _voters: 3,
      rood: 2,
      groen: 0,
      blauw: 2,
    });
  });

  it('counts a support ballot as the number of supports', () => {
    expect(
      recount(
        ['support'],
        Array.from({ length: 200 }, () => ['support']),
      ),
    ).toEqual({ _voters: 200, support: 200 });
  });
});

describe('differences', () => {
  it('is empty when the counters equal the recount', () => {
    expect(differences({ support: 200 }, { support: 200 })).toEqual([]);
  });

  it('names each option whose counter is off, also when one side lacks it', () => {
    expect(differences({ rood: 2, groen: 1 }, { rood: 2, groen: 0, blauw: 1 })).toEqual(['blauw', 'groen']);
  });
});
