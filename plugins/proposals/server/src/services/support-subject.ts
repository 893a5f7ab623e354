/**
 * Proposals as a subject of the votes engine. The engine stores the support and moves its own
 * counters; in the same transaction it calls `afterCount`, which
 *
 * 1. moves the proposal's support count, but only while the proposal takes supports (or, for a
 *    withdrawal, while it is still below its threshold) — otherwise the whole support rolls back,
 *    so a proposal that expired or was answered a moment ago cannot gain or lose one;
 * 2. reads the count it just wrote and, when that reaches the threshold, moves the proposal to
 *    "threshold reached" and queues its agenda item. On PostgreSQL the count update holds the
 *    proposal's row lock until commit, so concurrent supports see distinct counts one after the
 *    other; on SQLite writers are serialised anyway. The move is a compare-and-set on the stage,
 *    so it happens exactly once.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SUPPORTABLE_STAGES, WITHDRAWABLE_STAGES, type Stage } from '../../../shared/contracts';
import { TABLES } from '../content-types';
import type { BallotSubject } from './engine';
import { getService } from './get-service';

/** The votes engine's refusal reasons and texts for these two cases (see plugins/votes/shared/contracts.ts). */
const NOT_OPEN = { reason: 'subject-not-open', message: 'Dit voorstel is nu niet open voor steun.' } as const;
const NO_WITHDRAWAL = {
  reason: 'withdrawal-not-allowed',
  message: 'Je steun kan niet meer ingetrokken worden: het voorstel heeft de drempel al bereikt of is afgesloten.',
} as const;

export function createSupportSubject(strapi: Core.Strapi): BallotSubject {
  async function stageOf(documentId: string): Promise<Stage | null> {
    const row = (await strapi.db
      .query('plugin::proposals.proposal' as never)
      .findOne({ where: { documentId }, select: ['stage'] })) as {
      stage: Stage;
    } | null;
    return row?.stage ?? null;
  }

  return {
    async refusal(ballot, action) {
      const stage = await stageOf(ballot.subjectId);
      if (action === 'cast')
        return stage !== null && (SUPPORTABLE_STAGES as readonly Stage[]).includes(stage) ? null : NOT_OPEN.reason;
      return stage !== null && (WITHDRAWABLE_STAGES as readonly Stage[]).includes(stage) ? null : NO_WITHDRAWAL.reason;
    },

    async afterCount({ trx, ballot, action, delta, onCommit }) {
      const allowed = action === 'cast' ? SUPPORTABLE_STAGES : WITHDRAWABLE_STAGES;
      const moved = await trx(TABLES.proposals)
        .where({ document_id: ballot.subjectId })
        .whereIn('stage', [...allowed])
        .increment('support_count', delta);
      if (moved !== 1) {
        const refusal = action === 'cast' ? NOT_OPEN : NO_WITHDRAWAL;
        throw new errors.ApplicationError(refusal.message, { reason: refusal.reason });
      }
      if (delta !== 1) return;
      const row = (await trx(TABLES.proposals)
        .where({ document_id: ballot.subjectId })
        .first('stage', 'support_count', 'support_threshold')) as {
        stage: Stage;
        support_count: number | string;
        support_threshold: number | string | null;
      };
      const threshold = row.support_threshold === null ? null : Number(row.support_threshold);
      if (row.stage === 'open-for-support' && threshold !== null && Number(row.support_count) >= threshold) {
        await getService(strapi, 'lifecycle').reachThreshold(trx, ballot.subjectId, new Date(), onCommit);
      }
    },
  };
}
