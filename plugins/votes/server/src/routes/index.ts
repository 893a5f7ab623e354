/**
 * Content API under /api (prefix '' drops the plugin name); the public and authenticated roles get
 * these actions in bootstrap.ts, and every rule (who may vote, when) is enforced in the service.
 * Admin API under /votes, for staff with the participation officer role.
 */
const officerOnly = { policies: ['plugin::votes.is-participation-officer'] };

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/ballots/:documentId', handler: 'ballots.findOne', config: { prefix: '' } },
      { method: 'POST', path: '/ballots/:documentId/votes', handler: 'ballots.cast', config: { prefix: '' } },
      { method: 'DELETE', path: '/ballots/:documentId/votes', handler: 'ballots.withdraw', config: { prefix: '' } },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/ballots/:documentId/audit', handler: 'staff.audit', config: officerOnly },
      { method: 'POST', path: '/ballots/:documentId/offline-votes', handler: 'staff.castOffline', config: officerOnly },
    ],
  },
};
