/**
 * Staff routes on the admin API, served at /volunteering/... for an admin session. Each checks the
 * admin permission registered in register.ts: `plugin::volunteering.moderate` or
 * `plugin::volunteering.statistics.read`.
 */
const may = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];
const MODERATE = may('plugin::volunteering.moderate');
const STATISTICS = may('plugin::volunteering.statistics.read');

const route = (method: string, path: string, handler: string, policies: unknown[]) => ({
  method,
  path,
  handler,
  config: { policies },
});

export default {
  type: 'admin',
  routes: [
    route('GET', '/moderation/organisations', 'staff.organisations', MODERATE),
    route('POST', '/moderation/organisations/:id/review', 'staff.reviewOrganisation', MODERATE),
    route('GET', '/moderation/offers', 'staff.offers', MODERATE),
    route('POST', '/moderation/offers/:id/hide', 'staff.hideOffer', MODERATE),
    route('POST', '/moderation/offers/:id/show', 'staff.showOffer', MODERATE),
    route('GET', '/moderation/requests', 'staff.requests', MODERATE),
    route('POST', '/moderation/requests/:id/hide', 'staff.hideRequest', MODERATE),
    route('POST', '/moderation/requests/:id/show', 'staff.showRequest', MODERATE),
    route('POST', '/moderation/accounts/:id/block', 'staff.blockAccount', MODERATE),
    route('POST', '/moderation/accounts/:id/unblock', 'staff.unblockAccount', MODERATE),
    route('GET', '/moderation/reports', 'staff.reports', MODERATE),
    route('POST', '/moderation/reports/:id/resolve', 'staff.resolveReport', MODERATE),
    route('GET', '/moderation/blocked-words', 'staff.blockedWords', MODERATE),
    route('PUT', '/moderation/blocked-words', 'staff.replaceBlockedWords', MODERATE),
    route('GET', '/statistics', 'staff.statistics', STATISTICS),
  ],
};
