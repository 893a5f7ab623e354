import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);

  it('returns the value at the rank ceil(p/100 · n)', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([3, 7, 9], 50)).toBe(7);
    expect(percentile([3, 7, 9], 95)).toBe(9);
  });

  it('is NaN without samples and refuses a percentile outside (0, 100]', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile(hundred, 0)).toThrow(RangeError);
    expect(() => percentile(hundred, 101)).toThrow(RangeError);
  });
});

describe('summarizeLatencies', () => {
  it('sorts unsorted response times before ranking them', () => {
    const times = [12, 1, 30, 4, 8, 2, 25, 3, 6, 5, 7, 9, 10, 11, 13, 14, 15, 16, 17, 18];
    expect(summarizeLatencies(times)).toEqual({ mean: 11.3, p50: 10, p95: 25, p99: 30, max: 30 });
  });
});
