import { factories } from '@strapi/strapi';

// Read-only for residents (see bootstrap/public-permissions.ts); drafts never leave the CMS.
export default factories.createCoreRouter('api::topic.topic', {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
