/**
 * Gating glue: gathers the facts about a person (account, e-mail confirmed, verification, voter
 * key in the ballot) and asks the pure rules in domain/gating.ts. Other plugins call
 * `decide` before an action, or `assertAllowed` to refuse with Strapi's error envelope.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { GatedAction, GatingContext, GatingDecision } from '../../../shared/contracts';
import { calendarDateIn } from '../domain/age';
import { decide, requirementFor, type GatingSubject } from '../domain/gating';
import { voterKeyFor } from '../domain/verification-key';
import { getService } from './get-service';
import { BELGIAN_TIME_ZONE } from './verification';

/** What Strapi's users-permissions puts in ctx.state.user (only the fields used here). */
export interface AccountLike {
  id: number;
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

/** A gating decision together with the person's voter key in one ballot (one read of the verification). */
export interface Admission {
  decision: GatingDecision;
  /** The voter key in the ballot when the decision allows; null otherwise. */
  voterKey: string | null;
}

export const createGatingService = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Decides with the facts read once; returns them too, so `admit` can derive the voter key without
   * reading the verification record again.
   */
  async function decideWithFacts(
    account: AccountLike | null,
    action: GatedAction,
    context: GatingContext,
  ): Promise<{ decision: GatingDecision; verificationKey: string | null }> {
    const settings = getService(strapi, 'settings').get();
    const now = new Date();
    const policy = {
      minimumAssuranceLevel: settings.minimumAssuranceLevel,
      minimumAge: settings.minimumAge,
      now,
      today: calendarDateIn(BELGIAN_TIME_ZONE, now),
    };

    let subject: GatingSubject = { kind: 'anonymous' };
    let alreadyVoted = false;
    let verificationKey: string | null = null;
    if (account && account.blocked !== true) {
      const needsVerification = requirementFor(action, context) === 'verified';
      const facts = needsVerification ? await getService(strapi, 'verification').factsFor(account.id) : null;
      verificationKey = facts?.verificationKey ?? null;
      subject = {
        kind: 'account',
        emailConfirmed: account.confirmed === true,
        verification: facts,
        // No trustworthy source of residence yet (FAS gives none; itsme's address scope could): district
        // rules therefore refuse everyone until one is added. Self-declared districts are not proof.
        residenceDistrict: null,
      };
      if (facts && context.ballot !== undefined) {
        alreadyVoted = await getService(strapi, 'voter-keys').isUsed(
          voterKeyFor(settings.hmacSecret, facts.verificationKey, context.ballot),
        );
      }
    }

    const decision = decide(
      subject,
      action,
      {
        requires: context.requires,
        minimumAge: context.minimumAge,
        allowedDistricts: context.allowedDistricts,
        alreadyVoted,
      },
      policy,
    );
    return { decision, verificationKey };
  }

  return {
    async decide(
      account: AccountLike | null,
      action: GatedAction,
      context: GatingContext = {},
    ): Promise<GatingDecision> {
      return (await decideWithFacts(account, action, context)).decision;
    },

    /**
     * The gating decision and, when it allows, the person's voter key in `ballot` — what a voting
     * engine needs before storing a vote, from one read of the verification record (the hot path of
     * supports and votes). `ballot` names the key only: the voter-key ledger is not consulted, so
     * engines that keep their own (ballot, voter key) uniqueness (plugins/votes) answer "already
     * voted" themselves.
     */
    async admit(
      account: AccountLike | null,
      action: Extract<GatedAction, 'support' | 'vote'>,
      context: Omit<GatingContext, 'ballot'>,
      ballot: string,
    ): Promise<Admission> {
      const { decision, verificationKey } = await decideWithFacts(account, action, context);
      if (!decision.allowed || verificationKey === null) return { decision, voterKey: null };
      return {
        decision,
        voterKey: voterKeyFor(getService(strapi, 'settings').get().hmacSecret, verificationKey, ballot),
      };
    },

    /**
     * Throws a 403 (details: { step }) when the action is not allowed. A PolicyError, because Strapi's
     * content API turns any other ForbiddenError from a controller into a bare "Forbidden".
     */
    async assertAllowed(account: AccountLike | null, action: GatedAction, context: GatingContext = {}): Promise<void> {
      const decision = await this.decide(account, action, context);
      if (!decision.allowed) {
        throw new errors.PolicyError(decision.message, {
          step: decision.step,
          ...(decision.minimumAge === undefined ? {} : { minimumAge: decision.minimumAge }),
        });
      }
    },
  };
};

export type GatingService = ReturnType<typeof createGatingService>;
