export default {
  'content-api': {
    type: 'content-api',
    routes: [
      {
        // POST /api/search/reindex, used by `npm run search:reindex`.
        method: 'POST',
        path: '/reindex',
        handler: 'reindex.start',
        config: { auth: false, policies: ['plugin::search.has-master-key'] },
      },
    ],
  },
};
