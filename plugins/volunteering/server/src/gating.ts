/**
 * Who may take part. The identity plugin (plugins/verification) owns the answer to "may this user
 * do action X, and if not, which one step unlocks it"; this adapter asks its `gating` service with
 * the action `volunteer` (an account with a confirmed e-mail address). When that plugin is not
 * loaded, the same rule applies here, so volunteering never runs ungated.
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

export type GateAnswer = { allowed: true } | { allowed: false; step: string; message: string };

export interface GateUser {
  id: number;
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

/** The part of plugins/verification's gating service used here. */
interface VerificationGating {
  decide(account: GateUser | null, action: 'volunteer'): Promise<GateAnswer>;
}

/** The rule when the identity plugin is absent: an account, not blocked, with a confirmed e-mail address. */
export function confirmedAccountRule(user: GateUser | null | undefined): GateAnswer {
  if (!user || user.blocked) {
    return { allowed: false, step: 'log-in', message: 'Meld je aan of maak een account om mee te doen.' };
  }
  if (user.confirmed !== true) {
    return {
      allowed: false,
      step: 'confirm-email',
      message: 'Bevestig eerst je e-mailadres met de link in de e-mail die we je stuurden.',
    };
  }
  return { allowed: true };
}

export async function askGate(
  strapi: Core.Strapi,
  user: GateUser | null | undefined,
  // Every volunteering action needs the same thing today; the name travels along in the refusal.
  _action: VolunteeringAction,
): Promise<GateAnswer> {
  const gating = strapi.plugin('verification')?.service('gating') as VerificationGating | undefined;
  if (gating) return gating.decide(user ?? null, 'volunteer');
  return confirmedAccountRule(user);
}
