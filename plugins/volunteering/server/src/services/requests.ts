/**
 * Help requests: the public list, a poster's own requests, posting (as a resident, or as an
 * organisation once staff approved it), editing, closing, the offers suggested for a request,
 * and keeping the stored lifecycle in step with accepted matches and dates.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type { RequestListQuery, requestInputSchema, requestUpdateSchema } from '../../../shared/contracts';
import { clock } from '../clock';
import { filterRequests, isPubliclyVisibleRequest, paginate } from '../domain/listing';
import { isActive } from '../domain/match-lifecycle';
import { rankOffersForRequest, type OfferCandidate } from '../domain/matching';
import { presentOwnRequest, presentPublicOffer, presentPublicRequest, presentSuggestion } from '../domain/presenting';
import type { HelpRequestRecord, OfferRecord } from '../domain/records';
import { MAX_ACTIVE_POSTS_PER_ACCOUNT, effectiveLifecycle, scheduleProblems } from '../domain/request-lifecycle';
import { getService } from '../get-service';
import { createStore } from '../store';
import { validationError } from '../validation';
import { OWNER_POPULATE, REQUEST_POPULATE, SUGGESTION_LIMIT, type Account } from './offers';

export const REQUEST_NOT_FOUND = 'Deze hulpvraag bestaat niet (meer) of je hebt er geen toegang toe.';

export const createRequestsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function loadOwned(account: Account, documentId: string): Promise<HelpRequestRecord> {
    const request = await store.requests.findOne({ documentId, populate: REQUEST_POPULATE });
    if (!request || request.poster?.id !== account.id) throw new errors.NotFoundError(REQUEST_NOT_FOUND);
    return request;
  }

  async function pendingCounts(requestIds: readonly number[]): Promise<Map<number, number>> {
    if (requestIds.length === 0) return new Map();
    const pending = await store.matches.findMany({
      filters: { lifecycle: 'pending', request: { id: { $in: [...requestIds] } } },
      fields: ['lifecycle'],
      populate: { request: { fields: ['documentId'] } },
    });
    const counts = new Map<number, number>();
    for (const match of pending) {
      if (match.request) counts.set(match.request.id, (counts.get(match.request.id) ?? 0) + 1);
    }
    return counts;
  }

  /** Recounts accepted matches and stores the lifecycle they and the dates imply. */
  async function refresh(documentId: string): Promise<HelpRequestRecord | null> {
    const request = await store.requests.findOne({ documentId });
    if (!request) return null;
    const acceptedCount = await store.matches.count({ filters: { request: { documentId }, lifecycle: 'accepted' } });
    const lifecycle = effectiveLifecycle({ ...request, acceptedCount }, clock().today);
    if (lifecycle === request.lifecycle && acceptedCount === request.acceptedCount) return request;
    return store.requests.update({ documentId, data: { acceptedCount, lifecycle } });
  }

  async function findMine(account: Account, documentId: string) {
    const request = await loadOwned(account, documentId);
    const pending = await pendingCounts([request.id]);
    return presentOwnRequest(request, clock().today, pending.get(request.id) ?? 0);
  }

  function assertSchedule(schedule: { untilDate: string; dates: HelpRequestRecord['dates'] }): void {
    const problems = scheduleProblems(schedule, clock().today);
    if (problems.length > 0) throw validationError(problems);
  }

  return {
    loadOwned,
    refresh,
    findMine,

    async listPublic(query: RequestListQuery) {
      const { today } = clock();
      const requests = await store.requests.findMany({
        filters: { lifecycle: 'open', hiddenByModerator: false },
        populate: REQUEST_POPULATE,
      });
      const { items, pagination } = paginate(filterRequests(requests, query, today), query.page, query.pageSize);
      return { data: items.map((request) => presentPublicRequest(request, today)), meta: { pagination } };
    },

    /** Any lifecycle: a link to a filled or expired request still shows what it was. */
    async findPublic(documentId: string) {
      const request = await store.requests.findOne({ documentId, populate: REQUEST_POPULATE });
      if (!request || !isPubliclyVisibleRequest(request)) throw new errors.NotFoundError(REQUEST_NOT_FOUND);
      return presentPublicRequest(request, clock().today);
    },

    async listMine(account: Account) {
      const { today } = clock();
      const requests = await store.requests.findMany({
        filters: { poster: { id: account.id } },
        populate: REQUEST_POPULATE,
        sort: [{ createdAt: 'desc' }],
      });
      const pending = await pendingCounts(requests.map((request) => request.id));
      return requests.map((request) => presentOwnRequest(request, today, pending.get(request.id) ?? 0));
    },

    async create(account: Account, input: z.output<typeof requestInputSchema>) {
      await getService(strapi, 'words').assertClean({
        publicName: input.publicName,
        title: input.title,
        description: input.description,
      });
      assertSchedule(input);
      const organisation =
        input.postAs === 'organisation' ? await getService(strapi, 'organisations').approvedFor(account) : null;
      const active = await store.requests.count({ filters: { poster: { id: account.id }, lifecycle: 'open' } });
      if (active >= MAX_ACTIVE_POSTS_PER_ACCOUNT) {
        throw new errors.ApplicationError(
          `Je hebt al ${MAX_ACTIVE_POSTS_PER_ACCOUNT} open hulpvragen. Sluit er eerst een af voor je een nieuwe plaatst.`,
          { reason: 'too-many-requests' },
        );
      }
      const { postAs, publicName, contactEmail, contactPhone, ...fields } = input;
      const request = await store.requests.create({
        data: {
          ...fields,
          posterKind: postAs,
          publicName: organisation ? organisation.name : publicName,
          organisation: organisation ? organisation.id : null,
          lifecycle: 'open',
          acceptedCount: 0,
          hiddenByModerator: false,
          contactEmail: contactEmail ?? account.email,
          contactPhone: contactPhone ?? null,
          poster: account.id,
        },
        populate: REQUEST_POPULATE,
      });
      return presentOwnRequest(request, clock().today, 0);
    },

    async update(account: Account, documentId: string, input: z.output<typeof requestUpdateSchema>) {
      const existing = await loadOwned(account, documentId);
      if (existing.lifecycle === 'closed') {
        throw new errors.ApplicationError('Deze hulpvraag is afgesloten en kan niet meer worden gewijzigd.', {
          reason: 'closed',
        });
      }
      await getService(strapi, 'words').assertClean({
        publicName: input.publicName,
        title: input.title,
        description: input.description,
      });
      if (input.untilDate !== undefined || input.dates !== undefined) {
        assertSchedule({ untilDate: input.untilDate ?? existing.untilDate, dates: input.dates ?? existing.dates });
      }
      if (input.volunteersNeeded !== undefined && input.volunteersNeeded < existing.acceptedCount) {
        throw validationError([
          {
            path: ['volunteersNeeded'],
            message: `mag niet lager zijn dan het aantal vrijwilligers dat al aanvaard is (${existing.acceptedCount})`,
          },
        ]);
      }
      // An organisation's request carries the organisation's name, not one typed per request.
      const { publicName, ...rest } = input;
      const data = existing.posterKind === 'organisation' || publicName === undefined ? rest : { ...rest, publicName };
      await store.requests.update({ documentId, data });
      await refresh(documentId);
      return findMine(account, documentId);
    },

    /** Closing ends the pending matches too: nobody can join a closed request any more. */
    async close(account: Account, documentId: string) {
      const existing = await loadOwned(account, documentId);
      if (existing.lifecycle === 'closed') {
        throw new errors.ApplicationError('Deze hulpvraag is al afgesloten.', { reason: 'closed' });
      }
      const { nowIso } = clock();
      const ended = await strapi.db.transaction(async () => {
        await store.requests.update({ documentId, data: { lifecycle: 'closed', closedAt: nowIso } });
        const pending = await store.matches.findMany({
          filters: { request: { documentId }, lifecycle: 'pending' },
          populate: { volunteer: { fields: ['id'] } },
        });
        for (const match of pending) {
          await store.matches.update({
            documentId: match.documentId,
            data: { lifecycle: 'withdrawn', endedAt: nowIso, endedBy: 'requester' },
          });
        }
        return pending;
      });
      const notifications = getService(strapi, 'notifications');
      for (const match of ended) {
        if (match.volunteer) {
          await notifications.notify(match.volunteer.id, 'withdrawn', {
            documentId: match.documentId,
            requestTitle: existing.title,
          });
        }
      }
      return findMine(account, documentId);
    },

    async suggestions(account: Account, documentId: string) {
      const request = await loadOwned(account, documentId);
      const { now, today } = clock();
      if (effectiveLifecycle(request, today) !== 'open') return [];
      const [offers, activeMatches] = await Promise.all([
        store.offers.findMany({ filters: { visible: true, hiddenByModerator: false }, populate: OWNER_POPULATE }),
        store.matches.findMany({
          filters: { lifecycle: { $in: ['pending', 'accepted'] } },
          fields: ['lifecycle'],
          populate: { volunteer: { fields: ['id'] }, request: { fields: ['documentId'] } },
        }),
      ]);
      const activePerVolunteer = new Map<number, number>();
      const alreadyLinked = new Set<number>();
      for (const match of activeMatches.filter(isActive)) {
        if (!match.volunteer) continue;
        activePerVolunteer.set(match.volunteer.id, (activePerVolunteer.get(match.volunteer.id) ?? 0) + 1);
        if (match.request?.documentId === documentId) alreadyLinked.add(match.volunteer.id);
      }
      const candidates = offers
        .filter((offer) => offer.owner && !alreadyLinked.has(offer.owner.id))
        .map((record) => ({ ...toOfferCandidate(record, activePerVolunteer), record }));
      const ranked = rankOffersForRequest(
        {
          ownerId: account.id,
          categories: request.categories,
          district: request.district,
          slots: request.slots,
          dates: request.dates,
        },
        candidates,
        now,
      );
      return ranked
        .slice(0, SUGGESTION_LIMIT)
        .map((entry) => presentSuggestion(entry, 'offer', (candidate) => presentPublicOffer(candidate.record)));
    },

    /** The hourly job: requests past their end date become expired (unless already filled or closed). */
    async expireOverdue(): Promise<number> {
      const { today } = clock();
      const overdue = await store.requests.findMany({
        filters: { lifecycle: 'open', untilDate: { $lt: today } },
        fields: ['documentId'],
      });
      for (const request of overdue) await refresh(request.documentId);
      return overdue.length;
    },
  };
};

function toOfferCandidate(offer: OfferRecord, activePerVolunteer: ReadonlyMap<number, number>): OfferCandidate {
  const ownerId = offer.owner?.id ?? 0;
  return {
    id: offer.documentId,
    ownerId,
    categories: offer.categories,
    districts: offer.districts,
    availability: offer.availability,
    createdAt: offer.createdAt,
    visible: offer.visible,
    hiddenByModerator: offer.hiddenByModerator,
    ownerBlocked: Boolean(offer.owner?.blocked),
    activeMatches: activePerVolunteer.get(ownerId) ?? 0,
  };
}
