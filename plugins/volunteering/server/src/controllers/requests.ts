import type { Core } from '@strapi/strapi';
import {
  documentIdSchema,
  requestInputSchema,
  requestListQuerySchema,
  requestUpdateSchema,
} from '../../../shared/contracts';
import { getService } from '../get-service';
import { bodyData, parseInput } from '../validation';
import { accountOf, idParam, type Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => getService(strapi, 'requests');
  return {
    async find(ctx: Ctx) {
      return requests().listPublic(parseInput(requestListQuerySchema, ctx.query));
    },
    async findOne(ctx: Ctx) {
      return { data: await requests().findPublic(parseInput(documentIdSchema, idParam(ctx))) };
    },
    async findMine(ctx: Ctx) {
      return { data: await requests().listMine(accountOf(ctx)) };
    },
    async findMineOne(ctx: Ctx) {
      return { data: await requests().findMine(accountOf(ctx), idParam(ctx)) };
    },
    async create(ctx: Ctx) {
      const input = parseInput(requestInputSchema, bodyData(ctx.request.body));
      const data = await requests().create(accountOf(ctx), input);
      ctx.status = 201;
      return { data };
    },
    async update(ctx: Ctx) {
      const input = parseInput(requestUpdateSchema, bodyData(ctx.request.body));
      return { data: await requests().update(accountOf(ctx), idParam(ctx), input) };
    },
    async close(ctx: Ctx) {
      return { data: await requests().close(accountOf(ctx), idParam(ctx)) };
    },
    async suggestions(ctx: Ctx) {
      return { data: await requests().suggestions(accountOf(ctx), idParam(ctx)) };
    },
  };
};
