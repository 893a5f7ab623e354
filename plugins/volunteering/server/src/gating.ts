/**
 * Who may do what. The identity plugin (plugins/verification) owns the answer to "may this user
 * do action X, and if not, which one step unlocks it"; this adapter asks it. Until that service
 * exists, the rule is the one volunteering needs: a logged-in account with a confirmed e-mail
 * address. Swapping is the one line marked below.
 */
import type { Core } from '@strapi/strapi';

export const VOLUNTEERING_ACTIONS = [
  'volunteering.post-offer',
  'volunteering.post-request',
  'volunteering.respond',
  'volunteering.manage',
  'volunteering.report',
] as const;
export type VolunteeringAction = (typeof VOLUNTEERING_ACTIONS)[number];

export type UnlockStep = 'log-in' | 'confirm-email';

export type GateAnswer = { allowed: true } | { allowed: false; step: UnlockStep; message: string };

export interface GateUser {
  id: number;
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

const LOG_IN: Record<VolunteeringAction, string> = {
  'volunteering.post-offer': 'Log in om een vrijwilligersaanbod te plaatsen.',
  'volunteering.post-request': 'Log in om een hulpvraag te plaatsen.',
  'volunteering.respond': 'Log in om te reageren.',
  'volunteering.manage': 'Log in om je vrijwilligerswerk te beheren.',
  'volunteering.report': 'Log in om iets te melden.',
};

/** The fallback rule: an account, not blocked, with a confirmed e-mail address. */
export function confirmedAccountRule(user: GateUser | null | undefined, action: VolunteeringAction): GateAnswer {
  if (!user || user.blocked) return { allowed: false, step: 'log-in', message: LOG_IN[action] };
  if (user.confirmed === false) {
    return {
      allowed: false,
      step: 'confirm-email',
      message: 'Bevestig eerst je e-mailadres via de link in je mailbox.',
    };
  }
  return { allowed: true };
}

export async function askGate(
  _strapi: Core.Strapi,
  user: GateUser | null | undefined,
  action: VolunteeringAction,
): Promise<GateAnswer> {
  // The one line to swap once plugins/verification exposes its gating service.
  return confirmedAccountRule(user, action);
}
