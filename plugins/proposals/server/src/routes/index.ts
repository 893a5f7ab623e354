/**
 * Content API under /api (prefix '' drops the plugin name). The public and authenticated roles may
 * reach every route (granted in bootstrap.ts) and the services decide, so an anonymous visitor who
 * presses "steun" gets the one step that unlocks it ("log in") rather than a bare 403.
 * Admin API under /proposals, for the participation officer only.
 */
const open = { prefix: '' };
const officerOnly = { policies: ['plugin::votes.is-participation-officer'] };

export const CONTENT_ACTIONS = [
  'proposals.find',
  'proposals.mine',
  'proposals.findOne',
  'proposals.create',
  'proposals.update',
  'proposals.submit',
  'proposals.retract',
  'proposals.support',
  'proposals.withdrawSupport',
  'proposals.follow',
  'proposals.unfollow',
  'proposals.invite',
  'proposals.acceptInvitation',
  'meetings.find',
  'meetings.calendar',
  'meetings.findOne',
] as const;

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/proposals', handler: 'proposals.find', config: open },
      { method: 'GET', path: '/proposals/mine', handler: 'proposals.mine', config: open },
      { method: 'GET', path: '/proposals/:documentId', handler: 'proposals.findOne', config: open },
      { method: 'POST', path: '/proposals', handler: 'proposals.create', config: open },
      { method: 'PUT', path: '/proposals/:documentId', handler: 'proposals.update', config: open },
      { method: 'POST', path: '/proposals/:documentId/submit', handler: 'proposals.submit', config: open },
      { method: 'POST', path: '/proposals/:documentId/retract', handler: 'proposals.retract', config: open },
      { method: 'POST', path: '/proposals/:documentId/support', handler: 'proposals.support', config: open },
      { method: 'DELETE', path: '/proposals/:documentId/support', handler: 'proposals.withdrawSupport', config: open },
      { method: 'POST', path: '/proposals/:documentId/follow', handler: 'proposals.follow', config: open },
      { method: 'DELETE', path: '/proposals/:documentId/follow', handler: 'proposals.unfollow', config: open },
      { method: 'POST', path: '/proposals/:documentId/co-initiators', handler: 'proposals.invite', config: open },
      { method: 'POST', path: '/proposal-invitations/accept', handler: 'proposals.acceptInvitation', config: open },
      { method: 'GET', path: '/council-meetings', handler: 'meetings.find', config: open },
      { method: 'GET', path: '/council-meetings.ics', handler: 'meetings.calendar', config: open },
      { method: 'GET', path: '/council-meetings/:documentId', handler: 'meetings.findOne', config: open },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/screening-queue', handler: 'staff.queue', config: officerOnly },
      { method: 'GET', path: '/proposals', handler: 'staff.find', config: officerOnly },
      { method: 'GET', path: '/proposals/:documentId', handler: 'staff.findOne', config: officerOnly },
      { method: 'POST', path: '/proposals/:documentId/transitions', handler: 'staff.transition', config: officerOnly },
    ],
  },
};
