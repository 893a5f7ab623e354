import type { Core } from '@strapi/strapi';
import { readSearchConfig } from '../config';
import { loadIndexSettings } from '../settings-files';
import { createIndexer, type Indexer } from './indexer';
import { createRegistryService, type RegistryService } from './registry';

/** Stands in for the indexer when MEILI_URL is not set: writes are not indexed, a reindex is refused. */
const disabledIndexer = {
  enabled: false as const,
};

export type IndexerService = Indexer | typeof disabledIndexer;

export interface SearchServices {
  registry: RegistryService;
  indexer: IndexerService;
}

export default {
  registry: createRegistryService,
  indexer: ({ strapi }: { strapi: Core.Strapi }): IndexerService => {
    const config = readSearchConfig();
    if (!config.enabled) return disabledIndexer;
    return createIndexer(strapi, config, getService(strapi, 'registry'), loadIndexSettings());
  },
};

export function getService<Name extends keyof SearchServices>(strapi: Core.Strapi, name: Name): SearchServices[Name] {
  return strapi.plugin('search').service(name) as SearchServices[Name];
}
