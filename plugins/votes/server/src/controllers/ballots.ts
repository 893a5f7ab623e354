/**
 * The public face of the engine: read a ballot (with the caller's own part in it), cast a vote,
 * withdraw it. Residents reach these through the portal; polls and other votable things use them
 * directly, proposals through their own routes (plugins/proposals) which call the same service.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { castVoteRequestSchema, documentIdSchema, voteRefusalMessages } from '../../../shared/contracts';
import { getService } from '../services/get-service';
import type { Account } from '../services/voters';

export function ballotIdFrom(ctx: Context): string {
  const parsed = documentIdSchema.safeParse(ctx.params.documentId);
  if (!parsed.success)
    throw new errors.ValidationError(voteRefusalMessages['unknown-ballot'].nl, { reason: 'unknown-ballot' });
  return parsed.data;
}

export function accountOf(ctx: Context): Account | null {
  return (ctx.state.user as Account | undefined) ?? null;
}

export const createBallotsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/ballots/:documentId → { data: ballot, meta: { viewer } } */
  async findOne(ctx: Context) {
    const ballot = await getService(strapi, 'ballots').findByDocumentId(ballotIdFrom(ctx));
    if (!ballot) throw new errors.NotFoundError(voteRefusalMessages['unknown-ballot'].nl, { reason: 'unknown-ballot' });
    const now = new Date();
    const counts = await getService(strapi, 'ballots').counts(ballot.id);
    ctx.body = {
      data: getService(strapi, 'ballots').publicView(ballot, counts, now),
      meta: { viewer: await getService(strapi, 'casting').viewer(accountOf(ctx), ballot, now) },
    };
  },

  /** POST /api/ballots/:documentId/votes { choices } → { data: receipt } */
  async cast(ctx: Context) {
    const documentId = ballotIdFrom(ctx);
    const body = castVoteRequestSchema.safeParse(ctx.request.body ?? {});
    if (!body.success)
      throw new errors.ValidationError(voteRefusalMessages['invalid-choice'].nl, { reason: 'invalid-choice' });
    ctx.body = { data: await getService(strapi, 'casting').cast(accountOf(ctx), documentId, body.data.choices) };
  },

  /** DELETE /api/ballots/:documentId/votes → { data: receipt } */
  async withdraw(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'casting').withdraw(accountOf(ctx), ballotIdFrom(ctx)) };
  },
});
