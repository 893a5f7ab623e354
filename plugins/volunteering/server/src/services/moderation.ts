/**
 * Staff moderation: hide and show offers and requests, block and unblock accounts. Staff views
 * carry no contact details: moderating needs what residents see, plus who posted it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { clock } from '../clock';
import { presentPublicOffer, presentPublicRequest } from '../domain/presenting';
import type { UserRef } from '../domain/records';
import { createStore } from '../store';
import { OWNER_POPULATE, REQUEST_POPULATE } from './offers';

const account = (user: UserRef | null | undefined) =>
  user ? { id: user.documentId ?? null, blocked: Boolean(user.blocked) } : null;

export const createModerationService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  return {
    async listOffers() {
      const offers = await store.offers.findMany({ populate: OWNER_POPULATE, sort: [{ createdAt: 'desc' }] });
      return offers.map((offer) => ({
        ...presentPublicOffer(offer),
        visible: offer.visible,
        hiddenByModerator: offer.hiddenByModerator,
        account: account(offer.owner),
      }));
    },

    async listRequests() {
      const { today } = clock();
      const requests = await store.requests.findMany({ populate: REQUEST_POPULATE, sort: [{ createdAt: 'desc' }] });
      return requests.map((request) => ({
        ...presentPublicRequest(request, today),
        hiddenByModerator: request.hiddenByModerator,
        account: account(request.poster),
      }));
    },

    async setOfferHidden(documentId: string, hidden: boolean) {
      if (!(await store.offers.findOne({ documentId }))) throw new errors.NotFoundError('Dit aanbod bestaat niet.');
      const offer = await store.offers.update({ documentId, data: { hiddenByModerator: hidden } });
      return { id: offer.documentId, hiddenByModerator: offer.hiddenByModerator };
    },

    async setRequestHidden(documentId: string, hidden: boolean) {
      if (!(await store.requests.findOne({ documentId })))
        throw new errors.NotFoundError('Deze hulpvraag bestaat niet.');
      const request = await store.requests.update({ documentId, data: { hiddenByModerator: hidden } });
      return { id: request.documentId, hiddenByModerator: request.hiddenByModerator };
    },

    /** Strapi refuses every token of a blocked account, and its posts leave the public lists. */
    async setAccountBlocked(documentId: string, blocked: boolean) {
      if (!(await store.users.findOne({ documentId }))) throw new errors.NotFoundError('Dit account bestaat niet.');
      const user = await store.users.update({ documentId, data: { blocked } });
      return { id: user.documentId, blocked: Boolean(user.blocked) };
    },
  };
};
