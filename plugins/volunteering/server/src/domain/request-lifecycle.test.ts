import { describe, expect, it } from 'vitest';
import { effectiveLifecycle, refusalToJoin, scheduleProblems, spotsLeft, type RequestClock } from './request-lifecycle';

const TODAY = '2026-05-04';
const open: RequestClock = { lifecycle: 'open', untilDate: '2026-05-10', volunteersNeeded: 2, acceptedCount: 0 };

describe('the effective lifecycle', () => {
  it('is open until the end date, inclusive', () => {
    expect(effectiveLifecycle(open, TODAY)).toBe('open');
    expect(effectiveLifecycle({ ...open, untilDate: TODAY }, TODAY)).toBe('open');
  });

  it('is expired the day after the end date, whatever was stored', () => {
    expect(effectiveLifecycle({ ...open, untilDate: '2026-05-03' }, TODAY)).toBe('expired');
  });

  it('is filled once enough volunteers accepted, also after the end date', () => {
    expect(effectiveLifecycle({ ...open, acceptedCount: 2 }, TODAY)).toBe('filled');
    expect(effectiveLifecycle({ ...open, acceptedCount: 2, untilDate: '2026-01-01' }, TODAY)).toBe('filled');
  });

  it('reopens when a withdrawal frees a place or the end date moves', () => {
    expect(effectiveLifecycle({ ...open, lifecycle: 'filled', acceptedCount: 1 }, TODAY)).toBe('open');
    expect(effectiveLifecycle({ ...open, lifecycle: 'expired' }, TODAY)).toBe('open');
  });

  it('stays closed once closed', () => {
    expect(effectiveLifecycle({ ...open, lifecycle: 'closed' }, TODAY)).toBe('closed');
  });

  it('counts free places, never below zero', () => {
    expect(spotsLeft({ volunteersNeeded: 3, acceptedCount: 1 })).toBe(2);
    expect(spotsLeft({ volunteersNeeded: 1, acceptedCount: 2 })).toBe(0);
  });
});

describe('joining', () => {
  it('is allowed only for an open request, with a Dutch reason otherwise', () => {
    expect(refusalToJoin('open')).toBeNull();
    expect(refusalToJoin('expired')).toBe('Deze hulpvraag is verlopen: reageren kan niet meer.');
    expect(refusalToJoin('filled')).toBe('Deze hulpvraag heeft al genoeg vrijwilligers.');
    expect(refusalToJoin('closed')).toBe('Deze hulpvraag is afgesloten.');
  });
});

describe('schedule rules that depend on today', () => {
  it('accept an end date from today up to a year ahead', () => {
    expect(scheduleProblems({ untilDate: TODAY, dates: [] }, TODAY)).toEqual([]);
    expect(scheduleProblems({ untilDate: '2027-05-04', dates: [] }, TODAY)).toEqual([]);
  });

  it('refuse an end date in the past or more than a year ahead', () => {
    expect(scheduleProblems({ untilDate: '2026-05-03', dates: [] }, TODAY)).toEqual([
      { path: ['untilDate'], message: 'mag niet in het verleden liggen' },
    ]);
    expect(scheduleProblems({ untilDate: '2027-05-05', dates: [] }, TODAY)).toEqual([
      { path: ['untilDate'], message: 'mag hoogstens 365 dagen vooruit liggen' },
    ]);
  });

  it('refuse dates in the past or after the end date, naming which one', () => {
    expect(
      scheduleProblems(
        {
          untilDate: '2026-05-20',
          dates: [
            { date: '2026-05-10', partOfDay: 'morning' },
            { date: '2026-05-01', partOfDay: 'morning' },
            { date: '2026-05-21', partOfDay: 'evening' },
          ],
        },
        TODAY,
      ),
    ).toEqual([
      { path: ['dates', '1'], message: 'mag niet in het verleden liggen' },
      { path: ['dates', '2'], message: 'mag niet na de einddatum liggen' },
    ]);
  });
});
