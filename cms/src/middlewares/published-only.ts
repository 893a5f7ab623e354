/**
 * Route middleware for the public read routes: the content API serves published content only.
 *
 * Strapi 5's REST API lets any caller with `find` ask for drafts with `?status=draft`. Residents
 * must never see a draft, so the status is pinned to `published` whatever the query says. Drafts
 * are for staff, in the admin.
 */
import type { Core } from '@strapi/strapi';

export default (_config: unknown, _context: { strapi: Core.Strapi }) => {
  return async (ctx: { query: Record<string, unknown> }, next: () => Promise<unknown>) => {
    ctx.query = { ...ctx.query, status: 'published' };
    await next();
  };
};
