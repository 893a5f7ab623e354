/**
 * Matches between a volunteer and a help request: responding, inviting, accepting, declining,
 * withdrawing, and the messages the two sides exchange on the platform. Only the two parties of a
 * match can see it or act on it; anyone else gets the same "not found" as for a match that does
 * not exist. Every change of consent runs with the request locked, so the number of accepted
 * volunteers never exceeds what the request asked for.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type {
  MatchListQuery,
  inviteInputSchema,
  messageInputSchema,
  respondInputSchema,
} from '../../../shared/contracts';
import { containsContactDetails } from '../../../shared/text-rules';
import type { MatchSide } from '../../../shared/vocabulary';
import { clock } from '../clock';
import { isPubliclyVisibleOffer, isPubliclyVisibleRequest } from '../domain/listing';
import { contactVisible, decide, isActive, otherSide, type MatchCommand } from '../domain/match-lifecycle';
import { presentMatch, presentMessage } from '../domain/presenting';
import type { HelpRequestRecord, MatchRecord } from '../domain/records';
import { effectiveLifecycle, refusalToJoin } from '../domain/request-lifecycle';
import { getService } from '../get-service';
import { createStore, withRequestLocked } from '../store';
import { validationError } from '../validation';
import type { NotificationKind } from './notifications';
import { OFFER_NOT_FOUND, OWNER_POPULATE, REQUEST_POPULATE, type Account } from './offers';
import { REQUEST_NOT_FOUND } from './requests';

export const MATCH_NOT_FOUND = 'Deze match bestaat niet of je hebt er geen toegang toe.';

const MATCH_POPULATE = {
  request: { populate: REQUEST_POPULATE },
  offer: { fields: ['title'] },
  volunteer: { fields: ['blocked'] },
} as const;

const NOTIFICATION_FOR: Record<Exclude<MatchCommand, 'message'>, NotificationKind> = {
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
};

function sideOf(match: MatchRecord, account: Account): MatchSide | null {
  if (match.volunteer?.id === account.id) return 'volunteer';
  if (match.request?.poster?.id === account.id) return 'requester';
  return null;
}

function userOfSide(match: MatchRecord, side: MatchSide): number | undefined {
  return side === 'volunteer' ? match.volunteer?.id : match.request?.poster?.id;
}

function refuseUnlessOpen(request: HelpRequestRecord, today: string): void {
  const lifecycle = effectiveLifecycle(request, today);
  const refusal = refusalToJoin(lifecycle);
  if (refusal) throw new errors.ApplicationError(refusal, { reason: `request-${lifecycle}` });
}

export const createMatchesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);
  const notifications = () => getService(strapi, 'notifications');

  async function load(documentId: string): Promise<MatchRecord | null> {
    return store.matches.findOne({ documentId, populate: MATCH_POPULATE });
  }

  async function loadForParty(
    account: Account,
    documentId: string,
  ): Promise<{ match: MatchRecord; side: MatchSide; request: HelpRequestRecord }> {
    const match = await load(documentId);
    const side = match ? sideOf(match, account) : null;
    if (!match || !side || !match.request) throw new errors.NotFoundError(MATCH_NOT_FOUND);
    return { match, side, request: match.request };
  }

  async function activeMatchBetween(volunteerId: number, requestDocumentId: string): Promise<MatchRecord | null> {
    const matches = await store.matches.findMany({
      filters: { volunteer: { id: volunteerId }, request: { documentId: requestDocumentId } },
      fields: ['lifecycle', 'initiatedBy'],
    });
    return matches.find(isActive) ?? null;
  }

  async function notifyOtherSide(match: MatchRecord, actingSide: MatchSide, kind: NotificationKind): Promise<void> {
    const recipient = userOfSide(match, otherSide(actingSide));
    if (recipient === undefined || !match.request) return;
    await notifications().notify(recipient, kind, { documentId: match.documentId, requestTitle: match.request.title });
  }

  async function presentFresh(documentId: string, side: MatchSide) {
    const match = await load(documentId);
    if (!match) throw new errors.NotFoundError(MATCH_NOT_FOUND);
    return presentMatch(match, side, clock().today);
  }

  return {
    /** A volunteer offers to help with a request; responding is their consent. */
    async respond(account: Account, requestDocumentId: string, input: z.output<typeof respondInputSchema>) {
      const { today, nowIso } = clock();
      const request = await store.requests.findOne({ documentId: requestDocumentId, populate: REQUEST_POPULATE });
      if (!request || !isPubliclyVisibleRequest(request)) throw new errors.NotFoundError(REQUEST_NOT_FOUND);
      if (request.poster?.id === account.id) {
        throw new errors.PolicyError('Je kunt niet reageren op je eigen hulpvraag.', { reason: 'own-request' });
      }
      refuseUnlessOpen(request, today);
      const offer = input.offerId ? await getService(strapi, 'offers').loadOwned(account, input.offerId) : null;
      await getService(strapi, 'words').assertClean({ publicName: input.publicName, message: input.message });

      const created = await withRequestLocked(strapi, requestDocumentId, async () => {
        const existing = await activeMatchBetween(account.id, requestDocumentId);
        if (existing) {
          throw new errors.ApplicationError(
            existing.initiatedBy === 'requester'
              ? 'Je bent al uitgenodigd voor deze hulpvraag: aanvaard die uitnodiging bij je matches.'
              : 'Je hebt al gereageerd op deze hulpvraag.',
            { reason: 'already-linked' },
          );
        }
        const match = await store.matches.create({
          data: {
            request: request.id,
            offer: offer ? offer.id : null,
            volunteer: account.id,
            initiatedBy: 'volunteer',
            lifecycle: 'pending',
            volunteerConsentAt: nowIso,
            volunteerName: input.publicName ?? offer?.publicName,
            volunteerContactEmail: input.contactEmail ?? offer?.contactEmail ?? account.email,
            volunteerContactPhone:
              input.contactPhone !== undefined ? input.contactPhone : (offer?.contactPhone ?? null),
          },
        });
        if (input.message) {
          await store.messages.create({
            data: { match: match.id, sender: account.id, senderSide: 'volunteer', body: input.message },
          });
        }
        return match;
      });

      const fresh = await load(created.documentId);
      if (fresh) await notifyOtherSide(fresh, 'volunteer', 'response');
      return presentFresh(created.documentId, 'volunteer');
    },

    /** A requester asks the volunteer behind an offer to help; inviting is their consent. */
    async invite(account: Account, requestDocumentId: string, input: z.output<typeof inviteInputSchema>) {
      const { today, nowIso } = clock();
      const request = await getService(strapi, 'requests').loadOwned(account, requestDocumentId);
      refuseUnlessOpen(request, today);
      const offer = await store.offers.findOne({ documentId: input.offerId, populate: OWNER_POPULATE });
      if (!offer || !offer.owner || !isPubliclyVisibleOffer(offer)) throw new errors.NotFoundError(OFFER_NOT_FOUND);
      if (offer.owner.id === account.id) {
        throw new errors.PolicyError('Je kunt je eigen aanbod niet uitnodigen.', { reason: 'own-offer' });
      }
      const volunteerId = offer.owner.id;
      await getService(strapi, 'words').assertClean({ message: input.message });

      const created = await withRequestLocked(strapi, requestDocumentId, async () => {
        if (await activeMatchBetween(volunteerId, requestDocumentId)) {
          throw new errors.ApplicationError('Deze vrijwilliger is al gekoppeld aan je hulpvraag.', {
            reason: 'already-linked',
          });
        }
        const match = await store.matches.create({
          data: {
            request: request.id,
            offer: offer.id,
            volunteer: volunteerId,
            initiatedBy: 'requester',
            lifecycle: 'pending',
            requesterConsentAt: nowIso,
            volunteerName: offer.publicName,
            volunteerContactEmail: offer.contactEmail,
            volunteerContactPhone: offer.contactPhone ?? null,
          },
        });
        if (input.message) {
          await store.messages.create({
            data: { match: match.id, sender: account.id, senderSide: 'requester', body: input.message },
          });
        }
        return match;
      });

      const fresh = await load(created.documentId);
      if (fresh) await notifyOtherSide(fresh, 'requester', 'invitation');
      return presentFresh(created.documentId, 'requester');
    },

    async listMine(account: Account, query: MatchListQuery) {
      const { today } = clock();
      const matches = await store.matches.findMany({
        filters: {
          $or: [{ volunteer: { id: account.id } }, { request: { poster: { id: account.id } } }],
          ...(query.lifecycle ? { lifecycle: query.lifecycle } : {}),
        },
        populate: MATCH_POPULATE,
        sort: [{ createdAt: 'desc' }],
      });
      return matches.flatMap((match) => {
        const side = sideOf(match, account);
        if (!side || (query.role && query.role !== side)) return [];
        return [presentMatch(match, side, today)];
      });
    },

    async findMine(account: Account, documentId: string) {
      const { match, side } = await loadForParty(account, documentId);
      return presentMatch(match, side, clock().today);
    },

    async act(account: Account, documentId: string, command: Exclude<MatchCommand, 'message'>) {
      const { side, request } = await loadForParty(account, documentId);
      const requestDocumentId = request.documentId;
      const { today, nowIso } = clock();

      const updated = await withRequestLocked(strapi, requestDocumentId, async () => {
        const current = await load(documentId);
        if (!current?.request) throw new errors.NotFoundError(MATCH_NOT_FOUND);
        const decision = decide(current, side, command, nowIso);
        if (!decision.ok) throw new errors.ApplicationError(decision.message, { reason: 'match-state' });
        // Joining needs an open request; a full one is "filled", so the last place cannot be taken twice.
        if (command === 'accept') refuseUnlessOpen(current.request, today);
        await store.matches.update({ documentId, data: decision.change });
        if (current.lifecycle === 'accepted' || decision.change.lifecycle === 'accepted') {
          await getService(strapi, 'requests').refresh(requestDocumentId);
        }
        return current;
      });

      await notifyOtherSide(updated, side, NOTIFICATION_FOR[command]);
      return presentFresh(documentId, side);
    },

    async listMessages(account: Account, documentId: string) {
      const { match, side } = await loadForParty(account, documentId);
      const messages = await store.messages.findMany({
        filters: { match: { id: match.id } },
        sort: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return messages.map((message) => presentMessage(message, side));
    },

    async postMessage(account: Account, documentId: string, input: z.output<typeof messageInputSchema>) {
      const { match, side } = await loadForParty(account, documentId);
      const decision = decide(match, side, 'message', clock().nowIso);
      if (!decision.ok) throw new errors.ApplicationError(decision.message, { reason: 'match-state' });
      if (!contactVisible(match) && containsContactDetails(input.body)) {
        throw validationError([
          {
            path: ['body'],
            message:
              'mag nog geen e-mailadres of telefoonnummer bevatten: die worden pas gedeeld als jullie allebei akkoord gaan',
          },
        ]);
      }
      await getService(strapi, 'words').assertClean({ body: input.body });
      const message = await store.messages.create({
        data: { match: match.id, sender: account.id, senderSide: side, body: input.body },
      });
      await notifyOtherSide(match, side, 'message');
      return presentMessage(message, side);
    },
  };
};
