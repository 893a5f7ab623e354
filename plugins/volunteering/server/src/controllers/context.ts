/** What every controller needs from Koa's context: the logged-in account and the path's id. */
import { errors } from '@strapi/utils';
import type { Account } from '../services/offers';

export interface Ctx {
  state: { user?: { id: number; email: string } | null };
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  status?: number;
}

/** The route's `gate` policy already refused anonymous callers; this keeps the types honest. */
export function accountOf(ctx: Ctx): Account {
  const user = ctx.state.user;
  if (!user) throw new errors.PolicyError('Log in om verder te gaan.', { unlock: 'log-in' });
  return { id: user.id, email: user.email };
}

export function idParam(ctx: Ctx): string {
  return ctx.params.id ?? '';
}
