/**
 * Content API under /api (prefix '' drops the plugin name). The public and authenticated roles may
 * reach every route (granted in bootstrap.ts) and the services decide, so an anonymous visitor who
 * presses "steun" gets the one step that unlocks it ("log in") rather than a bare 403.
 * Admin API under /proposals, for the participation officer only: the role (or super admin) and
 * the admin permission the menu link "Burgervoorstellen" is shown with, so the panel never offers
 * what the server refuses.
 */
import { SCREEN_ACTION_ID } from '../register';

import { supportAuth } from './support-auth';

const open = { prefix: '' };
const officerOnly = {
  policies: [
    'plugin::votes.is-participation-officer',
    { name: 'admin::hasPermissions', config: { actions: [SCREEN_ACTION_ID] } },
  ],
};

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
      // The hot path: a lean token check instead of users-permissions' role lookup (see support-auth.ts).
      {
        method: 'POST',
        path: '/proposals/:documentId/support',
        handler: 'proposals.support',
        config: { ...open, ...supportAuth() },
      },
      {
        method: 'DELETE',
        path: '/proposals/:documentId/support',
        handler: 'proposals.withdrawSupport',
        config: { ...open, ...supportAuth() },
      },
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
