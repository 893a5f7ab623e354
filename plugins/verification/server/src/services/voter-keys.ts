/**
 * Voter keys: one per verified person and ballot, derived from the verification key with the
 * server secret. The ledger of used keys has no link to accounts and survives their deletion.
 * Contract for the plugins that count votes and supports: README.md → "Voter keys".
 */
import type { Core } from '@strapi/strapi';
import { VOTER_KEY_UID } from '../content-types';
import { voterKeyFor } from '../domain/verification-key';
import { getService } from './get-service';

export type ClaimResult =
  { claimed: true; voterKey: string } | { claimed: false; reason: 'not-verified' | 'already-voted' };

export const createVoterKeysService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The person's key for this ballot, or null when the account is not verified. */
  async voterKeyFor(userId: number, ballot: string): Promise<string | null> {
    const facts = await getService(strapi, 'verification').factsFor(userId);
    if (!facts) return null;
    return voterKeyFor(getService(strapi, 'settings').get().hmacSecret, facts.verificationKey, ballot);
  },

  async isUsed(voterKey: string): Promise<boolean> {
    return (await strapi.db.query(VOTER_KEY_UID).count({ where: { voterKey } })) > 0;
  },

  async hasVoted(userId: number, ballot: string): Promise<boolean> {
    const voterKey = await this.voterKeyFor(userId, ballot);
    return voterKey !== null && (await this.isUsed(voterKey));
  },

  /**
   * Marks the person's key as used in this ballot. Call it inside the transaction that records the
   * vote (strapi.db.transaction): the unique index on voter_key makes a concurrent second claim fail,
   * which rolls that vote back. Gating (service 'gating') decides beforehand whether the person may vote.
   */
  async claim(userId: number, ballot: string, now: Date = new Date()): Promise<ClaimResult> {
    const voterKey = await this.voterKeyFor(userId, ballot);
    if (voterKey === null) return { claimed: false, reason: 'not-verified' };
    if (await this.isUsed(voterKey)) return { claimed: false, reason: 'already-voted' };
    await strapi.db.query(VOTER_KEY_UID).create({ data: { ballot, voterKey, castAt: now } });
    return { claimed: true, voterKey };
  },

  /** For withdrawable supports: frees the key again (the person may support again later). */
  async release(userId: number, ballot: string): Promise<boolean> {
    const voterKey = await this.voterKeyFor(userId, ballot);
    if (voterKey === null) return false;
    const { count } = await strapi.db.query(VOTER_KEY_UID).deleteMany({ where: { voterKey } });
    return count > 0;
  },
});

export type VoterKeysService = ReturnType<typeof createVoterKeysService>;
