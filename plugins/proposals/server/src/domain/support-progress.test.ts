import { describe, expect, it } from 'vitest';
import { nextMeetingFor, supportDeadline, supportFigures } from './support-progress';

const at = (iso: string) => new Date(iso);

describe('support figures', () => {
  const now = at('2026-03-10T12:00:00Z');
  it('show progress, supports needed and started days left', () => {
    expect(
      supportFigures(
        { supportCount: 37, supportThreshold: 100, supportClosesAt: at('2026-03-20T12:00:00Z') },
        true,
        now,
      ),
    ).toEqual({
      progress: 0.37,
      supportsNeeded: 63,
      daysLeft: 10,
    });
    expect(
      supportFigures({ supportCount: 1, supportThreshold: 100, supportClosesAt: at('2026-03-10T13:00:00Z') }, true, now)
        .daysLeft,
    ).toBe(1);
  });

  it('cap progress at the threshold and never count down below zero', () => {
    expect(
      supportFigures(
        { supportCount: 240, supportThreshold: 100, supportClosesAt: at('2026-03-01T00:00:00Z') },
        true,
        now,
      ),
    ).toEqual({
      progress: 1,
      supportsNeeded: 0,
      daysLeft: 0,
    });
  });

  it('have no days left or threshold before opening or once closed', () => {
    expect(supportFigures({ supportCount: 0, supportThreshold: null, supportClosesAt: null }, false, now)).toEqual({
      progress: 0,
      supportsNeeded: null,
      daysLeft: null,
    });
    expect(
      supportFigures(
        { supportCount: 80, supportThreshold: 100, supportClosesAt: at('2026-04-01T00:00:00Z') },
        false,
        now,
      ).daysLeft,
    ).toBeNull();
  });

  it('end the support period after exactly the configured period', () => {
    expect(supportDeadline(at('2026-01-01T10:00:00Z'), 90 * 86_400_000).toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });
});

describe('next council meeting', () => {
  const now = at('2026-03-01T09:00:00Z');
  const meetings = [
    { id: 3, startsAt: at('2026-04-20T19:00:00Z') },
    { id: 1, startsAt: at('2026-03-09T19:00:00Z') },
    { id: 2, startsAt: at('2026-03-23T19:00:00Z') },
  ];

  it('is the first meeting at least the lead time away', () => {
    expect(nextMeetingFor(meetings, now, 14)?.id).toBe(2);
    expect(nextMeetingFor(meetings, now, 0)?.id).toBe(1);
    expect(nextMeetingFor(meetings, now, 30)?.id).toBe(3);
  });

  it('counts a meeting exactly the lead time away, and is null when none is far enough', () => {
    expect(nextMeetingFor([{ id: 9, startsAt: at('2026-03-15T09:00:00Z') }], now, 14)?.id).toBe(9);
    expect(nextMeetingFor(meetings, now, 60)).toBeNull();
  });
});
