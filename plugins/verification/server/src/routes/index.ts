/**
 * Content API routes, served under /api (prefix '' drops the plugin name from the path).
 * Permissions for the roles are granted in bootstrap.ts.
 */
const authenticated = { prefix: '', policies: ['plugin::verification.is-authenticated'] };

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/verification/start', handler: 'verification.start', config: authenticated },
      { method: 'POST', path: '/verification/callback', handler: 'verification.callback', config: authenticated },
      { method: 'GET', path: '/verification/me', handler: 'verification.me', config: authenticated },
      { method: 'POST', path: '/gating/decide', handler: 'gating.decide', config: { prefix: '' } },
      { method: 'GET', path: '/account/export', handler: 'account.export', config: authenticated },
      { method: 'POST', path: '/account/delete', handler: 'account.delete', config: authenticated },
      { method: 'GET', path: '/account/demographics', handler: 'account.demographics', config: authenticated },
      { method: 'PUT', path: '/account/demographics', handler: 'account.saveDemographics', config: authenticated },
      { method: 'POST', path: '/account/email', handler: 'account.requestEmailChange', config: authenticated },
      // The token in the link is the proof; the person may open it while logged out or on another device.
      { method: 'POST', path: '/account/email/confirm', handler: 'account.confirmEmailChange', config: { prefix: '' } },
    ],
  },
};
