/**
 * A typed face on Strapi's Document Service and query engine for this plugin's content types, and
 * the parsing of what comes back. Strapi types `strapi.documents()` from the app's generated uids,
 * which a plugin built on its own does not have; this is the one place that bridges the two.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { ACTOR_ROLES, ANSWER_OUTCOMES, STAGES, TRANSITION_ACTIONS } from '../../shared/contracts';
import {
  AGENDA_ITEM_UID,
  CO_INITIATOR_UID,
  FOLLOW_UID,
  MEETING_UID,
  PROPOSAL_UID,
  TRANSITION_UID,
  USER_UID,
} from './content-types';

type Params = Record<string, unknown>;

export interface Documents {
  findMany(params?: Params): Promise<unknown[]>;
  findOne(params: { documentId: string } & Params): Promise<unknown>;
  findFirst(params?: Params): Promise<unknown>;
  create(params: { data: Params } & Params): Promise<{ documentId: string; id: number }>;
  update(params: { documentId: string; data: Params } & Params): Promise<unknown>;
  delete(params: { documentId: string }): Promise<unknown>;
  count(params?: Params): Promise<number>;
}

export interface Query {
  findOne(params: Params): Promise<unknown>;
  findMany(params: Params): Promise<unknown[]>;
  create(params: Params): Promise<unknown>;
  delete(params: Params): Promise<unknown>;
  deleteMany(params: Params): Promise<{ count: number }>;
  update(params: Params): Promise<unknown>;
  count(params: Params): Promise<number>;
}

/** SQLite keeps datetimes as epoch milliseconds, PostgreSQL as timestamps; the Document Service gives strings. */
export const instant = z.union([z.date(), z.string(), z.number()]).transform((value) => new Date(value));
const optionalInstant = instant.nullish().transform((value) => value ?? null);
const named = z
  .object({ name: z.string(), slug: z.string() })
  .nullish()
  .transform((value) => (value ? { name: value.name, slug: value.slug } : null));
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const proposalRecordSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  title: z.string(),
  summary: text,
  body: text,
  stage: z.enum(STAGES),
  topic: named.optional().transform((value) => value ?? null),
  district: named.optional().transform((value) => value ?? null),
  initiator: z
    .object({ id: z.number().int() })
    .nullish()
    .transform((value) => value ?? null),
  initiatorDisplayName: z.string(),
  supportCount: z.coerce.number().int(),
  supportThreshold: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? null),
  supportOpensAt: optionalInstant,
  supportClosesAt: optionalInstant,
  ballotDocumentId: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  publicSince: optionalInstant,
  submittedAt: optionalInstant,
  thresholdReachedAt: optionalInstant,
  competenceReason: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  answerOutcome: z
    .enum(ANSWER_OUTCOMES)
    .nullish()
    .transform((value) => value ?? null),
  officialAnswer: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  answeredAt: optionalInstant,
  createdAt: optionalInstant,
  updatedAt: optionalInstant,
});
export type ProposalRecord = z.infer<typeof proposalRecordSchema>;

export const transitionRecordSchema = z.object({
  action: z.enum(TRANSITION_ACTIONS),
  fromStage: z.enum(STAGES),
  toStage: z.enum(STAGES),
  actorRole: z.enum(ACTOR_ROLES),
  actorLabel: z.string(),
  note: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  at: instant,
});
export type TransitionRecord = z.infer<typeof transitionRecordSchema>;

export const meetingRecordSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  title: z.string(),
  body: z.string(),
  startsAt: instant,
  endsAt: optionalInstant,
  location: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  updatedAt: optionalInstant,
});
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

export const agendaItemRecordSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  title: z.string(),
  proposalDocumentId: z.string(),
  queuedAt: instant,
  meeting: meetingRecordSchema.nullish().transform((value) => value ?? null),
});
export type AgendaItemRecord = z.infer<typeof agendaItemRecordSchema>;

export const coInitiatorRecordSchema = z.object({
  id: z.number().int(),
  proposalDocumentId: z.string(),
  userId: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? null),
  displayName: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  acceptedAt: optionalInstant,
});
export type CoInitiatorRecord = z.infer<typeof coInitiatorRecordSchema>;

/** Relations and fields every read of a proposal needs. */
export const PROPOSAL_POPULATE = {
  topic: { fields: ['name', 'slug'] },
  district: { fields: ['name', 'slug'] },
  initiator: { fields: ['id'] },
} as const;

export function createStore(strapi: Core.Strapi) {
  const documents = (uid: string) => strapi.documents(uid as never) as unknown as Documents;
  const query = (uid: string) => strapi.db.query(uid as never) as unknown as Query;
  return {
    proposals: documents(PROPOSAL_UID),
    meetings: documents(MEETING_UID),
    agendaItems: documents(AGENDA_ITEM_UID),
    transitions: query(TRANSITION_UID),
    coInitiators: query(CO_INITIATOR_UID),
    follows: query(FOLLOW_UID),
    users: query(USER_UID),
    topics: query('api::topic.topic'),
    districts: query('api::district.district'),
  };
}
export type Store = ReturnType<typeof createStore>;
