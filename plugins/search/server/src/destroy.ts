import type { Core } from '@strapi/strapi';
import { getService } from './services';

/** Sends the index updates still queued before Strapi stops (bounded, so shutdown never hangs). */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const indexer = getService(strapi, 'indexer');
  if (indexer.enabled) await indexer.stop();
};
