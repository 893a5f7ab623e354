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
import { getService } from './get-service';
import { BELGIAN_TIME_ZONE } from './verification';

/** What Strapi's users-permissions puts in ctx.state.user (only the fields used here). */
export interface AccountLike {
  id: number;
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

export const createGatingService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async decide(account: AccountLike | null, action: GatedAction, context: GatingContext = {}): Promise<GatingDecision> {
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
    if (account && account.blocked !== true) {
      const needsVerification = requirementFor(action, context) === 'verified';
      const facts = needsVerification ? await getService(strapi, 'verification').factsFor(account.id) : null;
      subject = {
        kind: 'account',
        emailConfirmed: account.confirmed === true,
        verification: facts,
        // No trustworthy source of residence yet (FAS gives none; itsme's address scope could): district
        // rules therefore refuse everyone until one is added. Self-declared districts are not proof.
        residenceDistrict: null,
      };
      if (facts && context.ballot !== undefined) {
        alreadyVoted = await getService(strapi, 'voter-keys').hasVoted(account.id, context.ballot);
      }
    }

    return decide(
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
});

export type GatingService = ReturnType<typeof createGatingService>;
