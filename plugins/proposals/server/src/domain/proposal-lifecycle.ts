/**
 * The lifecycle of a citizen proposal (product.md item 7) as data: every transition names the
 * stages it may start from, the one role that may take it and the fields it needs. Nothing moves a
 * proposal except `planTransition` saying yes; the services only carry out what it planned.
 *
 *   draft ⇄ submitted → screening → open-for-support → threshold-reached → on-agenda → in-progress → answered
 *                          │   ↘ draft (returned)    ↘ expired            (on-agenda → answered directly too)
 *                          ↘ not-within-competence
 */
import type { ActorRole, AnswerOutcome, Stage, TransitionAction } from '../../../shared/contracts';

export type RequiredField = 'reason' | 'outcome' | 'answer';

export interface TransitionRule {
  readonly from: readonly Stage[];
  readonly to: Stage;
  readonly actor: ActorRole;
  readonly requires: readonly RequiredField[];
}

export const TRANSITIONS: Readonly<Record<TransitionAction, TransitionRule>> = {
  submit: { from: ['draft'], to: 'submitted', actor: 'initiator', requires: [] },
  retract: { from: ['submitted'], to: 'draft', actor: 'initiator', requires: [] },
  'start-screening': { from: ['submitted'], to: 'screening', actor: 'participation-officer', requires: [] },
  'return-to-initiator': { from: ['screening'], to: 'draft', actor: 'participation-officer', requires: ['reason'] },
  'open-for-support': { from: ['screening'], to: 'open-for-support', actor: 'participation-officer', requires: [] },
  'decline-competence': {
    from: ['screening'],
    to: 'not-within-competence',
    actor: 'participation-officer',
    requires: ['reason'],
  },
  'reach-threshold': { from: ['open-for-support'], to: 'threshold-reached', actor: 'system', requires: [] },
  expire: { from: ['open-for-support'], to: 'expired', actor: 'system', requires: [] },
  'place-on-agenda': { from: ['threshold-reached'], to: 'on-agenda', actor: 'system', requires: [] },
  'start-progress': { from: ['on-agenda'], to: 'in-progress', actor: 'participation-officer', requires: [] },
  answer: {
    from: ['on-agenda', 'in-progress'],
    to: 'answered',
    actor: 'participation-officer',
    requires: ['outcome', 'answer'],
  },
};

/** Initiators (and accepted co-initiators) edit their text until screening starts. */
export const EDITABLE_STAGES: readonly Stage[] = ['draft', 'submitted'];

export interface TransitionInput {
  readonly reason?: string | null;
  readonly outcome?: AnswerOutcome | null;
  readonly answer?: string | null;
  readonly note?: string | null;
}

export interface PlannedTransition {
  readonly action: TransitionAction;
  readonly from: Stage;
  readonly to: Stage;
  readonly actorRole: ActorRole;
  /** The public text recorded with the transition (the reason, or the note). */
  readonly note: string | null;
}

export type TransitionProblem =
  | { readonly problem: 'wrong-stage'; readonly allowedFrom: readonly Stage[] }
  | { readonly problem: 'wrong-actor'; readonly actor: ActorRole }
  | { readonly problem: 'missing-field'; readonly fields: readonly RequiredField[] };

export type TransitionPlan = ({ readonly ok: true } & PlannedTransition) | ({ readonly ok: false } & TransitionProblem);

function present(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Whether `actorRole` may take `action` on a proposal in stage `current` with this input. */
export function planTransition(
  current: Stage,
  action: TransitionAction,
  actorRole: ActorRole,
  input: TransitionInput = {},
): TransitionPlan {
  const rule = TRANSITIONS[action];
  if (rule.actor !== actorRole) return { ok: false, problem: 'wrong-actor', actor: rule.actor };
  if (!rule.from.includes(current)) return { ok: false, problem: 'wrong-stage', allowedFrom: rule.from };
  const missing = rule.requires.filter((field) => (field === 'outcome' ? !input.outcome : !present(input[field])));
  if (missing.length > 0) return { ok: false, problem: 'missing-field', fields: missing };
  const note = present(input.reason) ? input.reason!.trim() : present(input.note) ? input.note!.trim() : null;
  return { ok: true, action, from: current, to: rule.to, actorRole, note };
}

/** What this role can do with a proposal in this stage (the staff screen shows these as buttons). */
export function availableActions(current: Stage, actorRole: ActorRole): TransitionAction[] {
  return (Object.entries(TRANSITIONS) as [TransitionAction, TransitionRule][])
    .filter(([, rule]) => rule.actor === actorRole && rule.from.includes(current))
    .map(([action]) => action);
}

export function isEditable(stage: Stage): boolean {
  return EDITABLE_STAGES.includes(stage);
}
