/**
 * Records → API responses. Each response is built from an explicit list of fields, never by
 * copying a record, so a field added to a content type stays out of every response until someone
 * decides who may see it. Contact details appear in exactly two places: an owner's view of their
 * own post, and a match whose both sides consented (`contactVisible`).
 */
import type {
  Match,
  Message,
  OwnOffer,
  OwnOrganisation,
  OwnRequest,
  PublicOffer,
  PublicRequest,
} from '../../../shared/contracts';
import type { MatchSide } from '../../../shared/vocabulary';
import { allowedCommands, contactVisible, otherSide } from './match-lifecycle';
import type { Ranked, ScoreParts } from './matching';
import type { HelpRequestRecord, MatchRecord, MessageRecord, OfferRecord, OrganisationRecord } from './records';
import { effectiveLifecycle, spotsLeft } from './request-lifecycle';

export function presentPublicOffer(offer: OfferRecord): PublicOffer {
  return {
    id: offer.documentId,
    publicName: offer.publicName,
    title: offer.title,
    description: offer.description,
    categories: [...offer.categories],
    districts: [...offer.districts],
    availability: offer.availability.map(({ weekday, partOfDay }) => ({ weekday, partOfDay })),
    frequency: offer.frequency,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
  };
}

export function presentOwnOffer(offer: OfferRecord): OwnOffer {
  return {
    ...presentPublicOffer(offer),
    visible: offer.visible,
    hiddenByModerator: offer.hiddenByModerator,
    contactEmail: offer.contactEmail,
    contactPhone: offer.contactPhone ?? null,
  };
}

export function presentPublicRequest(request: HelpRequestRecord, today: string): PublicRequest {
  const organisation = request.posterKind === 'organisation' ? (request.organisation ?? null) : null;
  return {
    id: request.documentId,
    title: request.title,
    description: request.description,
    categories: [...request.categories],
    district: request.district,
    slots: request.slots.map(({ weekday, partOfDay }) => ({ weekday, partOfDay })),
    dates: request.dates.map(({ date, partOfDay }) => ({ date, partOfDay })),
    volunteersNeeded: request.volunteersNeeded,
    spotsLeft: spotsLeft(request),
    untilDate: request.untilDate,
    lifecycle: effectiveLifecycle(request, today),
    poster: {
      kind: request.posterKind,
      name: organisation ? organisation.name : request.publicName,
      organisation: organisation ? { name: organisation.name, website: organisation.website ?? null } : null,
    },
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}

export function presentOwnRequest(request: HelpRequestRecord, today: string, pendingResponses: number): OwnRequest {
  return {
    ...presentPublicRequest(request, today),
    hiddenByModerator: request.hiddenByModerator,
    contactEmail: request.contactEmail,
    contactPhone: request.contactPhone ?? null,
    pendingResponses,
  };
}

export function presentOwnOrganisation(organisation: OrganisationRecord): OwnOrganisation {
  return {
    id: organisation.documentId,
    name: organisation.name,
    description: organisation.description ?? '',
    website: organisation.website ?? null,
    approval: organisation.approval,
    rejectionReason: organisation.rejectionReason ?? null,
    reviewedAt: organisation.reviewedAt ?? null,
  };
}

const roundParts = (parts: ScoreParts): ScoreParts => ({
  category: Math.round(parts.category * 10_000) / 10_000,
  district: Math.round(parts.district * 10_000) / 10_000,
  availability: Math.round(parts.availability * 10_000) / 10_000,
  recency: Math.round(parts.recency * 10_000) / 10_000,
  capacity: Math.round(parts.capacity * 10_000) / 10_000,
});

export function presentSuggestion<T, K extends string, P>(ranked: Ranked<T>, key: K, present: (candidate: T) => P) {
  return { score: ranked.score, parts: roundParts(ranked.parts), [key]: present(ranked.candidate) } as {
    score: number;
    parts: ScoreParts;
  } & Record<K, P>;
}

/** A match as one of its two sides sees it. The caller has checked that `side` is the viewer's. */
export function presentMatch(match: MatchRecord, side: MatchSide, today: string): Match {
  const request = match.request;
  if (!request) throw new Error('presentMatch needs the match with its request');
  const requesterName =
    request.posterKind === 'organisation' && request.organisation ? request.organisation.name : request.publicName;
  const revealed = contactVisible(match);
  const counterpart = otherSide(side);
  const requestLifecycle = effectiveLifecycle(request, today);
  const allowed = allowedCommands(match, side);
  return {
    id: match.documentId,
    lifecycle: match.lifecycle,
    initiatedBy: match.initiatedBy,
    myRole: side,
    request: {
      id: request.documentId,
      title: request.title,
      district: request.district,
      untilDate: request.untilDate,
      lifecycle: requestLifecycle,
    },
    offer: match.offer ? { id: match.offer.documentId, title: match.offer.title } : null,
    volunteerName: match.volunteerName,
    requesterName,
    consent: { volunteer: match.volunteerConsentAt !== null, requester: match.requesterConsentAt !== null },
    createdAt: match.createdAt,
    acceptedAt: match.acceptedAt ?? null,
    endedAt: match.endedAt ?? null,
    endedBy: match.endedBy ?? null,
    counterpartContact: !revealed
      ? null
      : counterpart === 'volunteer'
        ? { name: match.volunteerName, email: match.volunteerContactEmail, phone: match.volunteerContactPhone ?? null }
        : { name: requesterName, email: request.contactEmail, phone: request.contactPhone ?? null },
    // Accepting joins the request, which only an open request allows.
    allowed: { ...allowed, accept: allowed.accept && requestLifecycle === 'open' },
  };
}

export function presentMessage(message: MessageRecord, viewerSide: MatchSide): Message {
  return {
    id: message.documentId,
    fromMe: message.senderSide === viewerSide,
    side: message.senderSide,
    body: message.body,
    createdAt: message.createdAt,
  };
}
