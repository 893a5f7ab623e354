/**
 * Voter keys: one per verified person and ballot, derived from the verification key with the
 * server secret. The ledger of used keys has no link to accounts and survives their deletion.
 * Contract for the plugins that count votes and supports: README.md → "Voter keys".
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { formatMessage, verificationFailureMessages } from '../../../shared/contracts';
import { VOTER_KEY_UID } from '../content-types';
import { calendarDateIn } from '../domain/age';
import { parseNationalNumber } from '../domain/national-number';
import { verificationKeyFor, voterKeyFor } from '../domain/verification-key';
import { getService } from './get-service';
import { BELGIAN_TIME_ZONE } from './verification';

export type ClaimResult =
  { claimed: true; voterKey: string } | { claimed: false; reason: 'not-verified' | 'already-voted' };

export const createVoterKeysService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The person's key for this ballot, or null when the account is not verified. */
  async voterKeyFor(userId: number, ballot: string): Promise<string | null> {
    const facts = await getService(strapi, 'verification').factsFor(userId);
    if (!facts) return null;
    return voterKeyFor(getService(strapi, 'settings').get().hmacSecret, facts.verificationKey, ballot);
  },

  /**
   * The key a person has in this ballot, from their national number: for paper votes that staff
   * enter after reading the eID at the counter, so paper and online share one vote per person.
   * Null when the number is not a valid national register or BIS number. The number is not kept.
   */
  voterKeyForNationalNumber(nationalNumber: string, ballot: string): string | null {
    const settings = getService(strapi, 'settings').get();
    if (!settings.enabled) {
      throw new errors.ApplicationError(formatMessage(verificationFailureMessages['not-configured'].nl, {}), {
        reason: 'not-configured',
      });
    }
    const parsed = parseNationalNumber(nationalNumber, calendarDateIn(BELGIAN_TIME_ZONE, new Date()));
    if (!parsed.valid) return null;
    return voterKeyFor(settings.hmacSecret, verificationKeyFor(settings.hmacSecret, parsed.number.digits), ballot);
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
