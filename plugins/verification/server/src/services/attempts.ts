/**
 * Verifications in progress, kept in the database (not in memory) so that any Strapi instance
 * behind a load balancer can finish what another started. Used once, bound to one account,
 * expiring after a few minutes.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ATTEMPT_UID } from '../content-types';
import type { AuthorizationRequest } from './relying-party';
import { getService } from './get-service';

export type ConsumedAttempt =
  { found: true; request: AuthorizationRequest } | { found: false; reason: 'attempt-unknown' | 'attempt-expired' };

interface AttemptRow {
  id: number;
  nonce: string;
  codeVerifier: string;
  expiresAt: string | Date;
}

const hashState = (state: string) => crypto.createHash('sha256').update(state, 'utf8').digest('hex');

export const createAttemptsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Starts a new attempt; the account's earlier attempts and everyone's expired ones are dropped. */
  async create(userId: number, request: AuthorizationRequest, now: Date = new Date()): Promise<Date> {
    const ttl = getService(strapi, 'settings').get().attemptTtlSeconds;
    const expiresAt = new Date(now.getTime() + ttl * 1000);
    await strapi.db.transaction(async () => {
      await strapi.db.query(ATTEMPT_UID).deleteMany({
        where: { $or: [{ user: { id: userId } }, { expiresAt: { $lt: now } }] },
      });
      await strapi.db.query(ATTEMPT_UID).create({
        data: {
          user: userId,
          stateHash: hashState(request.state),
          nonce: request.nonce,
          codeVerifier: request.codeVerifier,
          expiresAt,
        },
      });
    });
    return expiresAt;
  },

  /**
   * Takes the attempt out of the database before anything else happens: only the request that
   * deletes the row may go on, so a replayed or concurrent callback with the same state is refused.
   */
  async consume(userId: number, state: string, now: Date = new Date()): Promise<ConsumedAttempt> {
    const row = (await strapi.db.query(ATTEMPT_UID).findOne({
      where: { stateHash: hashState(state), user: { id: userId } },
      select: ['id', 'nonce', 'codeVerifier', 'expiresAt'],
    })) as AttemptRow | null;
    if (!row) return { found: false, reason: 'attempt-unknown' };
    const { count } = await strapi.db.query(ATTEMPT_UID).deleteMany({ where: { id: row.id } });
    if (count !== 1) return { found: false, reason: 'attempt-unknown' };
    if (new Date(row.expiresAt).getTime() <= now.getTime()) return { found: false, reason: 'attempt-expired' };
    return { found: true, request: { state, nonce: row.nonce, codeVerifier: row.codeVerifier } };
  },

  async forgetUsers(userIds: number[]): Promise<void> {
    if (userIds.length === 0) return;
    await strapi.db.query(ATTEMPT_UID).deleteMany({ where: { user: { id: { $in: userIds } } } });
  },
});

export type AttemptsService = ReturnType<typeof createAttemptsService>;
