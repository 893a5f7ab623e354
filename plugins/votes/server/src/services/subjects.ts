/**
 * What the engine asks the owner of a ballot's subject. A plugin that makes something votable
 * registers its subject type once (in its register()), e.g. the proposals plugin for "proposal":
 * it may refuse a vote while its subject is not open (a proposal still in screening), and it hears
 * about every change to the counters inside the vote's own transaction, so whatever it derives
 * from them (a proposal reaching its threshold) commits or rolls back together with the vote.
 */
import type { Knex } from 'knex';
import type { VoteRefusal } from '../../../shared/contracts';
import type { BallotRecord } from '../domain/records';

export type VoteAction = 'cast' | 'withdraw';

export interface CountChange {
  /** The vote's transaction; every statement of the subject must go through it. */
  readonly trx: Knex.Transaction;
  readonly ballot: BallotRecord;
  readonly action: VoteAction;
  /** +1 for a cast, −1 for a withdrawal. */
  readonly delta: 1 | -1;
  readonly choices: readonly string[];
  readonly offline: boolean;
  /** Runs `work` after the commit (notifications, search updates); never when it rolls back. */
  readonly onCommit: (work: () => void) => void;
}

export interface BallotSubject {
  /** Asked before gating, outside the transaction, so a plainly closed subject gets a clear answer. */
  refusal?(ballot: BallotRecord, action: VoteAction): Promise<VoteRefusal | null>;
  /**
   * Inside the transaction, after the counters moved. Throwing (e.g. a refusal because the subject
   * closed meanwhile) rolls the vote back. What it returns is handed back to the caller of
   * `castIn`/`withdrawIn` (e.g. the subject's new count), so it needs no second read.
   */
  afterCount?(change: CountChange): Promise<unknown>;
}

export const createSubjectsService = () => {
  const byType = new Map<string, BallotSubject>();
  return {
    register(subjectType: string, subject: BallotSubject): void {
      if (byType.has(subjectType)) throw new Error(`votes: onderwerp "${subjectType}" is al geregistreerd`);
      byType.set(subjectType, subject);
    },
    get(subjectType: string): BallotSubject | undefined {
      return byType.get(subjectType);
    },
  };
};

export type SubjectsService = ReturnType<typeof createSubjectsService>;
