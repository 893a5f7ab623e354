/**
 * Action gating: may this person do this action in this context, and if not, which one step
 * unlocks it? Evaluated on the server at action time; the portal shows the step as a button.
 *
 * Reading is open to everyone; taking part in a discussion needs an account with a confirmed
 * e-mail address; proposing, supporting and voting need a valid e-ID verification at the minimum
 * assurance level, the minimum age, and, where the context asks, residence in certain districts
 * and not having voted yet.
 */
import {
  formatMessage,
  unlockStepMessages,
  type GatedAction,
  type GatingDecision,
  type UnlockStep,
} from '../../../shared/contracts';
import { ageRangeFromBirthYear, meetsMinimumAge, type CalendarDate } from './age';

export type Requirement = 'none' | 'account' | 'verified';

export const ACTION_REQUIREMENTS: Readonly<Record<GatedAction, Requirement>> = {
  read: 'none',
  comment: 'account',
  follow: 'account',
  volunteer: 'account',
  'post-idea': 'account',
  'answer-survey': 'account',
  nominate: 'account',
  propose: 'verified',
  support: 'verified',
  vote: 'verified',
};

/** Actions that count once per person per ballot. */
const BALLOT_ACTIONS: ReadonlySet<GatedAction> = new Set(['support', 'vote']);

export interface VerifiedFacts {
  readonly assuranceLevel: number;
  readonly birthYear: number;
  /** The minimum age the person was checked against when verifying (age only grows). */
  readonly minimumAgeConfirmed: number;
  readonly expiresAt: Date;
}

export type GatingSubject =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'account';
      readonly emailConfirmed: boolean;
      readonly verification: VerifiedFacts | null;
      /** A district the person is known to live in; null when we have no trustworthy source. */
      readonly residenceDistrict: string | null;
    };

export interface GatingFacts {
  readonly requires?: 'account' | 'verified';
  readonly minimumAge?: number;
  readonly allowedDistricts?: readonly string[];
  /** Whether this person's voter key is already used in the context's ballot. */
  readonly alreadyVoted?: boolean;
}

export interface GatingPolicy {
  readonly minimumAssuranceLevel: number;
  readonly minimumAge: number;
  readonly now: Date;
  readonly today: CalendarDate;
}

const RANK: Readonly<Record<Requirement, number>> = { none: 0, account: 1, verified: 2 };

export function requirementFor(action: GatedAction, facts: GatingFacts): Requirement {
  const base = ACTION_REQUIREMENTS[action];
  if (facts.requires === undefined || base === 'none') return base;
  return RANK[facts.requires] > RANK[base] ? facts.requires : base;
}

function refuse(step: UnlockStep, minimumAge?: number): GatingDecision {
  const message = formatMessage(unlockStepMessages[step].nl, { minimumAge });
  return minimumAge === undefined ? { allowed: false, step, message } : { allowed: false, step, message, minimumAge };
}

function oldEnough(verification: VerifiedFacts, minimumAge: number, today: CalendarDate): boolean {
  if (verification.minimumAgeConfirmed >= minimumAge) return true;
  return meetsMinimumAge(ageRangeFromBirthYear(verification.birthYear, today), minimumAge) === 'old-enough';
}

export function decide(
  subject: GatingSubject,
  action: GatedAction,
  facts: GatingFacts,
  policy: GatingPolicy,
): GatingDecision {
  const requirement = requirementFor(action, facts);
  if (requirement === 'none') return { allowed: true };

  if (subject.kind === 'anonymous') return refuse('log-in');
  if (!subject.emailConfirmed) return refuse('confirm-email');
  if (requirement === 'account') return { allowed: true };

  const verification = subject.verification;
  if (verification === null) return refuse('verify-eid');
  if (verification.expiresAt.getTime() <= policy.now.getTime()) return refuse('verification-expired');
  // The city may have raised the minimum level since this person verified.
  if (verification.assuranceLevel < policy.minimumAssuranceLevel) return refuse('verify-eid');

  const minimumAge = facts.minimumAge ?? policy.minimumAge;
  if (!oldEnough(verification, minimumAge, policy.today)) return refuse('too-young', minimumAge);

  if (facts.allowedDistricts !== undefined) {
    const district = subject.residenceDistrict;
    if (district === null || !facts.allowedDistricts.includes(district)) return refuse('not-resident');
  }

  if (BALLOT_ACTIONS.has(action) && facts.alreadyVoted === true) return refuse('already-voted');

  return { allowed: true };
}
