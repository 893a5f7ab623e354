/**
 * What residents do with proposals: read them (public stages only, or their own), write and submit
 * them (verified only), support them (through the votes engine), follow them, invite co-initiators.
 * Every action asks the gating service first, so a refusal names the one step that unlocks it.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  isPublicStage,
  PORTAL_PATHS,
  PUBLIC_STAGES,
  WITHDRAWABLE_STAGES,
  type DraftInput,
  type ListQuery,
  type ProposalDetail,
  type ProposalSummary,
  type Stage,
  type SupportReceipt,
  type TransitionAction,
  type Viewer,
} from '../../../shared/contracts';
import { TABLES } from '../content-types';
import { cleanDraft, displayNameProblems, saveProblems } from '../domain/draft';
import { plainText } from '../domain/plain-text';
import { isEditable } from '../domain/proposal-lifecycle';
import { takesSupport, toDetail, toSummary } from '../domain/present';
import { supportFigures } from '../domain/support-progress';
import {
  agendaItemRecordSchema,
  coInitiatorRecordSchema,
  createStore,
  PROPOSAL_POPULATE,
  proposalRecordSchema,
  transitionRecordSchema,
  type ProposalRecord,
} from '../store';
import { ballotKeyOf, createEngine, type Account } from './engine';
import { supportStateSchema } from './support-subject';
import { getService } from './get-service';
import { refuse, refuseFields } from './refusals';

const SORTS = {
  support: ['supportCount:desc', 'publicSince:desc', 'id:desc'],
  newest: ['publicSince:desc', 'id:desc'],
  'closing-soon': ['supportClosesAt:asc', 'id:asc'],
} as const;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

interface Relationship {
  isInitiator: boolean;
  isCoInitiator: boolean;
}

export const createProposalsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);
  const engine = createEngine(strapi);
  const settingsMeta = () => {
    const settings = getService(strapi, 'settings').get();
    return {
      supportThreshold: settings.supportThreshold,
      supportPeriodDays: Math.round((settings.supportPeriodMs / 86_400_000) * 100) / 100,
      agendaLeadDays: settings.agendaLeadDays,
    };
  };

  async function load(documentId: string): Promise<ProposalRecord | null> {
    const found = await store.proposals.findOne({ documentId, populate: PROPOSAL_POPULATE });
    return found ? proposalRecordSchema.parse(found) : null;
  }

  async function relationship(proposal: ProposalRecord, account: Account | null): Promise<Relationship> {
    if (!account) return { isInitiator: false, isCoInitiator: false };
    const isInitiator = proposal.initiator?.id === account.id;
    const isCoInitiator =
      !isInitiator &&
      (await store.coInitiators.count({
        where: { proposalDocumentId: proposal.documentId, userId: account.id, acceptedAt: { $notNull: true } },
      })) > 0;
    return { isInitiator, isCoInitiator };
  }

  /** Non-public proposals exist only for their initiators: to anyone else they are "not found". */
  async function visible(
    documentId: string,
    account: Account | null,
  ): Promise<{ proposal: ProposalRecord; relation: Relationship }> {
    const proposal = await load(documentId);
    if (!proposal) refuse('not-found');
    const relation = await relationship(proposal, account);
    if (!isPublicStage(proposal.stage) && !relation.isInitiator && !relation.isCoInitiator) refuse('not-found');
    return { proposal, relation };
  }

  /** The proposal, for one of its initiators who may write (verified). */
  async function own(
    documentId: string,
    account: Account | null,
  ): Promise<{ proposal: ProposalRecord; relation: Relationship }> {
    await engine.assertAllowed(account, 'propose');
    const found = await visible(documentId, account);
    if (!found.relation.isInitiator && !found.relation.isCoInitiator) refuse('not-initiator');
    return found;
  }

  async function reference(kind: 'topic' | 'district', slug: string | null): Promise<number | null> {
    if (slug === null) return null;
    const row = (await (kind === 'topic' ? store.topics : store.districts).findOne({
      where: { slug },
      select: ['id'],
    })) as { id: number } | null;
    if (!row) refuse(kind === 'topic' ? 'unknown-topic' : 'unknown-district');
    return row.id;
  }

  async function draftData(input: DraftInput) {
    const text = cleanDraft({
      title: input.title,
      summary: input.summary ?? '',
      body: input.body ?? '',
      displayName: input.displayName,
    });
    const problems = saveProblems(text);
    if (problems.length > 0) refuseFields('incomplete', problems);
    return {
      title: text.title,
      summary: text.summary,
      body: text.body,
      initiatorDisplayName: text.displayName,
      topic: await reference('topic', input.topic ?? null),
      district: await reference('district', input.district ?? null),
    };
  }

  async function detailOf(proposal: ProposalRecord, now: Date): Promise<ProposalDetail> {
    const [transitions, coInitiators, agendaItem] = await Promise.all([
      store.transitions.findMany({
        where: { proposalDocumentId: proposal.documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      }),
      store.coInitiators.findMany({
        where: { proposalDocumentId: proposal.documentId, acceptedAt: { $notNull: true } },
        orderBy: { acceptedAt: 'asc' },
      }),
      store.agendaItems.findFirst({
        filters: { proposalDocumentId: proposal.documentId },
        populate: { meeting: { fields: ['title', 'body', 'startsAt', 'endsAt', 'location', 'updatedAt'] } },
      }),
    ]);
    return toDetail(
      proposal,
      {
        transitions: transitions.map((row) => transitionRecordSchema.parse(row)),
        coInitiators: coInitiators
          .map((row) => coInitiatorRecordSchema.parse(row).displayName)
          .filter((name): name is string => Boolean(name)),
        agendaItem: agendaItem ? agendaItemRecordSchema.parse(agendaItem) : null,
      },
      now,
    );
  }

  async function viewerOf(
    proposal: ProposalRecord,
    relation: Relationship,
    account: Account | null,
    now: Date,
  ): Promise<Viewer> {
    const following = account
      ? (await store.follows.count({ where: { proposalDocumentId: proposal.documentId, userId: account.id } })) > 0
      : false;
    const ballot = proposal.ballotDocumentId
      ? await engine.ballots().findByDocumentId(proposal.ballotDocumentId)
      : null;
    const support = ballot
      ? await engine.viewer(account, ballot)
      : {
          voted: false,
          mayVote: {
            allowed: false as const,
            step: 'subject-not-open',
            message: 'Dit voorstel staat (nog) niet open voor steun.',
          },
        };
    return {
      ...relation,
      canEdit: (relation.isInitiator || relation.isCoInitiator) && isEditable(proposal.stage),
      following,
      supported: support.voted,
      maySupport: support.mayVote,
      mayWithdraw:
        support.voted &&
        (WITHDRAWABLE_STAGES as readonly Stage[]).includes(proposal.stage) &&
        takesSupport(proposal, now),
    };
  }

  return {
    settingsMeta,

    async list(query: ListQuery, now: Date = new Date()) {
      const stage = query.stage ?? (query.sort === 'closing-soon' ? 'open-for-support' : undefined);
      const filters: Record<string, unknown> = { stage: stage ? { $eq: stage } : { $in: [...PUBLIC_STAGES] } };
      if (query.topic) filters.topic = { slug: { $eq: query.topic } };
      if (query.district) filters.district = { slug: { $eq: query.district } };
      const [rows, total] = await Promise.all([
        store.proposals.findMany({
          filters,
          sort: [...SORTS[query.sort]],
          populate: PROPOSAL_POPULATE,
          start: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        store.proposals.count({ filters }),
      ]);
      return {
        data: rows.map((row) => toSummary(proposalRecordSchema.parse(row), now)),
        meta: {
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            pageCount: Math.ceil(total / query.pageSize),
            total,
          },
          settings: settingsMeta(),
        },
      };
    },

    async detail(documentId: string, account: Account | null, now: Date = new Date()) {
      const { proposal, relation } = await visible(documentId, account);
      return {
        data: await detailOf(proposal, now),
        meta: { viewer: await viewerOf(proposal, relation, account, now), settings: settingsMeta() },
      };
    },

    /** The caller's own proposals, as initiator or co-initiator, in every stage. */
    async mine(account: Account, now: Date = new Date()): Promise<ProposalSummary[]> {
      const co = (await store.coInitiators.findMany({
        where: { userId: account.id, acceptedAt: { $notNull: true } },
        select: ['proposalDocumentId'],
      })) as Array<{ proposalDocumentId: string }>;
      const rows = await store.proposals.findMany({
        filters: {
          $or: [
            { initiator: { id: { $eq: account.id } } },
            { documentId: { $in: co.map((row) => row.proposalDocumentId) } },
          ],
        },
        sort: ['updatedAt:desc', 'id:desc'],
        populate: PROPOSAL_POPULATE,
        limit: 200,
      });
      return rows.map((row) => toSummary(proposalRecordSchema.parse(row), now));
    },

    async create(account: Account | null, input: DraftInput, now: Date = new Date()): Promise<ProposalDetail> {
      await engine.assertAllowed(account, 'propose');
      const data = await draftData(input);
      const created = await store.proposals.create({
        data: { ...data, stage: 'draft', supportCount: 0, initiator: account!.id },
      });
      const proposal = await load(created.documentId);
      if (!proposal) refuse('not-found');
      return detailOf(proposal, now);
    },

    /** Edits the text while the proposal is editable; the stage check and the write share a transaction. */
    async update(
      account: Account | null,
      documentId: string,
      input: DraftInput,
      now: Date = new Date(),
    ): Promise<ProposalDetail> {
      const { proposal } = await own(documentId, account);
      const data = await draftData(input);
      await strapi.db.transaction(async ({ trx }) => {
        // Takes the row (PostgreSQL) so that screening cannot start between this check and the write.
        const editable = await trx(TABLES.proposals)
          .where({ document_id: documentId })
          .whereIn('stage', ['draft', 'submitted'])
          .update({ updated_at: now });
        if (editable !== 1) refuse('not-editable');
        // Co-initiators edit the text; the public name stays the initiator's own choice.
        const isInitiator = proposal.initiator?.id === account!.id;
        await store.proposals.update({
          documentId,
          data: isInitiator ? data : { ...data, initiatorDisplayName: proposal.initiatorDisplayName },
        });
      });
      const after = await load(documentId);
      if (!after) refuse('not-found');
      return detailOf(after, now);
    },

    /** submit or retract, by an initiator. */
    async initiatorTransition(
      account: Account | null,
      documentId: string,
      action: Extract<TransitionAction, 'submit' | 'retract'>,
      now: Date = new Date(),
    ) {
      const { proposal } = await own(documentId, account);
      const after = await getService(strapi, 'lifecycle').transition(documentId, action, {
        role: 'initiator',
        label: proposal.initiatorDisplayName,
      });
      return detailOf(after, now);
    },

    /**
     * The hot path: one read of the ballot (by its key, no read of the proposal), the engine's
     * checks and transaction, and the proposal's new state as the transaction left it.
     */
    async support(
      account: Account | null,
      documentId: string,
      withdraw: boolean,
      now: Date = new Date(),
    ): Promise<SupportReceipt> {
      const ballot = await engine.ballots().findByKey(ballotKeyOf(documentId));
      if (!ballot) {
        // No ballot: the proposal does not exist, is not public (404 to anyone else), or is not open yet.
        await visible(documentId, account);
        throw new errors.ApplicationError('Dit voorstel staat (nog) niet open voor steun.', {
          reason: 'subject-not-open',
        });
      }
      const { subject } = withdraw
        ? await engine.casting().withdrawIn(ballot, account)
        : await engine.casting().castIn(ballot, account, []);
      const state = supportStateSchema.parse(subject);
      const figures = supportFigures({ ...state, supportClosesAt: ballot.closesAt }, true, now);
      return {
        documentId,
        stage: state.stage,
        supportCount: state.supportCount,
        supportThreshold: state.supportThreshold,
        progress: figures.progress,
        supportsNeeded: figures.supportsNeeded,
        supported: !withdraw,
        mayWithdraw: !withdraw && (WITHDRAWABLE_STAGES as readonly Stage[]).includes(state.stage),
      };
    },

    async follow(account: Account | null, documentId: string, following: boolean): Promise<{ following: boolean }> {
      await engine.assertAllowed(account, 'follow');
      const { proposal } = await visible(documentId, account);
      const where = { proposalDocumentId: proposal.documentId, userId: account!.id };
      if (!following) {
        await store.follows.deleteMany({ where });
        return { following: false };
      }
      if ((await store.follows.count({ where })) === 0) {
        try {
          await store.follows.create({ data: { ...where, followedAt: new Date() } });
        } catch (error) {
          // A double click racing itself: the unique index kept one; that is the wanted outcome.
          if ((await store.follows.count({ where })) === 0) throw error;
        }
      }
      return { following: true };
    },

    /** An initiator invites someone by e-mail; the token travels only in that e-mail. */
    async invite(account: Account | null, documentId: string, email: string): Promise<{ invited: true }> {
      const { proposal, relation } = await own(documentId, account);
      if (!relation.isInitiator) refuse('not-initiator');
      if (!isEditable(proposal.stage)) refuse('not-editable');
      const token = crypto.randomBytes(32).toString('base64url');
      await store.coInitiators.create({
        data: {
          proposalDocumentId: proposal.documentId,
          tokenHash: hashToken(token),
          invitedEmail: email,
          invitedAt: new Date(),
        },
      });
      await getService(strapi, 'invitations').send(
        email,
        proposal,
        `${getService(strapi, 'settings').get().portalUrl}${PORTAL_PATHS.invitation(token)}`,
      );
      return { invited: true };
    },

    /** The invited person accepts with a verified account; the invitation works once. */
    async accept(
      account: Account | null,
      token: string,
      displayName: string,
      now: Date = new Date(),
    ): Promise<ProposalDetail> {
      await engine.assertAllowed(account, 'propose');
      const invitation = (await store.coInitiators.findOne({
        where: { tokenHash: hashToken(token), acceptedAt: { $null: true } },
      })) as {
        id: number;
        proposalDocumentId: string;
      } | null;
      if (!invitation) refuse('invitation-invalid');
      const proposal = await load(invitation.proposalDocumentId);
      if (!proposal || !isEditable(proposal.stage)) refuse('invitation-invalid');
      const relation = await relationship(proposal, account);
      if (relation.isInitiator || relation.isCoInitiator) refuse('already-co-initiator');
      const name = plainText(displayName, { multiline: false });
      const problems = displayNameProblems(name);
      if (problems.length > 0) refuseFields('incomplete', problems);
      // Compare-and-set on "not yet accepted": of two acceptances racing, one wins.
      const taken = await strapi.db
        .connection(TABLES.coInitiators)
        .where({ id: invitation.id })
        .whereNull('accepted_at')
        .update({ user_id: account!.id, display_name: name, accepted_at: now, invited_email: null });
      if (taken !== 1) refuse('invitation-invalid');
      return detailOf(proposal, now);
    },
  };
};

export type ProposalsService = ReturnType<typeof createProposalsService>;
