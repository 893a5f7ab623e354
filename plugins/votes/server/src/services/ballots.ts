/**
 * Ballots: created by the plugin that owns something votable, read by the engine on every vote.
 * A ballot is created together with one zero counter per option, in the caller's transaction when
 * there is one, so a ballot never exists without its counters.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import {
  BALLOT_KINDS,
  RESULTS_VISIBILITIES,
  ballotOptionSchema,
  eligibilitySchema,
  type PublicBallot,
} from '../../../shared/contracts';
import { BALLOT_UID, TALLY_UID } from '../content-types';
import { ballotState, effectiveOptions, resultsArePublic, shapeProblems } from '../domain/ballot-rules';
import { ballotRecordSchema, tallyRecordSchema, type BallotRecord } from '../domain/records';
import { counterKeys, VOTERS_COUNTER } from '../domain/tally';

export const newBallotSchema = z.object({
  key: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[a-z0-9][a-z0-9:._-]*$/, 'kleine letters, cijfers en : . _ -'),
  subjectType: z.string().min(1).max(40),
  subjectId: z.string().min(1).max(64),
  title: z.string().min(1).max(300),
  kind: z.enum(BALLOT_KINDS),
  options: z.array(ballotOptionSchema).max(50).default([]),
  maxChoices: z.number().int().min(1).default(1),
  opensAt: z.date(),
  closesAt: z.date().nullable(),
  eligibility: eligibilitySchema.default({}),
  resultsVisibility: z.enum(RESULTS_VISIBILITIES).default('live'),
});
export type NewBallot = z.input<typeof newBallotSchema>;

interface UntypedQuery {
  findOne(params: Record<string, unknown>): Promise<unknown>;
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
  createMany(params: Record<string, unknown>): Promise<unknown>;
  update(params: Record<string, unknown>): Promise<unknown>;
}

interface UntypedDocuments {
  create(params: { data: Record<string, unknown> }): Promise<{ documentId: string }>;
}

export const createBallotsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = (uid: string) => strapi.db.query(uid as never) as unknown as UntypedQuery;

  async function findWhere(where: Record<string, unknown>): Promise<BallotRecord | null> {
    const row = await query(BALLOT_UID).findOne({ where });
    return row ? ballotRecordSchema.parse(row) : null;
  }

  return {
    async create(spec: NewBallot): Promise<BallotRecord> {
      const ballot = newBallotSchema.parse(spec);
      const problems = shapeProblems(ballot);
      if (problems.length > 0)
        throw new errors.ValidationError(`Ongeldige stemming: ${problems.join(', ')}`, { problems });
      if (ballot.closesAt !== null && ballot.closesAt.getTime() <= ballot.opensAt.getTime()) {
        throw new errors.ValidationError('Een stemming moet sluiten na ze opent.');
      }
      const options = ballot.kind === 'single' || ballot.kind === 'multiple' ? ballot.options : [];
      return strapi.db.transaction(async () => {
        const created = await (strapi.documents(BALLOT_UID as never) as unknown as UntypedDocuments).create({
          data: { ...ballot, options, maxChoices: ballot.kind === 'multiple' ? ballot.maxChoices : 1 },
        });
        const record = await findWhere({ documentId: created.documentId });
        if (!record) throw new Error('ballot vanished while being created');
        await query(TALLY_UID).createMany({
          data: counterKeys(effectiveOptions(record.kind, record.options).map((option) => option.key)).map(
            (optionKey) => ({
              ballotId: record.id,
              optionKey,
              count: 0,
            }),
          ),
        });
        return record;
      });
    },

    findByDocumentId: (documentId: string) => findWhere({ documentId }),
    findByKey: (key: string) => findWhere({ key }),
    findById: (id: number) => findWhere({ id }),

    /** The counters: one per option and the voters (VOTERS_COUNTER). */
    async counts(ballotId: number): Promise<Record<string, number>> {
      const rows = await query(TALLY_UID).findMany({ where: { ballotId }, select: ['optionKey', 'count'] });
      return Object.fromEntries(
        rows.map((row) => tallyRecordSchema.parse(row)).map((row) => [row.optionKey, row.count]),
      );
    },

    /** Ends the window at `at` unless it already ends earlier. */
    async close(ballot: BallotRecord, at: Date): Promise<void> {
      if (ballot.closesAt !== null && ballot.closesAt.getTime() <= at.getTime()) return;
      await query(BALLOT_UID).update({ where: { id: ballot.id }, data: { closesAt: at } });
    },

    /** What anyone may see of a ballot; the counts only when its results visibility allows. */
    publicView(ballot: BallotRecord, counts: Record<string, number>, now: Date = new Date()): PublicBallot {
      const options = effectiveOptions(ballot.kind, ballot.options);
      const visible = resultsArePublic(ballot.resultsVisibility, ballot, now);
      return {
        documentId: ballot.documentId,
        kind: ballot.kind,
        title: ballot.title,
        options,
        maxChoices: ballot.maxChoices,
        opensAt: ballot.opensAt.toISOString(),
        closesAt: ballot.closesAt?.toISOString() ?? null,
        state: ballotState(ballot, now),
        resultsVisibility: ballot.resultsVisibility,
        results: visible
          ? {
              total: counts[VOTERS_COUNTER] ?? 0,
              options: options.map((option) => ({ ...option, count: counts[option.key] ?? 0 })),
            }
          : null,
      };
    },
  };
};

export type BallotsService = ReturnType<typeof createBallotsService>;
