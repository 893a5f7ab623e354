export const PLUGIN_ID = 'proposals';

/**
 * The admin permission of these screens, registered by the server (server/src/register.ts) and
 * granted to the participation officer (cms/src/bootstrap/admin-roles.ts). The server checks it
 * (and the role) on every admin route; here it only decides what the panel shows.
 */
export const SCREEN_PERMISSIONS = [{ action: 'plugin::proposals.screen', subject: null }];
