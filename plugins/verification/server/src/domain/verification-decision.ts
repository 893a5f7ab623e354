/**
 * What a successful login at the identity provider means for an account: every check on the
 * provider's claims, then whether this person may be bound to this account. Nothing here writes;
 * the service writes once, after all checks passed, so a refusal never leaves a half-verified account.
 */
import type { AssuranceMethod, VerificationFailure } from '../../../shared/contracts';
import { ageRange, meetsMinimumAge, type CalendarDate } from './age';
import { assuranceFromClaims, methodForLevel } from './assurance';
import { parseNationalNumber } from './national-number';

export interface VerificationPolicy {
  readonly minimumAssuranceLevel: number;
  readonly minimumAge: number;
  readonly validityMonths: number;
  readonly keepNames: boolean;
}

/** The claims we read, from the ID token (acr, amr) and userinfo (the rest). */
export interface ProviderClaims {
  readonly acr?: unknown;
  readonly amr?: unknown;
  readonly egovNRN?: unknown;
  readonly givenName?: unknown;
  readonly surname?: unknown;
}

export interface VerifiedIdentity {
  /** Eleven digits; only to compute the verification key, then dropped. */
  readonly nationalNumber: string;
  readonly birthYear: number;
  readonly assuranceLevel: number;
  readonly method: AssuranceMethod;
  readonly minimumAgeConfirmed: number;
  readonly verifiedAt: Date;
  readonly expiresAt: Date;
  readonly givenName: string | null;
  readonly surname: string | null;
}

export type IdentityEvaluation =
  | { readonly ok: true; readonly identity: VerifiedIdentity }
  | { readonly ok: false; readonly reason: VerificationFailure };

function addMonths(instant: Date, months: number): Date {
  const result = new Date(instant);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

function optionalName(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim().slice(0, 120) : null;
}

/** Order matters only for the message: the first unmet condition is the one to fix first. */
export function evaluateIdentity(
  claims: ProviderClaims,
  policy: VerificationPolicy,
  now: Date,
  today: CalendarDate,
): IdentityEvaluation {
  const level = assuranceFromClaims(claims);
  if (level === null || level < policy.minimumAssuranceLevel) return { ok: false, reason: 'level-too-low' };

  if (typeof claims.egovNRN !== 'string' || claims.egovNRN.trim() === '') {
    return { ok: false, reason: 'no-national-number' };
  }
  const parsed = parseNationalNumber(claims.egovNRN, today);
  if (!parsed.valid) return { ok: false, reason: 'invalid-national-number' };

  const age = meetsMinimumAge(ageRange(parsed.number.birthDate, today), policy.minimumAge);
  if (age === 'too-young') return { ok: false, reason: 'too-young' };
  if (age === 'unknown') return { ok: false, reason: 'birth-date-unknown' };

  return {
    ok: true,
    identity: {
      nationalNumber: parsed.number.digits,
      birthYear: parsed.number.birthDate.year,
      assuranceLevel: level,
      method: methodForLevel(level),
      minimumAgeConfirmed: policy.minimumAge,
      verifiedAt: now,
      expiresAt: addMonths(now, policy.validityMonths),
      givenName: policy.keepNames ? optionalName(claims.givenName) : null,
      surname: policy.keepNames ? optionalName(claims.surname) : null,
    },
  };
}

export interface ExistingVerifications {
  /** The account that already holds this person's verification key, if any. */
  readonly holderOfKey: { readonly userId: number } | null;
  /** This account's current verification, if any. */
  readonly ofAccount: { readonly verificationKey: string } | null;
}

export type AccountBinding =
  | { readonly action: 'create' }
  | { readonly action: 'renew' }
  | { readonly action: 'refuse'; readonly reason: VerificationFailure };

/** One person, one verified account; one account, one person. Renewing one's own is fine. */
export function bindToAccount(
  userId: number,
  verificationKey: string,
  existing: ExistingVerifications,
): AccountBinding {
  if (existing.holderOfKey && existing.holderOfKey.userId !== userId) {
    return { action: 'refuse', reason: 'already-verified-elsewhere' };
  }
  if (existing.ofAccount && existing.ofAccount.verificationKey !== verificationKey) {
    return { action: 'refuse', reason: 'account-verified-as-other-person' };
  }
  return existing.ofAccount ? { action: 'renew' } : { action: 'create' };
}
