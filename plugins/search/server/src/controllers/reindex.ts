import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../services';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Rebuilds every content index (fresh indexes, then an atomic swap) and reports the counts. */
  async start(ctx: { body: unknown }) {
    const indexer = getService(strapi, 'indexer');
    if (!indexer.enabled) throw new errors.ApplicationError('Zoeken staat uit: MEILI_URL is niet gezet.');
    ctx.body = { data: await indexer.reindexAll() };
  },
});
