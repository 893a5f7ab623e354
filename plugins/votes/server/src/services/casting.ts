/**
 * Casting and withdrawing votes: the one path every vote in the platform takes.
 *
 * Checks come first, in the order a person can act on them: the ballot exists, it is open, its
 * subject takes votes, the gating service lets this person vote (log in / verify with e-ID / too
 * young), the choices fit. Then one transaction stores the vote and moves the counters; the unique
 * index on (ballot, voter key) makes a second vote of the same person fail inside it, however many
 * requests race, and that failure rolls back everything the transaction did. A rolled-back vote
 * has counted nowhere.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { voteRefusalMessages, type BallotAudit, type VoteReceipt, type VoteRefusal } from '../../../shared/contracts';
import { TABLES } from '../content-types';
import { checkChoices, effectiveOptions, windowRefusal } from '../domain/ballot-rules';
import { voteRecordSchema, type BallotRecord } from '../domain/records';
import { differences, recount, VOTERS_COUNTER } from '../domain/tally';
import { isUniqueViolation } from '../domain/unique-violation';
import { getService } from './get-service';
import type { VoteAction } from './subjects';
import type { Account, GateDecision } from './voters';

/**
 * Every refusal carries `details.reason`; the ones a person can resolve also carry the gating `step`.
 * 403s are PolicyErrors: Strapi replaces any other ForbiddenError thrown behind a content-API route
 * with a bare "Forbidden", and the portal needs the message and the step.
 */
export function refuse(reason: VoteRefusal): never {
  const message = voteRefusalMessages[reason].nl;
  switch (reason) {
    case 'unknown-ballot':
      throw new errors.NotFoundError(message, { reason });
    case 'invalid-choice':
      throw new errors.ValidationError(message, { reason });
    case 'already-voted':
      throw new errors.PolicyError(message, { reason, step: 'already-voted' });
    default:
      throw new errors.ApplicationError(message, { reason });
  }
}

function refuseGate(decision: Extract<GateDecision, { allowed: false }>): never {
  throw new errors.PolicyError(decision.message, {
    step: decision.step,
    ...(decision.minimumAge === undefined ? {} : { minimumAge: decision.minimumAge }),
  });
}

interface StoredVote {
  ballot: BallotRecord;
  voterKey: string;
  choices: string[];
  offline: boolean;
  enteredByAdminId: number | null;
  now: Date;
}

export const createCastingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const ballots = () => getService(strapi, 'ballots');
  const subjects = () => getService(strapi, 'subjects');
  const voters = () => getService(strapi, 'voters');

  async function found(documentId: string): Promise<BallotRecord> {
    const ballot = await ballots().findByDocumentId(documentId);
    if (!ballot) refuse('unknown-ballot');
    return ballot;
  }

  /** Refuses unless the ballot is open and its subject takes this action now. */
  async function assertOpen(ballot: BallotRecord, action: VoteAction, now: Date): Promise<void> {
    const closed = windowRefusal(ballot, now);
    if (closed) refuse(closed);
    const subjectRefusal = await subjects().get(ballot.subjectType)?.refusal?.(ballot, action);
    if (subjectRefusal) refuse(subjectRefusal);
  }

  /** One statement moves every counter the vote touches; a missing counter is a defect, not a refusal. */
  async function moveCounters(
    trx: Knex.Transaction,
    ballot: BallotRecord,
    choices: readonly string[],
    delta: 1 | -1,
  ): Promise<void> {
    const keys = [VOTERS_COUNTER, ...choices];
    const rows = trx(TABLES.tallies).where({ ballot_id: ballot.id }).whereIn('option_key', keys);
    const moved =
      delta === 1 ? await rows.increment('count', 1) : await rows.where('count', '>', 0).decrement('count', 1);
    if (moved !== keys.length)
      throw new Error(`votes: tellers van stemming ${ballot.id} onvolledig (${moved}/${keys.length})`);
  }

  /** Stores the vote and moves the counters in one transaction; returns what the subject's hook returned. */
  async function store(vote: StoredVote): Promise<unknown> {
    const subject = subjects().get(vote.ballot.subjectType);
    return strapi.db.transaction(async ({ trx, onCommit }) => {
      try {
        await trx(TABLES.votes).insert({
          ballot_id: vote.ballot.id,
          voter_key: vote.voterKey,
          choices: JSON.stringify(vote.choices),
          offline: vote.offline,
          entered_by_admin_id: vote.enteredByAdminId,
          cast_at: vote.now,
          created_at: vote.now,
          updated_at: vote.now,
        });
      } catch (error) {
        if (isUniqueViolation(error)) refuse('already-voted');
        throw error;
      }
      await moveCounters(trx, vote.ballot, vote.choices, 1);
      return subject?.afterCount?.({
        trx,
        ballot: vote.ballot,
        action: 'cast',
        delta: 1,
        choices: vote.choices,
        offline: vote.offline,
        onCommit,
      });
    });
  }

  async function receipt(
    ballot: BallotRecord,
    voted: boolean,
    choices: string[] | null,
    now: Date,
  ): Promise<VoteReceipt> {
    const counts = await ballots().counts(ballot.id);
    return { ballot: ballot.documentId, voted, choices, results: ballots().publicView(ballot, counts, now).results };
  }

  async function storedChoices(ballot: BallotRecord, voterKey: string): Promise<string[] | null> {
    const row = await strapi.db.query('plugin::votes.vote' as never).findOne({
      where: { ballotId: ballot.id, voterKey },
      select: ['id', 'ballotId', 'choices', 'offline', 'castAt'],
    });
    return row ? voteRecordSchema.parse(row).choices : null;
  }

  /**
   * A vote in a ballot the caller already loaded (the owner of a subject usually has). Returns the
   * normalised choices and whatever the subject's `afterCount` returned inside the transaction
   * (e.g. the proposal's new support count), so the caller needs no second read.
   */
  async function castIn(
    ballot: BallotRecord,
    account: Account | null,
    requested: readonly string[],
    now: Date = new Date(),
  ): Promise<{ choices: string[]; subject: unknown }> {
    await assertOpen(ballot, 'cast', now);
    const admission = await voters().admit(account, ballot.kind, ballot.eligibility, ballot.key);
    if (admission.voterKey === null) refuseGate(admission.decision);
    const { voterKey } = admission;
    const choices = checkChoices(ballot, requested);
    if (!choices.ok) refuse(choices.reason);
    const subject = await store({
      ballot,
      voterKey,
      choices: choices.choices,
      offline: false,
      enteredByAdminId: null,
      now,
    });
    return { choices: choices.choices, subject };
  }

  /** Takes a vote back while the ballot is open and its subject allows it. */
  async function withdrawIn(
    ballot: BallotRecord,
    account: Account | null,
    now: Date = new Date(),
  ): Promise<{ subject: unknown }> {
    await assertOpen(ballot, 'withdraw', now);
    if (!account || account.blocked === true) {
      const decision = await voters().decide(null, ballot.kind, ballot.eligibility);
      if (!decision.allowed) refuseGate(decision);
    }
    const voterKey = account ? await voters().voterKey(account, ballot.key) : null;
    if (voterKey === null) refuse('not-voted');
    const subject = subjects().get(ballot.subjectType);
    const result = await strapi.db.transaction(async ({ trx, onCommit }) => {
      const row = await trx(TABLES.votes).where({ ballot_id: ballot.id, voter_key: voterKey }).first('id', 'choices');
      if (!row) refuse('not-voted');
      // Two withdrawals racing: the second deletes nothing and is told there is nothing to withdraw.
      const deleted = await trx(TABLES.votes).where({ id: row.id }).del();
      if (deleted !== 1) refuse('not-voted');
      const choices = voteRecordSchema.shape.choices.parse(row.choices);
      await moveCounters(trx, ballot, choices, -1);
      return subject?.afterCount?.({ trx, ballot, action: 'withdraw', delta: -1, choices, offline: false, onCommit });
    });
    return { subject: result };
  }

  return {
    castIn,
    withdrawIn,

    async cast(
      account: Account | null,
      ballotDocumentId: string,
      requested: readonly string[],
      now: Date = new Date(),
    ): Promise<VoteReceipt> {
      const ballot = await found(ballotDocumentId);
      const { choices } = await castIn(ballot, account, requested, now);
      return receipt(ballot, true, choices, now);
    },

    async withdraw(account: Account | null, ballotDocumentId: string, now: Date = new Date()): Promise<VoteReceipt> {
      const ballot = await found(ballotDocumentId);
      await withdrawIn(ballot, account, now);
      return receipt(ballot, false, null, now);
    },

    /**
     * A vote entered by staff from a paper ballot. The voter key is the person's own (derived from
     * the national number on their eID), so a paper vote and an online vote of one person collide
     * on the same unique index: one person counts once across both channels.
     */
    async castOffline(
      params: { ballotDocumentId: string; voterKey: string; requested: readonly string[]; enteredByAdminId: number },
      now: Date = new Date(),
    ): Promise<VoteReceipt> {
      const ballot = await found(params.ballotDocumentId);
      await assertOpen(ballot, 'cast', now);
      const choices = checkChoices(ballot, params.requested);
      if (!choices.ok) refuse(choices.reason);
      await store({
        ballot,
        voterKey: params.voterKey,
        choices: choices.choices,
        offline: true,
        enteredByAdminId: params.enteredByAdminId,
        now,
      });
      return receipt(ballot, true, choices.choices, now);
    },

    /**
     * A vote with a voter key the caller already holds, for trusted server code only (there is no
     * route to it): the demo seed's synthetic residents, whose keys are random and so can never be a
     * real person's. The same checks and transaction as every vote — window, subject, choices, the
     * unique (ballot, voter key) index, the counters and the subject's hook — so tallies stay equal
     * to a recount. Stored as an online vote (`offline: false`).
     */
    async castWithKey(
      params: { ballotDocumentId: string; voterKey: string; requested: readonly string[] },
      now: Date = new Date(),
    ): Promise<VoteReceipt> {
      if (!/^[0-9a-f]{64}$/.test(params.voterKey)) throw new Error('votes: een stemsleutel is 64 hexadecimale tekens');
      const ballot = await found(params.ballotDocumentId);
      await assertOpen(ballot, 'cast', now);
      const choices = checkChoices(ballot, params.requested);
      if (!choices.ok) refuse(choices.reason);
      await store({
        ballot,
        voterKey: params.voterKey,
        choices: choices.choices,
        offline: false,
        enteredByAdminId: null,
        now,
      });
      return receipt(ballot, true, choices.choices, now);
    },

    /** What this person sees about their part: voted or not, and what they may do now. */
    async viewer(account: Account | null, ballot: BallotRecord, now: Date = new Date()) {
      const voterKey = account ? await voters().voterKey(account, ballot.key) : null;
      const choices = voterKey ? await storedChoices(ballot, voterKey) : null;
      let mayVote: GateDecision;
      const closed =
        windowRefusal(ballot, now) ?? (await subjects().get(ballot.subjectType)?.refusal?.(ballot, 'cast')) ?? null;
      if (choices)
        mayVote = { allowed: false, step: 'already-voted', message: voteRefusalMessages['already-voted'].nl };
      else if (closed) mayVote = { allowed: false, step: closed, message: voteRefusalMessages[closed].nl };
      else mayVote = await voters().decide(account, ballot.kind, ballot.eligibility);
      return { voted: choices !== null, choices, mayVote };
    },

    /** Recounts the stored votes and compares them with the counters the public figures come from. */
    async audit(ballot: BallotRecord): Promise<BallotAudit> {
      const rows = await strapi.db.query('plugin::votes.vote' as never).findMany({
        where: { ballotId: ballot.id },
        select: ['id', 'ballotId', 'choices', 'offline', 'castAt'],
      });
      const votes = (rows as unknown[]).map((row) => voteRecordSchema.parse(row));
      const counters = await ballots().counts(ballot.id);
      const recounted = recount(
        effectiveOptions(ballot.kind, ballot.options).map((option) => option.key),
        votes.map((vote) => vote.choices),
      );
      return {
        ballot: ballot.documentId,
        counters,
        recount: recounted,
        equal: differences(counters, recounted).length === 0,
        votes: votes.length,
        offlineVotes: votes.filter((vote) => vote.offline).length,
      };
    },
  };
};

export type CastingService = ReturnType<typeof createCastingService>;
