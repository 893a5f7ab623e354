import type { Core } from '@strapi/strapi';
import {
  inviteInputSchema,
  matchListQuerySchema,
  messageInputSchema,
  respondInputSchema,
} from '../../../shared/contracts';
import { getService } from '../get-service';
import { bodyData, parseInput } from '../validation';
import { accountOf, idParam, type Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const matches = () => getService(strapi, 'matches');
  return {
    async respond(ctx: Ctx) {
      const input = parseInput(respondInputSchema, bodyData(ctx.request.body));
      const data = await matches().respond(accountOf(ctx), idParam(ctx), input);
      ctx.status = 201;
      return { data };
    },
    async invite(ctx: Ctx) {
      const input = parseInput(inviteInputSchema, bodyData(ctx.request.body));
      const data = await matches().invite(accountOf(ctx), idParam(ctx), input);
      ctx.status = 201;
      return { data };
    },
    async findMine(ctx: Ctx) {
      return { data: await matches().listMine(accountOf(ctx), parseInput(matchListQuerySchema, ctx.query)) };
    },
    async findOne(ctx: Ctx) {
      return { data: await matches().findMine(accountOf(ctx), idParam(ctx)) };
    },
    async accept(ctx: Ctx) {
      return { data: await matches().act(accountOf(ctx), idParam(ctx), 'accept') };
    },
    async decline(ctx: Ctx) {
      return { data: await matches().act(accountOf(ctx), idParam(ctx), 'decline') };
    },
    async withdraw(ctx: Ctx) {
      return { data: await matches().act(accountOf(ctx), idParam(ctx), 'withdraw') };
    },
    async messages(ctx: Ctx) {
      return { data: await matches().listMessages(accountOf(ctx), idParam(ctx)) };
    },
    async postMessage(ctx: Ctx) {
      const input = parseInput(messageInputSchema, bodyData(ctx.request.body));
      const data = await matches().postMessage(accountOf(ctx), idParam(ctx), input);
      ctx.status = 201;
      return { data };
    },
  };
};
