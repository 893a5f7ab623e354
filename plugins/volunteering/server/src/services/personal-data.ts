/**
 * "Download my data" and "delete my account" for volunteering (product.md §17). The verification
 * plugin owns both actions; this service is the exporter and anonymiser the bootstrap registers
 * with its personal-data registry when that plugin is present.
 *
 * Anonymising keeps every row (the city's statistics count requests and matches by category,
 * district and lifecycle) but erases what points to the person: names, contact details and free
 * text. Their open requests close and their offers disappear; their pending matches end as
 * "withdrawn" and the other side hears so, exactly as after a normal withdrawal.
 */
import type { Core } from '@strapi/strapi';
import type { MatchSide } from '../../../shared/vocabulary';
import { clock } from '../clock';
import type { MatchRecord } from '../domain/records';
import { effectiveLifecycle } from '../domain/request-lifecycle';
import { getService } from '../get-service';
import { createStore } from '../store';

/** What stays in place of erased text; required e-mail fields get an address that cannot receive mail. */
export const ERASED = {
  name: 'Verwijderd account',
  organisationName: 'Verwijderde organisatie',
  text: '[verwijderd]',
  email: 'verwijderd@account.invalid',
} as const;

const MATCH_WITH_PARTIES = {
  request: { fields: ['title', 'documentId'], populate: { poster: { fields: ['id'] } } },
  offer: { fields: ['title'] },
  volunteer: { fields: ['id'] },
} as const;

export const createPersonalDataService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function matchesOf(userId: number): Promise<MatchRecord[]> {
    return store.matches.findMany({
      filters: { $or: [{ volunteer: { id: userId } }, { request: { poster: { id: userId } } }] },
      populate: MATCH_WITH_PARTIES,
      sort: 'createdAt:asc',
    });
  }

  const sideOf = (match: MatchRecord, userId: number): MatchSide =>
    match.volunteer?.id === userId ? 'volunteer' : 'requester';

  return {
    async exportFor(userId: number) {
      const [offers, requests, organisation, matches, messages, reports] = await Promise.all([
        store.offers.findMany({ filters: { owner: { id: userId } }, sort: 'createdAt:asc' }),
        store.requests.findMany({ filters: { poster: { id: userId } }, sort: 'createdAt:asc' }),
        store.organisations.findFirst({ filters: { user: { id: userId } } }),
        matchesOf(userId),
        store.messages.findMany({
          filters: { sender: { id: userId } },
          populate: { match: { fields: ['documentId'] } },
          sort: 'createdAt:asc',
        }),
        store.reports.findMany({ filters: { reporter: { id: userId } }, sort: 'createdAt:asc' }),
      ]);
      return {
        offers: offers.map((offer) => ({
          documentId: offer.documentId,
          publicName: offer.publicName,
          title: offer.title,
          description: offer.description,
          categories: offer.categories,
          districts: offer.districts,
          availability: offer.availability,
          frequency: offer.frequency,
          visible: offer.visible,
          hiddenByModerator: offer.hiddenByModerator,
          contactEmail: offer.contactEmail,
          contactPhone: offer.contactPhone,
          createdAt: offer.createdAt,
        })),
        requests: requests.map((request) => ({
          documentId: request.documentId,
          posterKind: request.posterKind,
          publicName: request.publicName,
          title: request.title,
          description: request.description,
          categories: request.categories,
          district: request.district,
          slots: request.slots,
          dates: request.dates,
          volunteersNeeded: request.volunteersNeeded,
          untilDate: request.untilDate,
          lifecycle: request.lifecycle,
          contactEmail: request.contactEmail,
          contactPhone: request.contactPhone,
          createdAt: request.createdAt,
        })),
        organisation: organisation
          ? {
              documentId: organisation.documentId,
              name: organisation.name,
              description: organisation.description,
              website: organisation.website,
              approval: organisation.approval,
              rejectionReason: organisation.rejectionReason,
            }
          : null,
        // Only the person's own side: the other party's name and contact details belong to them.
        matches: matches.map((match) => {
          const side = sideOf(match, userId);
          return {
            documentId: match.documentId,
            role: side,
            requestTitle: match.request?.title ?? null,
            lifecycle: match.lifecycle,
            initiatedBy: match.initiatedBy,
            myConsentAt: side === 'volunteer' ? match.volunteerConsentAt : match.requesterConsentAt,
            acceptedAt: match.acceptedAt,
            endedAt: match.endedAt,
            ...(side === 'volunteer'
              ? {
                  volunteerName: match.volunteerName,
                  volunteerContactEmail: match.volunteerContactEmail,
                  volunteerContactPhone: match.volunteerContactPhone,
                }
              : {}),
            createdAt: match.createdAt,
          };
        }),
        messagesSent: messages.map((message) => ({
          match: message.match?.documentId ?? null,
          body: message.body,
          createdAt: message.createdAt,
        })),
        reportsFiled: reports.map((report) => ({
          targetType: report.targetType,
          targetId: report.targetId,
          reason: report.reason,
          explanation: report.explanation,
          state: report.state,
          createdAt: report.createdAt,
        })),
      };
    },

    async anonymise(userId: number): Promise<void> {
      const { today, nowIso } = clock();
      const requestsService = getService(strapi, 'requests');
      const notifications = getService(strapi, 'notifications');

      // Open requests close through the normal path: their pending matches end and volunteers hear so.
      const requests = await store.requests.findMany({ filters: { poster: { id: userId } } });
      for (const request of requests) {
        if (effectiveLifecycle(request, today) === 'open') {
          await requestsService.close({ id: userId, email: '' }, request.documentId);
        }
      }

      // Every other pending match of theirs (as volunteer, or on a filled/expired request) is withdrawn.
      const pendingNotices: Array<{ recipient: number; documentId: string; requestTitle: string }> = [];
      for (const match of await matchesOf(userId)) {
        const side = sideOf(match, userId);
        if (match.lifecycle === 'pending') {
          await store.matches.update({
            documentId: match.documentId,
            data: { lifecycle: 'withdrawn', endedAt: nowIso, endedBy: side },
          });
          const recipient = side === 'volunteer' ? match.request?.poster?.id : match.volunteer?.id;
          if (recipient !== undefined && match.request) {
            pendingNotices.push({ recipient, documentId: match.documentId, requestTitle: match.request.title });
          }
        }
        if (side === 'volunteer') {
          await store.matches.update({
            documentId: match.documentId,
            data: { volunteerName: ERASED.name, volunteerContactEmail: ERASED.email, volunteerContactPhone: null },
          });
        }
      }

      for (const request of requests) {
        await store.requests.update({
          documentId: request.documentId,
          data: {
            publicName: ERASED.name,
            title: ERASED.text,
            description: ERASED.text,
            contactEmail: ERASED.email,
            contactPhone: null,
          },
        });
      }
      for (const offer of await store.offers.findMany({ filters: { owner: { id: userId } } })) {
        await store.offers.update({
          documentId: offer.documentId,
          data: {
            visible: false,
            publicName: ERASED.name,
            title: ERASED.text,
            description: ERASED.text,
            contactEmail: ERASED.email,
            contactPhone: null,
          },
        });
      }
      const organisation = await store.organisations.findFirst({ filters: { user: { id: userId } } });
      if (organisation) {
        await store.organisations.update({
          documentId: organisation.documentId,
          data: { name: ERASED.organisationName, description: null, website: null, rejectionReason: null },
        });
      }
      for (const message of await store.messages.findMany({ filters: { sender: { id: userId } } })) {
        await store.messages.update({ documentId: message.documentId, data: { body: ERASED.text } });
      }
      for (const report of await store.reports.findMany({ filters: { reporter: { id: userId } } })) {
        await store.reports.update({ documentId: report.documentId, data: { explanation: null } });
      }

      for (const notice of pendingNotices) {
        await notifications.notify(notice.recipient, 'withdrawn', {
          documentId: notice.documentId,
          requestTitle: notice.requestTitle,
        });
      }
    },
  };
};
