/**
 * The figures residents see next to a proposal: how far along it is, how many supports it still
 * needs, how many days are left; and the dates the support period and the agenda follow from.
 */

const DAY_MS = 86_400_000;

export interface SupportState {
  readonly supportCount: number;
  /** Null before the proposal opens for support. */
  readonly supportThreshold: number | null;
  readonly supportClosesAt: Date | null;
}

export interface SupportFigures {
  readonly progress: number;
  readonly supportsNeeded: number | null;
  readonly daysLeft: number | null;
}

/**
 * `daysLeft` counts started days: 1 on the last day, 0 once the period is over. It is null when
 * the proposal is not taking supports (`open` false).
 */
export function supportFigures(state: SupportState, open: boolean, now: Date): SupportFigures {
  const threshold = state.supportThreshold;
  const progress = threshold === null || threshold <= 0 ? 0 : Math.min(1, state.supportCount / threshold);
  const supportsNeeded = threshold === null ? null : Math.max(0, threshold - state.supportCount);
  const daysLeft =
    open && state.supportClosesAt !== null
      ? Math.max(0, Math.ceil((state.supportClosesAt.getTime() - now.getTime()) / DAY_MS))
      : null;
  return { progress, supportsNeeded, daysLeft };
}

export function supportDeadline(openedAt: Date, supportPeriodMs: number): Date {
  return new Date(openedAt.getTime() + supportPeriodMs);
}

export interface MeetingSlot {
  readonly id: number;
  readonly startsAt: Date;
}

/**
 * The council meeting a proposal goes to: the first one at least `leadDays` after `now`, so the
 * council and the departments have time to prepare. Null when none is planned yet; the proposal
 * then waits and is placed as soon as a fitting meeting is added.
 */
export function nextMeetingFor<T extends MeetingSlot>(meetings: readonly T[], now: Date, leadDays: number): T | null {
  const earliest = now.getTime() + leadDays * DAY_MS;
  return (
    [...meetings]
      .filter((meeting) => meeting.startsAt.getTime() >= earliest)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id)[0] ?? null
  );
}
