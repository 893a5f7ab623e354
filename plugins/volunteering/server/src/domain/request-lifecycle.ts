/**
 * When a help request is open. The stored lifecycle is kept current by the services and by the
 * hourly expiry job, but every read also derives it from the dates and the accepted matches, so a
 * request is never shown as open after its end date, even between two runs of the job.
 */
import type { DatedSlot, RequestLifecycle } from '../../../shared/vocabulary';
import { addDays } from './calendar';

export interface RequestClock {
  lifecycle: RequestLifecycle;
  untilDate: string;
  volunteersNeeded: number;
  acceptedCount: number;
}

/** How far ahead a request may run. */
export const MAX_REQUEST_DAYS_AHEAD = 365;
/** How many open offers and how many open requests one account may have at a time. */
export const MAX_ACTIVE_POSTS_PER_ACCOUNT = 10;

export function spotsLeft(request: Pick<RequestClock, 'volunteersNeeded' | 'acceptedCount'>): number {
  return Math.max(0, request.volunteersNeeded - request.acceptedCount);
}

/**
 * Closed by the poster stays closed; enough accepted volunteers means filled (also after the end
 * date: that request was a success); otherwise past its end date means expired.
 */
export function effectiveLifecycle(request: RequestClock, today: string): RequestLifecycle {
  if (request.lifecycle === 'closed') return 'closed';
  if (spotsLeft(request) === 0) return 'filled';
  if (request.untilDate < today) return 'expired';
  return 'open';
}

/** Why nobody can respond to or be invited for this request, or null when they can. */
export function refusalToJoin(lifecycle: RequestLifecycle): string | null {
  switch (lifecycle) {
    case 'open':
      return null;
    case 'filled':
      return 'Deze hulpvraag heeft al genoeg vrijwilligers.';
    case 'expired':
      return 'Deze hulpvraag is verlopen: reageren kan niet meer.';
    case 'closed':
      return 'Deze hulpvraag is afgesloten.';
  }
}

export interface ScheduleProblem {
  path: string[];
  message: string;
}

/** Date rules that depend on today, which the request contract cannot check by itself. */
export function scheduleProblems(
  schedule: { untilDate: string; dates: readonly DatedSlot[] },
  today: string,
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const latest = addDays(today, MAX_REQUEST_DAYS_AHEAD);
  if (schedule.untilDate < today) {
    problems.push({ path: ['untilDate'], message: 'mag niet in het verleden liggen' });
  } else if (schedule.untilDate > latest) {
    problems.push({ path: ['untilDate'], message: `mag hoogstens ${MAX_REQUEST_DAYS_AHEAD} dagen vooruit liggen` });
  }
  schedule.dates.forEach((dated, index) => {
    if (dated.date < today)
      problems.push({ path: ['dates', String(index)], message: 'mag niet in het verleden liggen' });
    else if (dated.date > schedule.untilDate)
      problems.push({ path: ['dates', String(index)], message: 'mag niet na de einddatum liggen' });
  });
  return problems;
}
