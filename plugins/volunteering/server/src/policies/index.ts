/**
 * Route policies: who may call a route at all. `gate` asks the gating adapter whether the caller
 * may do the route's action (logged in, e-mail confirmed, ...) and answers in Dutch with the one
 * step that unlocks it. Refusals are PolicyErrors (403): Strapi's route middleware replaces any
 * other Unauthorized/Forbidden error thrown after authentication with a bare English one. The ownership policies refuse anyone but the owner of the offer or
 * request, or a party of the match, with the same "not found" a missing one gets, so ids cannot
 * be probed. Services check again where they load the record; the route states the rule.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { askGate, VOLUNTEERING_ACTIONS, type GateUser, type VolunteeringAction } from '../gating';
import { getService } from '../get-service';

interface PolicyContext {
  state: { user?: (GateUser & { email: string }) | null };
  params: Record<string, string | undefined>;
}

interface PolicyEnv {
  strapi: Core.Strapi;
}

function isAction(value: unknown): value is VolunteeringAction {
  return typeof value === 'string' && (VOLUNTEERING_ACTIONS as readonly string[]).includes(value);
}

const gate = async (ctx: PolicyContext, config: { action?: unknown }, { strapi }: PolicyEnv) => {
  if (!isAction(config.action)) throw new Error(`gate-policy zonder geldige actie: ${String(config.action)}`);
  const answer = await askGate(strapi, ctx.state.user, config.action);
  if (answer.allowed) return true;
  throw new errors.PolicyError(answer.message, { action: config.action, unlock: answer.step });
};

function account(ctx: PolicyContext) {
  const user = ctx.state.user;
  if (!user) throw new errors.PolicyError('Log in om verder te gaan.', { unlock: 'log-in' });
  return { id: user.id, email: user.email };
}

const ownsOffer = async (ctx: PolicyContext, _config: unknown, { strapi }: PolicyEnv) => {
  await getService(strapi, 'offers').loadOwned(account(ctx), ctx.params.id ?? '');
  return true;
};

const ownsRequest = async (ctx: PolicyContext, _config: unknown, { strapi }: PolicyEnv) => {
  await getService(strapi, 'requests').loadOwned(account(ctx), ctx.params.id ?? '');
  return true;
};

const isMatchParty = async (ctx: PolicyContext, _config: unknown, { strapi }: PolicyEnv) => {
  await getService(strapi, 'matches').findMine(account(ctx), ctx.params.id ?? '');
  return true;
};

export default {
  gate,
  'owns-offer': ownsOffer,
  'owns-request': ownsRequest,
  'is-match-party': isMatchParty,
};
