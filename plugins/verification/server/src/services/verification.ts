/**
 * The verification use case: start (authorization URL), complete (callback), status, forget.
 *
 * complete() checks everything before it writes: the attempt (once, this account, not expired),
 * the provider's answer (relying-party.ts), the claims (domain/verification-decision.ts) and the
 * binding of person to account. Only then does it write the verification record, in one
 * transaction. Any refusal leaves the account exactly as it was.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  formatMessage,
  verificationFailureMessages,
  type VerificationFailure,
  type VerificationStatus,
} from '../../../shared/contracts';
import { VERIFICATION_UID } from '../content-types';
import { calendarDateIn } from '../domain/age';
import { bindToAccount, evaluateIdentity } from '../domain/verification-decision';
import { verificationKeyFor } from '../domain/verification-key';
import type { VerifiedFacts } from '../domain/gating';
import { getService } from './get-service';
import { RelyingPartyError, type CallbackParameters } from './relying-party';

export const BELGIAN_TIME_ZONE = 'Europe/Brussels';

interface VerificationRow {
  id: number;
  verificationKey: string;
  birthYear: number;
  minimumAgeConfirmed: number;
  assuranceLevel: number;
  method: VerificationStatus['method'];
  verifiedAt: string | Date;
  expiresAt: string | Date;
  givenName: string | null;
  surname: string | null;
  user?: { id: number } | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ''} ${(error as Error)?.message ?? ''}`;
  return /23505|SQLITE_CONSTRAINT|unique/i.test(text);
}

export const createVerificationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings').get();

  function refuse(reason: VerificationFailure): never {
    const { minimumAge } = settings();
    const message = formatMessage(verificationFailureMessages[reason].nl, { minimumAge });
    const details = reason === 'too-young' || reason === 'birth-date-unknown' ? { reason, minimumAge } : { reason };
    // Problems with the request itself are 400; refusals of this person are 403.
    if (['attempt-unknown', 'attempt-expired', 'response-invalid', 'cancelled', 'provider-error'].includes(reason)) {
      throw new errors.ValidationError(message, details);
    }
    if (reason === 'provider-unavailable' || reason === 'not-configured')
      throw new errors.ApplicationError(message, details);
    // PolicyError, not ForbiddenError: Strapi's content API replaces a ForbiddenError thrown by a
    // controller with a bare "Forbidden", losing the message and details the portal needs.
    throw new errors.PolicyError(message, details);
  }

  async function recordOf(userId: number): Promise<VerificationRow | null> {
    return (await strapi.db
      .query(VERIFICATION_UID)
      .findOne({ where: { user: { id: userId } } })) as VerificationRow | null;
  }

  return {
    async start(userId: number): Promise<{ authorizationUrl: string; expiresAt: string }> {
      if (!settings().enabled) refuse('not-configured');
      const relyingParty = getService(strapi, 'relying-party');
      const request = relyingParty.newRequest();
      let url: URL;
      try {
        url = await relyingParty.authorizationUrl(request);
      } catch (error) {
        if (error instanceof RelyingPartyError) refuse(error.reason);
        throw error;
      }
      const expiresAt = await getService(strapi, 'attempts').create(userId, request);
      return { authorizationUrl: url.href, expiresAt: expiresAt.toISOString() };
    },

    async complete(userId: number, parameters: CallbackParameters): Promise<VerificationStatus> {
      if (!settings().enabled) refuse('not-configured');
      const attempt = await getService(strapi, 'attempts').consume(userId, parameters.state);
      if (!attempt.found) refuse(attempt.reason);

      let claims;
      try {
        claims = await getService(strapi, 'relying-party').claimsFromCallback(parameters, attempt.request);
      } catch (error) {
        if (error instanceof RelyingPartyError) refuse(error.reason);
        throw error;
      }

      const now = new Date();
      const policy = settings();
      const evaluation = evaluateIdentity(claims, policy, now, calendarDateIn(BELGIAN_TIME_ZONE, now));
      if (!evaluation.ok) refuse(evaluation.reason);
      const { identity } = evaluation;
      const verificationKey = verificationKeyFor(policy.hmacSecret, identity.nationalNumber);

      const data = {
        verificationKey,
        birthYear: identity.birthYear,
        minimumAgeConfirmed: identity.minimumAgeConfirmed,
        assuranceLevel: identity.assuranceLevel,
        method: identity.method,
        issuer: policy.oidc.issuer,
        verifiedAt: identity.verifiedAt,
        expiresAt: identity.expiresAt,
        givenName: identity.givenName,
        surname: identity.surname,
      };

      try {
        await strapi.db.transaction(async () => {
          const holder = (await strapi.db.query(VERIFICATION_UID).findOne({
            where: { verificationKey },
            populate: { user: { select: ['id'] } },
          })) as VerificationRow | null;
          const own = await recordOf(userId);
          const binding = bindToAccount(userId, verificationKey, {
            // A record whose account is gone is an orphan (see bootstrap: deletion clean-up); it binds no one.
            holderOfKey: holder?.user ? { userId: holder.user.id } : null,
            ofAccount: own ? { verificationKey: own.verificationKey } : null,
          });
          if (binding.action === 'refuse') refuse(binding.reason);
          if (holder && !holder.user) await strapi.db.query(VERIFICATION_UID).delete({ where: { id: holder.id } });
          if (binding.action === 'renew' && own) {
            await strapi.db.query(VERIFICATION_UID).update({ where: { id: own.id }, data });
          } else {
            await strapi.db.query(VERIFICATION_UID).create({ data: { ...data, user: userId } });
          }
        });
      } catch (error) {
        if (error instanceof errors.ApplicationError) throw error;
        // Two accounts of one person finishing at the same instant: the unique key lets one win.
        if (isUniqueViolation(error)) refuse('already-verified-elsewhere');
        throw error;
      }
      return this.status(userId, now);
    },

    async status(userId: number, now: Date = new Date()): Promise<VerificationStatus> {
      const record = await recordOf(userId);
      if (!record) {
        return {
          verified: false,
          expired: false,
          assuranceLevel: null,
          method: null,
          verifiedAt: null,
          expiresAt: null,
          birthYear: null,
          givenName: null,
          surname: null,
        };
      }
      const expired = new Date(record.expiresAt).getTime() <= now.getTime();
      return {
        verified: !expired,
        expired,
        assuranceLevel: record.assuranceLevel,
        method: record.method,
        verifiedAt: iso(record.verifiedAt),
        expiresAt: iso(record.expiresAt),
        birthYear: record.birthYear,
        givenName: record.givenName ?? null,
        surname: record.surname ?? null,
      };
    },

    /** What gating needs to know, or null when the account has no verification. */
    async factsFor(userId: number): Promise<(VerifiedFacts & { verificationKey: string }) | null> {
      // Without the secret no voter key can be derived, so nobody counts as verified.
      if (!settings().enabled) return null;
      const record = await recordOf(userId);
      if (!record) return null;
      return {
        verificationKey: record.verificationKey,
        assuranceLevel: record.assuranceLevel,
        birthYear: record.birthYear,
        minimumAgeConfirmed: record.minimumAgeConfirmed,
        expiresAt: new Date(record.expiresAt),
      };
    },

    /**
     * Account deletion: the verification record goes (it is personal data). Voter keys already
     * used stay in the voter-key ledger, which has no link to the account.
     */
    async forgetUsers(userIds: number[]): Promise<void> {
      if (userIds.length === 0) return;
      await strapi.db.query(VERIFICATION_UID).deleteMany({ where: { user: { id: { $in: userIds } } } });
      await getService(strapi, 'attempts').forgetUsers(userIds);
    },
  };
};

export type VerificationService = ReturnType<typeof createVerificationService>;
