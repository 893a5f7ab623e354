/**
 * The two plugins this one builds on, reached at run time through Strapi (plugins are compiled on
 * their own, so their types cannot be imported; the shapes below mirror their READMEs):
 *
 * - plugins/votes holds the supports: one "support" ballot per proposal, cast and withdrawn through
 *   its casting service, with this plugin registered as the owner of subject type "proposal".
 * - plugins/verification answers "may this person do this" (gating) with the one step that unlocks it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { z } from 'zod';

export const SUBJECT_TYPE = 'proposal';

/** The name of a proposal's support ballot in the votes engine (and in every voter key of it). */
export const ballotKeyOf = (proposalDocumentId: string) => `proposal:${proposalDocumentId}`;

export interface BallotRef {
  id: number;
  documentId: string;
  key: string;
  subjectType: string;
  subjectId: string;
  opensAt: Date;
  closesAt: Date | null;
}

export interface CountChange {
  trx: Knex.Transaction;
  ballot: BallotRef;
  action: 'cast' | 'withdraw';
  delta: 1 | -1;
  onCommit: (work: () => void) => void;
}

export interface BallotSubject {
  refusal?(ballot: BallotRef, action: 'cast' | 'withdraw'): Promise<string | null>;
  afterCount?(change: CountChange): Promise<unknown>;
}

const gateDecisionSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  z.object({
    allowed: z.literal(false),
    step: z.string(),
    message: z.string(),
    minimumAge: z.number().int().optional(),
  }),
]);
export type GateDecision = z.infer<typeof gateDecisionSchema>;

const viewerSchema = z.object({
  voted: z.boolean(),
  choices: z.array(z.string()).nullable(),
  mayVote: gateDecisionSchema,
});
export type BallotViewer = z.infer<typeof viewerSchema>;

export interface Account {
  id: number;
  documentId?: string;
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

interface VotesBallots {
  create(spec: Record<string, unknown>): Promise<BallotRef>;
  findByDocumentId(documentId: string): Promise<BallotRef | null>;
  findByKey(key: string): Promise<BallotRef | null>;
  close(ballot: BallotRef, at: Date): Promise<void>;
}
interface VotesCasting {
  castIn(ballot: BallotRef, account: Account | null, choices: readonly string[]): Promise<{ subject: unknown }>;
  withdrawIn(ballot: BallotRef, account: Account | null): Promise<{ subject: unknown }>;
  viewer(account: Account | null, ballot: BallotRef): Promise<unknown>;
}
interface VotesSubjects {
  register(subjectType: string, subject: BallotSubject): void;
}
interface Gating {
  decide(account: Account | null, action: string, context?: Record<string, unknown>): Promise<unknown>;
}

export function createEngine(strapi: Core.Strapi) {
  function service<T>(plugin: 'votes' | 'verification', name: string): T {
    const found = strapi.plugin(plugin);
    if (!found) throw new Error(`proposals: de plugin ${plugin} is niet geladen.`);
    return found.service(name) as T;
  }

  return {
    ballots: () => service<VotesBallots>('votes', 'ballots'),
    casting: () => service<VotesCasting>('votes', 'casting'),
    subjects: () => service<VotesSubjects>('votes', 'subjects'),

    async viewer(account: Account | null, ballot: BallotRef): Promise<BallotViewer> {
      return viewerSchema.parse(await service<VotesCasting>('votes', 'casting').viewer(account, ballot));
    },

    async decide(account: Account | null, action: 'propose' | 'follow'): Promise<GateDecision> {
      return gateDecisionSchema.parse(await service<Gating>('verification', 'gating').decide(account, action, {}));
    },

    /** Refuses with the one step that unlocks the action (Strapi's envelope, details.step). */
    async assertAllowed(account: Account | null, action: 'propose' | 'follow'): Promise<void> {
      const decision = await this.decide(account, action);
      if (!decision.allowed) {
        throw new errors.PolicyError(decision.message, {
          step: decision.step,
          ...(decision.minimumAge === undefined ? {} : { minimumAge: decision.minimumAge }),
        });
      }
    },
  };
}
export type Engine = ReturnType<typeof createEngine>;
