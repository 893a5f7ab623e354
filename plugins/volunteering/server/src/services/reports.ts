/**
 * Abuse reports: any logged-in resident can report an offer, a request, an organisation, or a
 * message in one of their own matches; staff look at the open reports and resolve or dismiss them.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type { reportInputSchema } from '../../../shared/contracts';
import type { ReportState } from '../../../shared/vocabulary';
import { clock } from '../clock';
import { isPubliclyVisibleOffer, isPubliclyVisibleRequest } from '../domain/listing';
import type { ReportRecord } from '../domain/records';
import { createStore } from '../store';
import type { Account } from './offers';

const TARGET_NOT_FOUND = 'Wat je wilt melden, bestaat niet (meer) of je hebt er geen toegang toe.';

export const createReportsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  /** True when the reporter can see the target: nobody may probe for hidden posts or other people's messages. */
  async function reporterCanSee(account: Account, input: z.output<typeof reportInputSchema>): Promise<boolean> {
    switch (input.targetType) {
      case 'offer': {
        const offer = await store.offers.findOne({
          documentId: input.targetId,
          populate: { owner: { fields: ['blocked'] } },
        });
        return Boolean(offer && isPubliclyVisibleOffer(offer));
      }
      case 'request': {
        const request = await store.requests.findOne({
          documentId: input.targetId,
          populate: { poster: { fields: ['blocked'] } },
        });
        return Boolean(request && isPubliclyVisibleRequest(request));
      }
      case 'organisation':
        return Boolean(await store.organisations.findOne({ documentId: input.targetId }));
      case 'message': {
        const message = await store.messages.findOne({
          documentId: input.targetId,
          populate: {
            match: {
              populate: { volunteer: { fields: ['id'] }, request: { populate: { poster: { fields: ['id'] } } } },
            },
          },
        });
        const match = message?.match;
        return Boolean(match && (match.volunteer?.id === account.id || match.request?.poster?.id === account.id));
      }
    }
  }

  async function targetSummary(report: ReportRecord): Promise<Record<string, unknown> | null> {
    switch (report.targetType) {
      case 'offer': {
        const offer = await store.offers.findOne({
          documentId: report.targetId,
          populate: { owner: { fields: ['blocked'] } },
        });
        return offer
          ? {
              title: offer.title,
              publicName: offer.publicName,
              hiddenByModerator: offer.hiddenByModerator,
              account: { id: offer.owner?.documentId ?? null, blocked: Boolean(offer.owner?.blocked) },
            }
          : null;
      }
      case 'request': {
        const request = await store.requests.findOne({
          documentId: report.targetId,
          populate: { poster: { fields: ['blocked'] } },
        });
        return request
          ? {
              title: request.title,
              publicName: request.publicName,
              hiddenByModerator: request.hiddenByModerator,
              account: { id: request.poster?.documentId ?? null, blocked: Boolean(request.poster?.blocked) },
            }
          : null;
      }
      case 'organisation': {
        const organisation = await store.organisations.findOne({
          documentId: report.targetId,
          populate: { user: { fields: ['blocked'] } },
        });
        return organisation
          ? {
              name: organisation.name,
              approval: organisation.approval,
              account: { id: organisation.user?.documentId ?? null, blocked: Boolean(organisation.user?.blocked) },
            }
          : null;
      }
      case 'message': {
        const message = await store.messages.findOne({
          documentId: report.targetId,
          populate: { sender: { fields: ['blocked'] } },
        });
        return message
          ? {
              body: message.body,
              senderSide: message.senderSide,
              account: { id: message.sender?.documentId ?? null, blocked: Boolean(message.sender?.blocked) },
            }
          : null;
      }
    }
  }

  return {
    async create(account: Account, input: z.output<typeof reportInputSchema>) {
      if (!(await reporterCanSee(account, input))) throw new errors.NotFoundError(TARGET_NOT_FOUND);
      const duplicate = await store.reports.count({
        filters: {
          reporter: { id: account.id },
          targetType: input.targetType,
          targetId: input.targetId,
          state: 'open',
        },
      });
      if (duplicate > 0) {
        throw new errors.ApplicationError('Je hebt dit al gemeld. De stad bekijkt je melding.', {
          reason: 'already-reported',
        });
      }
      const report = await store.reports.create({
        data: { ...input, explanation: input.explanation ?? null, state: 'open', reporter: account.id },
      });
      return { id: report.documentId, state: report.state };
    },

    async listForStaff(state?: ReportState) {
      const reports = await store.reports.findMany({
        filters: state ? { state } : {},
        sort: [{ createdAt: 'asc' }],
      });
      return Promise.all(
        reports.map(async (report) => ({
          id: report.documentId,
          targetType: report.targetType,
          targetId: report.targetId,
          reason: report.reason,
          explanation: report.explanation ?? null,
          state: report.state,
          resolutionNote: report.resolutionNote ?? null,
          handledAt: report.handledAt ?? null,
          createdAt: report.createdAt,
          target: await targetSummary(report),
        })),
      );
    },

    async resolve(documentId: string, outcome: 'resolved' | 'dismissed', note: string | undefined) {
      const report = await store.reports.findOne({ documentId });
      if (!report) throw new errors.NotFoundError('Deze melding bestaat niet.');
      const updated = await store.reports.update({
        documentId,
        data: { state: outcome, resolutionNote: note ?? null, handledAt: clock().nowIso },
      });
      return { id: updated.documentId, state: updated.state, resolutionNote: updated.resolutionNote ?? null };
    },
  };
};
