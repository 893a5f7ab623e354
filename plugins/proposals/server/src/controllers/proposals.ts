/**
 * Content API for the portal. Each handler validates, delegates to one service call, replies
 * `{ data, meta }`; the services enforce every rule (gating, ownership, stage).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import {
  acceptInvitationSchema,
  draftInputSchema,
  inviteCoInitiatorSchema,
  listQuerySchema,
} from '../../../shared/contracts';
import { getService } from '../services/get-service';
import { accountOf, documentIdFrom, parse } from './request';

const DRAFT_MESSAGE = 'Controleer de velden van je voorstel.';

export const createProposalsController = ({ strapi }: { strapi: Core.Strapi }) => {
  const proposals = () => getService(strapi, 'proposals');

  function requireAccount(ctx: Context) {
    const account = accountOf(ctx);
    if (!account) throw new errors.PolicyError('Meld je aan om je voorstellen te zien.', { step: 'log-in' });
    return account;
  }

  return {
    /** GET /api/proposals?stage=&topic=&district=&sort=support|newest|closing-soon&page=&pageSize= */
    async find(ctx: Context) {
      ctx.body = await proposals().list(parse(listQuerySchema, ctx.query, 'Ongeldige filter of sortering.'));
    },

    /** GET /api/proposals/:documentId → { data: detail with timeline, meta: { viewer, settings } } */
    async findOne(ctx: Context) {
      ctx.body = await proposals().detail(documentIdFrom(ctx), accountOf(ctx));
    },

    /** GET /api/proposals/mine */
    async mine(ctx: Context) {
      ctx.body = { data: await proposals().mine(requireAccount(ctx)) };
    },

    /** POST /api/proposals { title, summary, body, topic, district, displayName } → a new draft */
    async create(ctx: Context) {
      const input = parse(draftInputSchema, ctx.request.body, DRAFT_MESSAGE);
      ctx.status = 201;
      ctx.body = { data: await proposals().create(accountOf(ctx), input) };
    },

    /** PUT /api/proposals/:documentId — edit while draft or submitted */
    async update(ctx: Context) {
      const documentId = documentIdFrom(ctx);
      ctx.body = {
        data: await proposals().update(
          accountOf(ctx),
          documentId,
          parse(draftInputSchema, ctx.request.body, DRAFT_MESSAGE),
        ),
      };
    },

    async submit(ctx: Context) {
      ctx.body = { data: await proposals().initiatorTransition(accountOf(ctx), documentIdFrom(ctx), 'submit') };
    },

    async retract(ctx: Context) {
      ctx.body = { data: await proposals().initiatorTransition(accountOf(ctx), documentIdFrom(ctx), 'retract') };
    },

    /** POST /api/proposals/:documentId/support → { data: SupportReceipt } */
    async support(ctx: Context) {
      ctx.body = { data: await proposals().support(accountOf(ctx), documentIdFrom(ctx), false) };
    },

    /** DELETE /api/proposals/:documentId/support → { data: SupportReceipt } */
    async withdrawSupport(ctx: Context) {
      ctx.body = { data: await proposals().support(accountOf(ctx), documentIdFrom(ctx), true) };
    },

    async follow(ctx: Context) {
      ctx.body = { data: await proposals().follow(accountOf(ctx), documentIdFrom(ctx), true) };
    },

    async unfollow(ctx: Context) {
      ctx.body = { data: await proposals().follow(accountOf(ctx), documentIdFrom(ctx), false) };
    },

    /** POST /api/proposals/:documentId/co-initiators { email } */
    async invite(ctx: Context) {
      const documentId = documentIdFrom(ctx);
      const { email } = parse(inviteCoInitiatorSchema, ctx.request.body, 'Geef een geldig e-mailadres.');
      ctx.body = { data: await proposals().invite(accountOf(ctx), documentId, email) };
    },

    /** POST /api/proposal-invitations/accept { token, displayName } */
    async acceptInvitation(ctx: Context) {
      const { token, displayName } = parse(acceptInvitationSchema, ctx.request.body, 'Deze uitnodiging is ongeldig.');
      ctx.body = { data: await proposals().accept(accountOf(ctx), token, displayName) };
    },
  };
};
