/**
 * Residents' routes, served at /api/volunteering/... Public reads need no account; everything
 * else passes the `gate` policy first, then an ownership policy where the path names an offer,
 * request or match. Strapi's role permissions for these actions are granted to every
 * users-permissions role at bootstrap, so that these policies (not a bare English 403) decide.
 */
import type { VolunteeringAction } from '../gating';

const gate = (action: VolunteeringAction) => ({ name: 'plugin::volunteering.gate', config: { action } });
const OWNS_OFFER = 'plugin::volunteering.owns-offer';
const OWNS_REQUEST = 'plugin::volunteering.owns-request';
const IS_MATCH_PARTY = 'plugin::volunteering.is-match-party';

const route = (method: string, path: string, handler: string, policies: unknown[] = []) => ({
  method,
  path,
  handler,
  config: { policies },
});

const manage = gate('volunteering.manage');

export default {
  type: 'content-api',
  routes: [
    // Public
    route('GET', '/offers', 'offers.find'),
    route('GET', '/offers/:id', 'offers.findOne'),
    route('GET', '/requests', 'requests.find'),
    route('GET', '/requests/:id', 'requests.findOne'),
    route('GET', '/districts', 'residents.districts'),

    // Offers
    route('POST', '/offers', 'offers.create', [gate('volunteering.post-offer')]),
    route('PUT', '/offers/:id', 'offers.update', [manage, OWNS_OFFER]),
    route('DELETE', '/offers/:id', 'offers.delete', [manage, OWNS_OFFER]),
    route('GET', '/offers/:id/suggestions', 'offers.suggestions', [manage, OWNS_OFFER]),
    route('GET', '/me/offers', 'offers.findMine', [manage]),
    route('GET', '/me/offers/:id', 'offers.findMineOne', [manage, OWNS_OFFER]),

    // Requests
    route('POST', '/requests', 'requests.create', [gate('volunteering.post-request')]),
    route('PUT', '/requests/:id', 'requests.update', [manage, OWNS_REQUEST]),
    route('POST', '/requests/:id/close', 'requests.close', [manage, OWNS_REQUEST]),
    route('GET', '/requests/:id/suggestions', 'requests.suggestions', [manage, OWNS_REQUEST]),
    route('GET', '/me/requests', 'requests.findMine', [manage]),
    route('GET', '/me/requests/:id', 'requests.findMineOne', [manage, OWNS_REQUEST]),

    // Matches
    route('POST', '/requests/:id/responses', 'matches.respond', [gate('volunteering.respond')]),
    route('POST', '/requests/:id/invitations', 'matches.invite', [gate('volunteering.respond'), OWNS_REQUEST]),
    route('GET', '/me/matches', 'matches.findMine', [manage]),
    route('GET', '/matches/:id', 'matches.findOne', [manage, IS_MATCH_PARTY]),
    route('POST', '/matches/:id/accept', 'matches.accept', [manage, IS_MATCH_PARTY]),
    route('POST', '/matches/:id/decline', 'matches.decline', [manage, IS_MATCH_PARTY]),
    route('POST', '/matches/:id/withdraw', 'matches.withdraw', [manage, IS_MATCH_PARTY]),
    route('GET', '/matches/:id/messages', 'matches.messages', [manage, IS_MATCH_PARTY]),
    route('POST', '/matches/:id/messages', 'matches.postMessage', [gate('volunteering.respond'), IS_MATCH_PARTY]),

    // Organisation profile and reports
    route('GET', '/me/organisation', 'residents.findOrganisation', [manage]),
    route('PUT', '/me/organisation', 'residents.saveOrganisation', [manage]),
    route('POST', '/reports', 'residents.report', [gate('volunteering.report')]),
  ],
};
