/**
 * Contact with consent. A match links one volunteer and one help request. The side that starts it
 * (the volunteer responding, or the requester inviting) consents by doing so; the other side
 * accepts or declines. Only when both consented is the match accepted and may each side see the
 * other's contact details. Either side may withdraw at any time, which hides them again.
 */
import type { MatchLifecycle, MatchSide } from '../../../shared/vocabulary';

export interface MatchState {
  lifecycle: MatchLifecycle;
  volunteerConsentAt: string | null;
  requesterConsentAt: string | null;
}

export type MatchCommand = 'accept' | 'decline' | 'withdraw' | 'message';

export type Decision =
  | { ok: true; change: Partial<MatchState> & { acceptedAt?: string; endedAt?: string; endedBy?: MatchSide } }
  | { ok: false; message: string };

export function otherSide(side: MatchSide): MatchSide {
  return side === 'volunteer' ? 'requester' : 'volunteer';
}

function consentOf(state: MatchState, side: MatchSide): string | null {
  return side === 'volunteer' ? state.volunteerConsentAt : state.requesterConsentAt;
}

const ENDED = 'Deze match is beëindigd.';

export function decide(state: MatchState, side: MatchSide, command: MatchCommand, now: string): Decision {
  const ended = state.lifecycle === 'declined' || state.lifecycle === 'withdrawn';
  switch (command) {
    case 'accept': {
      if (ended) return { ok: false, message: ENDED };
      if (consentOf(state, side) !== null) return { ok: false, message: 'Je hebt deze match al aanvaard.' };
      const consent = side === 'volunteer' ? { volunteerConsentAt: now } : { requesterConsentAt: now };
      const bothAgree = consentOf(state, otherSide(side)) !== null;
      return { ok: true, change: bothAgree ? { ...consent, lifecycle: 'accepted', acceptedAt: now } : consent };
    }
    case 'decline': {
      if (ended) return { ok: false, message: ENDED };
      if (consentOf(state, side) !== null)
        return { ok: false, message: 'Je hebt deze match al aanvaard; trek hem in als je niet meer wilt.' };
      return { ok: true, change: { lifecycle: 'declined', endedAt: now, endedBy: side } };
    }
    case 'withdraw': {
      if (ended) return { ok: false, message: ENDED };
      if (consentOf(state, side) === null)
        return { ok: false, message: 'Je hebt deze match nog niet aanvaard; weiger hem als je niet wilt.' };
      return { ok: true, change: { lifecycle: 'withdrawn', endedAt: now, endedBy: side } };
    }
    case 'message':
      return ended ? { ok: false, message: ENDED } : { ok: true, change: {} };
  }
}

/** Which commands this side may give now: what the portal shows as buttons. */
export function allowedCommands(state: MatchState, side: MatchSide): Record<MatchCommand, boolean> {
  const now = new Date(0).toISOString();
  return {
    accept: decide(state, side, 'accept', now).ok,
    decline: decide(state, side, 'decline', now).ok,
    withdraw: decide(state, side, 'withdraw', now).ok,
    message: decide(state, side, 'message', now).ok,
  };
}

/** The one rule that guards contact details. */
export function contactVisible(state: MatchState): boolean {
  return state.lifecycle === 'accepted' && state.volunteerConsentAt !== null && state.requesterConsentAt !== null;
}

/** A match that still counts: it blocks a second one between the same volunteer and request. */
export function isActive(state: Pick<MatchState, 'lifecycle'>): boolean {
  return state.lifecycle === 'pending' || state.lifecycle === 'accepted';
}
