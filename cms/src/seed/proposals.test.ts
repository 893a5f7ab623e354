import { describe, expect, it } from 'vitest';
import { councilMeetings } from './proposals';

const inBrussels = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  month: 'long',
});

describe('demo council meetings', () => {
  it('are two past and five coming ones, on the last Monday of a month at 20:00 in Lokeren, never in August', () => {
    const today = new Date('2026-12-04T12:00:00Z');
    const { past, upcoming } = councilMeetings(today);
    expect(past).toHaveLength(2);
    expect(upcoming).toHaveLength(5);
    expect(past.every((date) => date < today)).toBe(true);
    expect(upcoming.every((date) => date >= today)).toBe(true);
    for (const date of [...past, ...upcoming]) {
      const text = inBrussels.format(date);
      expect(text).toMatch(/\bMonday\b/);
      expect(text).toMatch(/20:00$/);
      expect(text).not.toMatch(/August/);
      // The last Monday: a week later is another month.
      expect(new Date(date.getTime() + 7 * 86_400_000).getUTCMonth()).not.toBe(date.getUTCMonth());
    }
    expect(past.map((date) => date.toISOString())).toEqual(['2026-10-26T19:00:00.000Z', '2026-11-30T19:00:00.000Z']);
    expect(upcoming[0]?.toISOString()).toBe('2026-12-28T19:00:00.000Z');
  });

  it('keep 20:00 in summer time too, and skip the August recess', () => {
    const { upcoming } = councilMeetings(new Date('2027-06-01T12:00:00Z'));
    expect(upcoming[0]?.toISOString()).toBe('2027-06-28T18:00:00.000Z');
    expect(upcoming[1]?.toISOString()).toBe('2027-07-26T18:00:00.000Z');
    expect(upcoming[2]?.toISOString()).toBe('2027-09-27T18:00:00.000Z');
  });
});
