/**
 * Volunteer offers: the public list, an owner's own offers, posting and editing, and the requests
 * suggested for an offer. Ownership is checked by the route policies and again here, where the
 * record is loaded: a non-owner gets the same "not found" as for an offer that does not exist.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { OfferListQuery } from '../../../shared/contracts';
import { offerInputSchema, offerUpdateSchema } from '../../../shared/contracts';
import type { z } from 'zod';
import { clock } from '../clock';
import { filterOffers, isPubliclyVisibleOffer, paginate } from '../domain/listing';
import { rankRequestsForOffer, type RequestCandidate } from '../domain/matching';
import { isActive } from '../domain/match-lifecycle';
import { presentOwnOffer, presentPublicOffer, presentPublicRequest, presentSuggestion } from '../domain/presenting';
import type { HelpRequestRecord, OfferRecord } from '../domain/records';
import { MAX_ACTIVE_POSTS_PER_ACCOUNT } from '../domain/request-lifecycle';
import { getService } from '../get-service';
import { createStore } from '../store';

export const OFFER_NOT_FOUND = 'Dit aanbod bestaat niet (meer) of je hebt er geen toegang toe.';
/** How many suggestions a list shows. */
export const SUGGESTION_LIMIT = 20;

export interface Account {
  id: number;
  email: string;
}

export const OWNER_POPULATE = { owner: { fields: ['blocked'] } } as const;
export const REQUEST_POPULATE = {
  poster: { fields: ['blocked'] },
  organisation: { fields: ['name', 'website'] },
} as const;

export function toRequestCandidate(request: HelpRequestRecord): RequestCandidate {
  return {
    id: request.documentId,
    ownerId: request.poster?.id ?? 0,
    categories: request.categories,
    district: request.district,
    slots: request.slots,
    dates: request.dates,
    createdAt: request.createdAt,
    hiddenByModerator: request.hiddenByModerator,
    ownerBlocked: Boolean(request.poster?.blocked),
    lifecycle: request.lifecycle,
    untilDate: request.untilDate,
    volunteersNeeded: request.volunteersNeeded,
    acceptedCount: request.acceptedCount,
  };
}

export const createOffersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function loadOwned(account: Account, documentId: string): Promise<OfferRecord> {
    const offer = await store.offers.findOne({ documentId, populate: OWNER_POPULATE });
    if (!offer || offer.owner?.id !== account.id) throw new errors.NotFoundError(OFFER_NOT_FOUND);
    return offer;
  }

  return {
    loadOwned,

    async listPublic(query: OfferListQuery) {
      const offers = await store.offers.findMany({
        filters: { visible: true, hiddenByModerator: false },
        populate: OWNER_POPULATE,
      });
      const { items, pagination } = paginate(filterOffers(offers, query), query.page, query.pageSize);
      return { data: items.map(presentPublicOffer), meta: { pagination } };
    },

    async findPublic(documentId: string) {
      const offer = await store.offers.findOne({ documentId, populate: OWNER_POPULATE });
      if (!offer || !isPubliclyVisibleOffer(offer)) throw new errors.NotFoundError(OFFER_NOT_FOUND);
      return presentPublicOffer(offer);
    },

    async listMine(account: Account) {
      const offers = await store.offers.findMany({
        filters: { owner: { id: account.id } },
        populate: OWNER_POPULATE,
        sort: [{ createdAt: 'desc' }],
      });
      return offers.map(presentOwnOffer);
    },

    async findMine(account: Account, documentId: string) {
      return presentOwnOffer(await loadOwned(account, documentId));
    },

    async create(account: Account, input: z.output<typeof offerInputSchema>) {
      await getService(strapi, 'words').assertClean({
        publicName: input.publicName,
        title: input.title,
        description: input.description,
      });
      const active = await store.offers.count({ filters: { owner: { id: account.id }, hiddenByModerator: false } });
      if (active >= MAX_ACTIVE_POSTS_PER_ACCOUNT) {
        throw new errors.ApplicationError(
          `Je hebt al ${MAX_ACTIVE_POSTS_PER_ACCOUNT} aanbiedingen. Verwijder er eerst een voor je een nieuwe plaatst.`,
          { reason: 'too-many-offers' },
        );
      }
      const offer = await store.offers.create({
        data: {
          ...input,
          contactEmail: input.contactEmail ?? account.email,
          contactPhone: input.contactPhone ?? null,
          hiddenByModerator: false,
          owner: account.id,
        },
        populate: OWNER_POPULATE,
      });
      return presentOwnOffer(offer);
    },

    async update(account: Account, documentId: string, input: z.output<typeof offerUpdateSchema>) {
      await loadOwned(account, documentId);
      await getService(strapi, 'words').assertClean({
        publicName: input.publicName,
        title: input.title,
        description: input.description,
      });
      const offer = await store.offers.update({
        documentId,
        data: input,
        populate: OWNER_POPULATE,
      });
      return presentOwnOffer(offer);
    },

    /** Matches keep the volunteer's name and contact copied at their start, so they survive this. */
    async remove(account: Account, documentId: string) {
      await loadOwned(account, documentId);
      await store.offers.delete({ documentId });
    },

    async suggestions(account: Account, documentId: string) {
      const offer = await loadOwned(account, documentId);
      const { now, today } = clock();
      const [requests, myMatches] = await Promise.all([
        store.requests.findMany({
          filters: { lifecycle: 'open', hiddenByModerator: false },
          populate: REQUEST_POPULATE,
        }),
        store.matches.findMany({
          filters: { volunteer: { id: account.id } },
          fields: ['lifecycle'],
          populate: { request: { fields: ['documentId'] } },
        }),
      ]);
      const alreadyLinked = new Set(
        myMatches.filter(isActive).flatMap((match) => (match.request ? [match.request.documentId] : [])),
      );
      const candidates = requests
        .filter((request) => !alreadyLinked.has(request.documentId))
        .map((record) => ({ ...toRequestCandidate(record), record }));
      const ranked = rankRequestsForOffer(
        {
          ownerId: account.id,
          categories: offer.categories,
          districts: offer.districts,
          availability: offer.availability,
        },
        candidates,
        now,
        today,
      );
      return ranked
        .slice(0, SUGGESTION_LIMIT)
        .map((entry) =>
          presentSuggestion(entry, 'request', (candidate) => presentPublicRequest(candidate.record, today)),
        );
    },
  };
};
