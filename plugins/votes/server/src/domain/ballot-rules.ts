/**
 * The rules of a ballot that need nothing but the ballot and the clock: its window, which choices
 * are valid for its kind, which counters it has, and whether the public may see its counts.
 */
import {
  SUPPORT_OPTION,
  YES_NO_OPTIONS,
  type BallotKind,
  type BallotOption,
  type BallotState,
  type ResultsVisibility,
  type VoteRefusal,
} from '../../../shared/contracts';

export interface BallotShape {
  readonly kind: BallotKind;
  readonly options: readonly BallotOption[];
  readonly maxChoices: number;
}

export interface BallotWindow {
  readonly opensAt: Date;
  /** Null: open until the owner closes it. */
  readonly closesAt: Date | null;
}

/** The window is half-open: a vote at exactly `closesAt` is too late. */
export function ballotState(window: BallotWindow, now: Date): BallotState {
  if (now.getTime() < window.opensAt.getTime()) return 'upcoming';
  if (window.closesAt !== null && now.getTime() >= window.closesAt.getTime()) return 'closed';
  return 'open';
}

export function windowRefusal(window: BallotWindow, now: Date): VoteRefusal | null {
  const state = ballotState(window, now);
  if (state === 'upcoming') return 'not-open-yet';
  if (state === 'closed') return 'closed';
  return null;
}

/** The options a ballot of this kind really has: fixed ones for support and yes/no. */
export function effectiveOptions(kind: BallotKind, options: readonly BallotOption[]): BallotOption[] {
  if (kind === 'support') return [{ key: SUPPORT_OPTION, label: 'Steun' }];
  if (kind === 'yes-no')
    return [
      { key: YES_NO_OPTIONS[0], label: 'Ja' },
      { key: YES_NO_OPTIONS[1], label: 'Nee' },
    ];
  return [...options];
}

export type ShapeProblem = 'too-few-options' | 'duplicate-option' | 'max-choices';

/** Checks a ballot definition before it is stored. */
export function shapeProblems(shape: BallotShape): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const keys = shape.options.map((option) => option.key);
  if (new Set(keys).size !== keys.length) problems.push('duplicate-option');
  if ((shape.kind === 'single' || shape.kind === 'multiple') && keys.length < 2) problems.push('too-few-options');
  const maxAllowed = shape.kind === 'multiple' ? Math.max(1, keys.length) : 1;
  if (!Number.isInteger(shape.maxChoices) || shape.maxChoices < 1 || shape.maxChoices > maxAllowed)
    problems.push('max-choices');
  return problems;
}

export type ChoiceCheck =
  { readonly ok: true; readonly choices: string[] } | { readonly ok: false; readonly reason: 'invalid-choice' };

/**
 * Normalises what was chosen: sorted and free of duplicates, so the stored vote and the counters
 * never depend on the order of a request. A support ballot accepts nothing or ["support"].
 */
export function checkChoices(shape: BallotShape, requested: readonly string[]): ChoiceCheck {
  const unique = [...new Set(requested)].sort();
  if (unique.length !== requested.length) return { ok: false, reason: 'invalid-choice' };
  if (shape.kind === 'support') {
    return unique.length === 0 || (unique.length === 1 && unique[0] === SUPPORT_OPTION)
      ? { ok: true, choices: [SUPPORT_OPTION] }
      : { ok: false, reason: 'invalid-choice' };
  }
  const known = new Set(effectiveOptions(shape.kind, shape.options).map((option) => option.key));
  if (unique.length === 0 || unique.some((choice) => !known.has(choice)))
    return { ok: false, reason: 'invalid-choice' };
  const max = shape.kind === 'multiple' ? shape.maxChoices : 1;
  return unique.length <= max ? { ok: true, choices: unique } : { ok: false, reason: 'invalid-choice' };
}

/** Whether the public may see the counts now. Staff see them through the audit regardless. */
export function resultsArePublic(visibility: ResultsVisibility, window: BallotWindow, now: Date): boolean {
  if (visibility === 'live') return true;
  if (visibility === 'never') return false;
  return ballotState(window, now) === 'closed';
}
