/**
 * Carrying out the lifecycle. Every stage change goes through `move`: a compare-and-set on the
 * stage (`update … set stage = to where stage = from`), so of two actors racing only one moves the
 * proposal and the other is told the stage changed; then the change is recorded for the public
 * timeline, and notifications go out once the transaction has committed.
 *
 * The side effects belong to the transition and share its transaction: opening creates the support
 * ballot, reaching the threshold queues the agenda item, answering closes the ballot.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { actorLabels, type ActorRole, type Stage, type TransitionAction } from '../../../shared/contracts';
import { TABLES } from '../content-types';
import { submissionProblems } from '../domain/draft';
import { planTransition, type PlannedTransition, type TransitionInput } from '../domain/proposal-lifecycle';
import { supportDeadline } from '../domain/support-progress';
import { createStore, PROPOSAL_POPULATE, proposalRecordSchema, type ProposalRecord } from '../store';
import { ballotKeyOf, createEngine, SUBJECT_TYPE } from './engine';
import { getService } from './get-service';
import { refuse, refuseFields, refusePlan } from './refusals';

export interface Actor {
  role: ActorRole;
  /** What the public timeline shows: the initiator's display name, or the role's label. */
  label: string;
}

export const OFFICER: Actor = { role: 'participation-officer', label: actorLabels['participation-officer'].nl };
export const SYSTEM: Actor = { role: 'system', label: actorLabels.system.nl };

type Fields = Record<string, unknown>;

export const createLifecycleService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);
  const engine = createEngine(strapi);

  async function load(documentId: string): Promise<ProposalRecord | null> {
    const found = await store.proposals.findOne({ documentId, populate: PROPOSAL_POPULATE });
    return found ? proposalRecordSchema.parse(found) : null;
  }

  /** What a transition changes besides the stage; may refuse (an incomplete proposal cannot be submitted). */
  async function effects(
    plan: PlannedTransition,
    proposal: ProposalRecord,
    input: TransitionInput,
    now: Date,
  ): Promise<Fields> {
    const settings = getService(strapi, 'settings').get();
    switch (plan.action) {
      case 'submit': {
        const problems = submissionProblems({ ...proposal, displayName: proposal.initiatorDisplayName });
        if (problems.length > 0) refuseFields('incomplete', problems);
        return { submittedAt: now };
      }
      case 'open-for-support': {
        const closesAt = supportDeadline(now, settings.supportPeriodMs);
        const ballot = await engine.ballots().create({
          key: ballotKeyOf(proposal.documentId),
          subjectType: SUBJECT_TYPE,
          subjectId: proposal.documentId,
          title: proposal.title.slice(0, 300),
          kind: 'support',
          opensAt: now,
          closesAt,
          resultsVisibility: 'live',
        });
        return {
          supportThreshold: settings.supportThreshold,
          supportOpensAt: now,
          supportClosesAt: closesAt,
          ballotDocumentId: ballot.documentId,
          publicSince: now,
        };
      }
      case 'decline-competence':
        return { competenceReason: plan.note, publicSince: now };
      case 'reach-threshold':
        return { thresholdReachedAt: now };
      case 'start-progress':
      case 'answer': {
        // The council has it now: supports no longer change anything.
        if (proposal.ballotDocumentId) {
          const ballot = await engine.ballots().findByDocumentId(proposal.ballotDocumentId);
          if (ballot) await engine.ballots().close(ballot, now);
        }
        return plan.action === 'answer'
          ? { answerOutcome: input.outcome, officialAnswer: input.answer?.trim(), answeredAt: now }
          : {};
      }
      default:
        return {};
    }
  }

  /**
   * Compare-and-set the stage inside the current transaction and record the change. False when the
   * proposal is no longer in the stage the plan started from (someone else moved it first).
   */
  async function move(
    trx: Knex.Transaction,
    proposal: ProposalRecord,
    plan: PlannedTransition,
    actor: Actor,
    now: Date,
    fields: Fields,
  ): Promise<boolean> {
    const moved = await trx(TABLES.proposals)
      .where({ document_id: proposal.documentId, stage: plan.from })
      .update({ stage: plan.to, updated_at: now });
    if (moved !== 1) return false;
    // Through the Document Service, so that search (plugins/search) sees the change once committed.
    await store.proposals.update({ documentId: proposal.documentId, data: { ...fields, stage: plan.to } });
    await store.transitions.create({
      data: {
        proposalDocumentId: proposal.documentId,
        action: plan.action,
        fromStage: plan.from,
        toStage: plan.to,
        actorRole: plan.actorRole,
        actorLabel: actor.label.slice(0, 80),
        note: plan.note,
        at: now,
      },
    });
    return true;
  }

  function notifyAfterCommit(
    onCommit: (work: () => void) => void,
    documentId: string,
    plans: PlannedTransition[],
  ): void {
    onCommit(() => getService(strapi, 'notifier').stageChanged(documentId, plans));
  }

  return {
    load,

    /** A transition by a person (initiator or participation officer), in its own transaction. */
    async transition(
      documentId: string,
      action: TransitionAction,
      actor: Actor,
      input: TransitionInput = {},
    ): Promise<ProposalRecord> {
      const now = new Date();
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const proposal = await load(documentId);
        if (!proposal) refuse('not-found');
        const plan = planTransition(proposal.stage, action, actor.role, input);
        if (!plan.ok) refusePlan(plan);
        const fields = await effects(plan, proposal, input, now);
        if (!(await move(trx, proposal, plan, actor, now, fields))) refuse('wrong-stage');
        notifyAfterCommit(onCommit, documentId, [plan]);
      });
      const after = await load(documentId);
      if (!after) refuse('not-found');
      return after;
    },

    /**
     * The support that reaches the threshold calls this inside its own transaction: the proposal
     * moves to threshold-reached (compare-and-set, so exactly once however many supports race), its
     * agenda item is created, and when a council meeting is far enough ahead it is placed on it.
     * Returns the stage it ends in, or null when it did not move.
     */
    async reachThreshold(
      trx: Knex.Transaction,
      documentId: string,
      now: Date,
      onCommit: (work: () => void) => void,
    ): Promise<Stage | null> {
      const proposal = await load(documentId);
      if (!proposal) return null;
      const reach = planTransition(proposal.stage, 'reach-threshold', 'system');
      if (!reach.ok) return null;
      if (!(await move(trx, proposal, reach, SYSTEM, now, await effects(reach, proposal, {}, now)))) return null;
      const plans: PlannedTransition[] = [reach];
      const meeting = await getService(strapi, 'agenda').queue(proposal, now);
      if (meeting) {
        const place = planTransition('threshold-reached', 'place-on-agenda', 'system');
        if (place.ok && (await move(trx, { ...proposal, stage: 'threshold-reached' }, place, SYSTEM, now, {})))
          plans.push(place);
      }
      notifyAfterCommit(onCommit, documentId, plans);
      return plans[plans.length - 1]!.to;
    },

    /** A transition the platform takes by itself (expiry, placing on the agenda), in its own transaction. */
    async systemTransition(
      documentId: string,
      action: 'expire' | 'place-on-agenda',
      now: Date,
      inTransaction?: () => Promise<void>,
    ): Promise<boolean> {
      return strapi.db.transaction(async ({ trx, onCommit }) => {
        const proposal = await load(documentId);
        if (!proposal) return false;
        const plan = planTransition(proposal.stage, action, 'system');
        if (!plan.ok) return false;
        if (
          action === 'expire' &&
          (proposal.supportClosesAt === null || proposal.supportClosesAt.getTime() > now.getTime())
        )
          return false;
        if (!(await move(trx, proposal, plan, SYSTEM, now, {}))) return false;
        await inTransaction?.();
        notifyAfterCommit(onCommit, documentId, [plan]);
        return true;
      });
    },
  };
};

export type LifecycleService = ReturnType<typeof createLifecycleService>;
