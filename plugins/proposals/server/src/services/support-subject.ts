/**
 * Proposals as a subject of the votes engine. The engine stores the support and moves its own
 * counters; in the same transaction it calls `afterCount`, which
 *
 * 1. moves the proposal's support count, but only while the proposal takes supports (or, for a
 *    withdrawal, while it is still below its threshold) — otherwise the whole support rolls back,
 *    so a proposal that expired or was answered a moment ago cannot gain or lose one;
 * 2. reads the count it just wrote (same statement) and, when that reaches the threshold, moves the proposal to
 *    "threshold reached" and queues its agenda item. On PostgreSQL the count update holds the
 *    proposal's row lock until commit, so concurrent supports see distinct counts one after the
 *    other; on SQLite writers are serialised anyway. The move is a compare-and-set on the stage,
 *    so it happens exactly once.
 *
 * It returns the proposal's state after the support, which the support route answers with.
 *
 * No `refusal` hook: a proposal's ballot exists only from opening on and is closed (its window
 * ended) when the support period ends or the council takes the proposal up, so the engine's window
 * check answers every plain case, and `afterCount` guards the rest inside the transaction.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { STAGES, SUPPORTABLE_STAGES, WITHDRAWABLE_STAGES } from '../../../shared/contracts';
import { TABLES } from '../content-types';
import type { BallotSubject } from './engine';
import { getService } from './get-service';

/** The votes engine's refusal reasons for these two cases (plugins/votes/shared/contracts.ts). */
const NOT_OPEN = { reason: 'subject-not-open', message: 'Dit voorstel is nu niet open voor steun.' } as const;
const NO_WITHDRAWAL = {
  reason: 'withdrawal-not-allowed',
  message: 'Je steun kan niet meer ingetrokken worden: het voorstel heeft de drempel al bereikt of is afgesloten.',
} as const;

export const supportStateSchema = z.object({
  stage: z.enum(STAGES),
  supportCount: z.coerce.number().int(),
  supportThreshold: z.coerce.number().int().nullable(),
});
export type SupportState = z.infer<typeof supportStateSchema>;

export function createSupportSubject(strapi: Core.Strapi): BallotSubject {
  return {
    async afterCount({ trx, ballot, action, delta, onCommit }): Promise<SupportState> {
      const allowed = action === 'cast' ? SUPPORTABLE_STAGES : WITHDRAWABLE_STAGES;
      // One statement moves the count and reads it back (RETURNING, on PostgreSQL and SQLite alike).
      const rows = (await trx(TABLES.proposals)
        .where({ document_id: ballot.subjectId })
        .whereIn('stage', [...allowed])
        .increment('support_count', delta)
        .returning(['stage', 'support_count', 'support_threshold'])) as unknown as Array<Record<string, unknown>>;
      const row = rows[0];
      if (rows.length !== 1 || !row) {
        const refusal = action === 'cast' ? NOT_OPEN : NO_WITHDRAWAL;
        throw new errors.ApplicationError(refusal.message, { reason: refusal.reason });
      }
      const state = supportStateSchema.parse({
        stage: row.stage,
        supportCount: row.support_count,
        supportThreshold: row.support_threshold ?? null,
      });
      if (
        delta === 1 &&
        state.stage === 'open-for-support' &&
        state.supportThreshold !== null &&
        state.supportCount >= state.supportThreshold
      ) {
        const reached = await getService(strapi, 'lifecycle').reachThreshold(
          trx,
          ballot.subjectId,
          new Date(),
          onCommit,
        );
        if (reached) return { ...state, stage: reached };
      }
      return state;
    },
  };
}
