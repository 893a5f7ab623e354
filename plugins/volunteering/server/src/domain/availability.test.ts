import { describe, expect, it } from 'vitest';
import { availabilityOverlap, fitsMoment, neededSlots } from './availability';
import { addDays, cityDate, weekdayOf } from './calendar';

describe('calendar', () => {
  it('gives the city’s date, not the server’s UTC date', () => {
    // 23:30 UTC on 4 May is 01:30 on 5 May in Brussels (summer time).
    expect(cityDate(new Date('2026-05-04T23:30:00Z'))).toBe('2026-05-05');
    expect(cityDate(new Date('2026-01-04T22:30:00Z'))).toBe('2026-01-04');
  });

  it('names weekdays Monday first and adds days across months', () => {
    expect(weekdayOf('2026-05-04')).toBe('monday');
    expect(weekdayOf('2026-05-10')).toBe('sunday');
    expect(addDays('2026-05-30', 3)).toBe('2026-06-02');
  });
});

describe('availability', () => {
  it('merges weekly slots and dates, without repeats', () => {
    expect(
      neededSlots({
        slots: [{ weekday: 'saturday', partOfDay: 'morning' }],
        dates: [
          { date: '2026-05-09', partOfDay: 'morning' },
          { date: '2026-05-11', partOfDay: 'evening' },
        ],
      }),
    ).toEqual([
      { weekday: 'saturday', partOfDay: 'morning' },
      { weekday: 'monday', partOfDay: 'evening' },
    ]);
  });

  it('measures the share of needed slots covered', () => {
    const needed = [
      { weekday: 'monday', partOfDay: 'morning' },
      { weekday: 'tuesday', partOfDay: 'morning' },
    ] as const;
    expect(availabilityOverlap(needed, [{ weekday: 'monday', partOfDay: 'morning' }])).toBe(0.5);
    expect(availabilityOverlap(needed, [{ weekday: 'monday', partOfDay: 'evening' }])).toBe(0);
    expect(availabilityOverlap([], [])).toBe(1);
  });

  it('matches a moment filter on weekday, part of day or both; no slots means flexible', () => {
    const slots = [{ weekday: 'monday', partOfDay: 'morning' }] as const;
    expect(fitsMoment(slots, { weekday: 'monday' })).toBe(true);
    expect(fitsMoment(slots, { partOfDay: 'evening' })).toBe(false);
    expect(fitsMoment(slots, { weekday: 'monday', partOfDay: 'evening' })).toBe(false);
    expect(fitsMoment([], { weekday: 'friday' })).toBe(true);
    expect(fitsMoment(slots, {})).toBe(true);
  });
});
