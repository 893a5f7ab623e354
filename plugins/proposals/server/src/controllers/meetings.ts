/** Council meetings with their public agenda, and the iCalendar feed. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../services/get-service';
import { documentIdFrom } from './request';

export const createMeetingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/council-meetings → { data: { upcoming, past } } */
  async find(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'agenda').list() };
  },

  /** GET /api/council-meetings/:documentId */
  async findOne(ctx: Context) {
    const meeting = await getService(strapi, 'agenda').findOne(documentIdFrom(ctx));
    if (!meeting) throw new errors.NotFoundError('Deze zitting bestaat niet.');
    ctx.body = { data: meeting };
  },

  /** GET /api/council-meetings.ics */
  async calendar(ctx: Context) {
    ctx.set('content-type', 'text/calendar; charset=utf-8');
    ctx.set('content-disposition', 'inline; filename="gemeenteraad.ics"');
    ctx.set('cache-control', 'public, max-age=300');
    ctx.body = await getService(strapi, 'agenda').calendar();
  },
});
