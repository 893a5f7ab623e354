import type { Core } from '@strapi/strapi';
import { documentIdSchema, offerInputSchema, offerListQuerySchema, offerUpdateSchema } from '../../../shared/contracts';
import { getService } from '../get-service';
import { bodyData, parseInput } from '../validation';
import { accountOf, idParam, type Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const offers = () => getService(strapi, 'offers');
  return {
    async find(ctx: Ctx) {
      return offers().listPublic(parseInput(offerListQuerySchema, ctx.query));
    },
    async findOne(ctx: Ctx) {
      return { data: await offers().findPublic(parseInput(documentIdSchema, idParam(ctx))) };
    },
    async findMine(ctx: Ctx) {
      return { data: await offers().listMine(accountOf(ctx)) };
    },
    async findMineOne(ctx: Ctx) {
      return { data: await offers().findMine(accountOf(ctx), idParam(ctx)) };
    },
    async create(ctx: Ctx) {
      const input = parseInput(offerInputSchema, bodyData(ctx.request.body));
      const data = await offers().create(accountOf(ctx), input);
      ctx.status = 201;
      return { data };
    },
    async update(ctx: Ctx) {
      const input = parseInput(offerUpdateSchema, bodyData(ctx.request.body));
      return { data: await offers().update(accountOf(ctx), idParam(ctx), input) };
    },
    async delete(ctx: Ctx) {
      await offers().remove(accountOf(ctx), idParam(ctx));
      return { data: null };
    },
    async suggestions(ctx: Ctx) {
      return { data: await offers().suggestions(accountOf(ctx), idParam(ctx)) };
    },
  };
};
