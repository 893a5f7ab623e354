/**
 * The shapes the engine reads from its tables, parsed at the database boundary so that a row that
 * is not what we expect fails loudly instead of counting wrongly.
 */
import { z } from 'zod';
import { BALLOT_KINDS, RESULTS_VISIBILITIES, ballotOptionSchema, eligibilitySchema } from '../../../shared/contracts';

/** SQLite keeps JSON as text; PostgreSQL hands it over parsed. */
const json = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? JSON.parse(value) : value), schema);

/** SQLite keeps datetimes as epoch milliseconds, PostgreSQL as timestamps. */
const instant = z.union([z.date(), z.string(), z.number()]).transform((value) => new Date(value));

export const ballotRecordSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  key: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  title: z.string(),
  kind: z.enum(BALLOT_KINDS),
  options: json(z.array(ballotOptionSchema)),
  maxChoices: z.number().int().min(1),
  opensAt: instant,
  closesAt: instant.nullable(),
  eligibility: json(eligibilitySchema),
  resultsVisibility: z.enum(RESULTS_VISIBILITIES),
});
export type BallotRecord = z.infer<typeof ballotRecordSchema>;

export const voteRecordSchema = z.object({
  id: z.number().int(),
  ballotId: z.number().int(),
  choices: json(z.array(z.string())),
  offline: z.union([z.boolean(), z.number()]).transform(Boolean),
  castAt: instant,
});
export type VoteRecord = z.infer<typeof voteRecordSchema>;

export const tallyRecordSchema = z.object({
  optionKey: z.string(),
  count: z.union([z.number(), z.string()]).transform(Number),
});
