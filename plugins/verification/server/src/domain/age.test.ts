import { describe, expect, it } from 'vitest';
import { ageRange, ageRangeFromBirthYear, calendarDateIn, meetsMinimumAge } from './age';

describe('ageRange', () => {
  const today = { year: 2026, month: 6, day: 15 };

  it('is exact with a full birth date, turning on the birthday itself', () => {
    expect(ageRange({ year: 2010, month: 6, day: 15 }, today)).toEqual({ min: 16, max: 16 });
    expect(ageRange({ year: 2010, month: 6, day: 16 }, today)).toEqual({ min: 15, max: 15 });
    expect(ageRange({ year: 2010, month: 5, day: 31 }, today)).toEqual({ min: 16, max: 16 });
    expect(ageRange({ year: 2010, month: 7, day: 1 }, today)).toEqual({ min: 15, max: 15 });
  });

  it('is exact with a known month in another month, a range in the same month', () => {
    expect(ageRange({ year: 2010, month: 5, day: null }, today)).toEqual({ min: 16, max: 16 });
    expect(ageRange({ year: 2010, month: 7, day: null }, today)).toEqual({ min: 15, max: 15 });
    expect(ageRange({ year: 2010, month: 6, day: null }, today)).toEqual({ min: 15, max: 16 });
  });

  it('is a two-year range with only the year', () => {
    expect(ageRange({ year: 2010, month: null, day: null }, today)).toEqual({ min: 15, max: 16 });
    expect(ageRangeFromBirthYear(1950, today)).toEqual({ min: 75, max: 76 });
  });

  it('treats 29 February as passed from 1 March in common years', () => {
    const leapling = { year: 2008, month: 2, day: 29 };
    expect(ageRange(leapling, { year: 2026, month: 2, day: 28 })).toEqual({ min: 17, max: 17 });
    expect(ageRange(leapling, { year: 2026, month: 3, day: 1 })).toEqual({ min: 18, max: 18 });
  });

  it('never goes below zero', () => {
    expect(ageRange({ year: 2026, month: null, day: null }, today)).toEqual({ min: 0, max: 0 });
  });
});

describe('meetsMinimumAge', () => {
  it('fails closed on a range that straddles the minimum', () => {
    expect(meetsMinimumAge({ min: 16, max: 16 }, 16)).toBe('old-enough');
    expect(meetsMinimumAge({ min: 15, max: 15 }, 16)).toBe('too-young');
    expect(meetsMinimumAge({ min: 15, max: 16 }, 16)).toBe('unknown');
    expect(meetsMinimumAge({ min: 16, max: 17 }, 16)).toBe('old-enough');
    expect(meetsMinimumAge({ min: 14, max: 15 }, 16)).toBe('too-young');
  });
});

describe('calendarDateIn', () => {
  it('uses the Brussels date, not the UTC date, around midnight', () => {
    const lateUtc = new Date('2026-12-31T23:30:00Z');
    expect(calendarDateIn('UTC', lateUtc)).toEqual({ year: 2026, month: 12, day: 31 });
    expect(calendarDateIn('Europe/Brussels', lateUtc)).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it('turns the day at midnight exactly, also when asked again within the same minute (remembered answers)', () => {
    const beforeMidnight = new Date('2026-06-30T21:59:59.999Z'); // 23:59:59.999 in Brussels (summer time)
    const atMidnight = new Date('2026-06-30T22:00:00.000Z');
    expect(calendarDateIn('Europe/Brussels', beforeMidnight)).toEqual({ year: 2026, month: 6, day: 30 });
    expect(calendarDateIn('Europe/Brussels', new Date('2026-06-30T21:59:00Z'))).toEqual({
      year: 2026,
      month: 6,
      day: 30,
    });
    expect(calendarDateIn('Europe/Brussels', atMidnight)).toEqual({ year: 2026, month: 7, day: 1 });
    expect(calendarDateIn('Europe/Brussels', new Date('2026-06-30T22:00:59.999Z'))).toEqual({
      year: 2026,
      month: 7,
      day: 1,
    });
    expect(calendarDateIn('Europe/Brussels', beforeMidnight)).toEqual({ year: 2026, month: 6, day: 30 });
  });
});
