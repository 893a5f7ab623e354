/** Admin API for the participation officer (policy plugin::votes.is-participation-officer on every route). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { STAGES, staffTransitionSchema } from '../../../shared/contracts';
import { getService } from '../services/get-service';
import { documentIdFrom, parse } from './request';

export const createStaffController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /proposals/screening-queue */
  async queue(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'staff').queue() };
  },

  /** GET /proposals/proposals?stage= */
  async find(ctx: Context) {
    const { stage } = parse(z.object({ stage: z.enum(STAGES).optional() }), ctx.query, 'Onbekende fase.');
    ctx.body = { data: await getService(strapi, 'staff').list(stage) };
  },

  /** GET /proposals/proposals/:documentId */
  async findOne(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'staff').detail(documentIdFrom(ctx)) };
  },

  /** POST /proposals/proposals/:documentId/transitions { action, reason?, outcome?, answer?, note? } */
  async transition(ctx: Context) {
    const documentId = documentIdFrom(ctx);
    const request = parse(staffTransitionSchema, ctx.request.body, 'Onbekende of onvolledige stap.');
    ctx.body = { data: await getService(strapi, 'staff').transition(documentId, request) };
  },
});
