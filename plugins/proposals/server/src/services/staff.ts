/**
 * The participation officer's side: the screening queue, every proposal past its draft, the
 * transitions they may take, and carrying them out. Reached only through admin routes guarded by
 * the participation-officer policy. Staff never see a resident's account or e-mail here: only what
 * the public timeline shows, plus the stages before publication.
 */
import type { Core } from '@strapi/strapi';
import { STAGES, type Stage, type StaffTransition } from '../../../shared/contracts';
import { plainText } from '../domain/plain-text';
import { availableActions } from '../domain/proposal-lifecycle';
import { staffTextProblem } from '../domain/draft';
import { toDetail, toSummary } from '../domain/present';
import {
  agendaItemRecordSchema,
  coInitiatorRecordSchema,
  createStore,
  PROPOSAL_POPULATE,
  proposalRecordSchema,
  transitionRecordSchema,
  type ProposalRecord,
} from '../store';
import { getService } from './get-service';
import { OFFICER } from './lifecycle';
import { refuse, refuseFields } from './refusals';

const STAFF_STAGES = STAGES.filter((stage) => stage !== 'draft');

export const createStaffService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function summaries(filters: Record<string, unknown>, sort: string[], now: Date) {
    const rows = await store.proposals.findMany({ filters, sort, populate: PROPOSAL_POPULATE, limit: 500 });
    return rows.map((row) => {
      const proposal = proposalRecordSchema.parse(row);
      return {
        ...toSummary(proposal, now),
        submittedAt: proposal.submittedAt?.toISOString() ?? null,
        actions: availableActions(proposal.stage, 'participation-officer'),
      };
    });
  }

  /**
   * A proposal as staff may see it: once it has been submitted. A draft that was never submitted
   * belongs to its initiators alone, and to staff it does not exist (404, also for transitions).
   */
  async function seen(documentId: string): Promise<ProposalRecord> {
    const found = await store.proposals.findOne({ documentId, populate: PROPOSAL_POPULATE });
    const proposal = found ? proposalRecordSchema.parse(found) : null;
    if (!proposal || (proposal.stage === 'draft' && proposal.submittedAt === null)) refuse('not-found');
    return proposal;
  }

  return {
    /** Submitted proposals and those being screened, oldest submission first. */
    queue(now: Date = new Date()) {
      return summaries({ stage: { $in: ['submitted', 'screening'] } }, ['submittedAt:asc', 'id:asc'], now);
    },

    list(stage: Stage | undefined, now: Date = new Date()) {
      const filters = stage
        ? { stage: { $eq: stage }, submittedAt: { $notNull: true } }
        : { $or: [{ stage: { $in: STAFF_STAGES } }, { submittedAt: { $notNull: true } }] };
      return summaries(filters, ['updatedAt:desc', 'id:desc'], now);
    },

    async detail(documentId: string, now: Date = new Date()) {
      const proposal = await seen(documentId);
      const [transitions, coInitiators, agendaItem] = await Promise.all([
        store.transitions.findMany({
          where: { proposalDocumentId: documentId },
          orderBy: [{ at: 'asc' }, { id: 'asc' }],
        }),
        store.coInitiators.findMany({ where: { proposalDocumentId: documentId, acceptedAt: { $notNull: true } } }),
        store.agendaItems.findFirst({
          filters: { proposalDocumentId: documentId },
          populate: { meeting: { fields: ['title', 'body', 'startsAt', 'endsAt', 'location', 'updatedAt'] } },
        }),
      ]);
      return {
        ...toDetail(
          proposal,
          {
            transitions: transitions.map((row) => transitionRecordSchema.parse(row)),
            coInitiators: coInitiators
              .map((row) => coInitiatorRecordSchema.parse(row).displayName ?? '')
              .filter(Boolean),
            agendaItem: agendaItem ? agendaItemRecordSchema.parse(agendaItem) : null,
          },
          now,
        ),
        // Staff need these before the proposal is public.
        competenceReason: proposal.competenceReason,
        ballot: proposal.ballotDocumentId,
        actions: availableActions(proposal.stage, 'participation-officer'),
      };
    },

    async transition(documentId: string, request: StaffTransition) {
      await seen(documentId);
      const clean = (value: string | undefined, multiline: boolean) =>
        value === undefined ? undefined : plainText(value, { multiline });
      const input = {
        reason: clean(request.reason, true),
        answer: clean(request.answer, true),
        note: clean(request.note, true),
        outcome: request.outcome,
      };
      const problems = (['reason', 'answer', 'note'] as const)
        .map((field) =>
          input[field] === undefined || input[field] === '' ? null : staffTextProblem(field, input[field]),
        )
        .filter((problem) => problem !== null);
      if (problems.length > 0) refuseFields('missing-field', problems);
      await getService(strapi, 'lifecycle').transition(documentId, request.action, OFFICER, input);
      return this.detail(documentId);
    },
  };
};

export type StaffService = ReturnType<typeof createStaffService>;
