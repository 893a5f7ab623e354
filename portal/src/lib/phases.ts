/**
 * Which phase of a project is running today. Dates are calendar days in Brussels; a phase without
 * an end date runs until the next phase starts (or indefinitely when it is the last one). When
 * phases overlap, the one that started last is the current one.
 */
/** `ongoing`: still running, but a later-started overlapping phase is the current one. */
export type PhaseState = 'done' | 'ongoing' | 'current' | 'upcoming';

export interface DatedPhase {
  startDate: string;
  endDate?: string | null | undefined;
}

export function todayInBrussels(now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The phases in chronological order, each with its state on `today` (YYYY-MM-DD). */
export function phasesWithState<T extends DatedPhase>(
  phases: readonly T[],
  today: string,
): Array<T & { state: PhaseState }> {
  const sorted = [...phases].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const effectiveEnd = sorted.map((phase, index) => {
    if (phase.endDate) return phase.endDate;
    const next = sorted[index + 1];
    return next ? dayBefore(next.startDate) : '9999-12-31';
  });
  let current = -1;
  sorted.forEach((phase, index) => {
    if (phase.startDate <= today && today <= (effectiveEnd[index] ?? '')) current = index;
  });
  return sorted.map((phase, index) => {
    const state: PhaseState =
      index === current
        ? 'current'
        : phase.startDate > today
          ? 'upcoming'
          : (effectiveEnd[index] ?? '') < today
            ? 'done'
            : 'ongoing';
    return { ...phase, state };
  });
}
