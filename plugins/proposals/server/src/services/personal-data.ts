/**
 * What this plugin holds about a person, for "download my data" and "delete my account"
 * (plugins/verification's personal-data registry).
 *
 * On deletion, proposals that were ever public stay (they are part of the public record and may be
 * on the council agenda), under an anonymous name instead of the display name the person chose, in
 * the proposal and in its timeline; proposals that never became public go entirely. Co-initiatorships
 * are detached and anonymised, follows removed. Supports are votes (plugins/votes) and stay,
 * unlinkable to anyone.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { CO_INITIATOR_UID, FOLLOW_UID, TABLES, TRANSITION_UID } from '../content-types';
import { createStore, instant } from '../store';

/** Shown instead of the name of a person who deleted their account. */
export const ANONYMOUS_NAME = 'Een inwoner';

const initiatedSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  stage: z.string(),
  initiatorDisplayName: z.string(),
  publicSince: instant.nullish(),
  createdAt: instant.nullish(),
});

export const createPersonalDataService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function initiatedBy(userId: number) {
    const rows = await store.proposals.findMany({
      filters: { initiator: { id: { $eq: userId } } },
      fields: ['title', 'stage', 'initiatorDisplayName', 'publicSince', 'createdAt'],
      limit: 10_000,
    });
    return rows.map((row) => initiatedSchema.parse(row));
  }

  return {
    async exportFor(userId: number) {
      const [initiated, coInitiated, follows] = await Promise.all([
        initiatedBy(userId),
        store.coInitiators.findMany({ where: { userId }, select: ['proposalDocumentId', 'displayName', 'acceptedAt'] }),
        store.follows.findMany({ where: { userId }, select: ['proposalDocumentId', 'followedAt'] }),
      ]);
      return {
        initiated: initiated.map((proposal) => ({
          documentId: proposal.documentId,
          title: proposal.title,
          stage: proposal.stage,
          displayName: proposal.initiatorDisplayName,
          createdAt: proposal.createdAt?.toISOString() ?? null,
        })),
        coInitiated,
        following: follows,
      };
    },

    async anonymise(userId: number): Promise<void> {
      const initiated = await initiatedBy(userId);
      await strapi.db.transaction(async ({ trx }) => {
        for (const proposal of initiated) {
          const where = { proposalDocumentId: proposal.documentId };
          if (!proposal.publicSince) {
            await strapi.db.query(TRANSITION_UID as never).deleteMany({ where });
            await strapi.db.query(CO_INITIATOR_UID as never).deleteMany({ where });
            await strapi.db.query(FOLLOW_UID as never).deleteMany({ where });
            await store.proposals.delete({ documentId: proposal.documentId });
            continue;
          }
          await store.proposals.update({
            documentId: proposal.documentId,
            data: { initiatorDisplayName: ANONYMOUS_NAME },
          });
          await trx(TABLES.transitions)
            .where({ proposal_document_id: proposal.documentId, actor_role: 'initiator' })
            .update({ actor_label: ANONYMOUS_NAME });
        }
        await trx(TABLES.coInitiators)
          .where({ user_id: userId })
          .update({ user_id: null, display_name: ANONYMOUS_NAME, invited_email: null });
        await strapi.db.query(FOLLOW_UID as never).deleteMany({ where: { userId } });
      });
    },
  };
};

export type PersonalDataService = ReturnType<typeof createPersonalDataService>;
