/**
 * Start-up, every time (idempotent):
 * - the users-permissions roles may call every volunteering route; the routes' own policies decide
 *   who really may (so an anonymous post gets a Dutch "log in" instead of a bare 403);
 * - the blocked-word list exists;
 * - requests past their end date are marked expired now (catching up after downtime) and every
 *   hour by a cron job registered again on each start;
 * - once the app's own bootstrap has (re)applied the staff roles, they get the moderation and
 *   statistics permissions.
 */
import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { STAFF_ACTION_IDS } from './register';

/** Admin roles created by the CMS (cms/src/bootstrap/admin-roles.ts), by code. */
export const STAFF_ROLE_CODES = ['communication-staff', 'participation-officer'] as const;

function contentApiActions(strapi: Core.Strapi): string[] {
  const routes = (
    strapi.plugin('volunteering').routes as unknown as Record<
      string,
      { type: string; routes: Array<{ handler: string }> }
    >
  )['content-api'];
  return [...new Set((routes?.routes ?? []).map((route) => `plugin::volunteering.${route.handler}`))];
}

async function grantRouteAccessToResidentRoles(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db.query('plugin::users-permissions.role').findMany({ select: ['id'] })) as Array<{
    id: number;
  }>;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const actions = contentApiActions(strapi);
  for (const role of roles) {
    const present = (await permissions.findMany({
      where: { role: role.id, action: { $in: actions } },
      select: ['action'],
    })) as Array<{ action: string }>;
    const have = new Set(present.map((permission) => permission.action));
    for (const action of actions.filter((wanted) => !have.has(wanted))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
}

async function grantStaffPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db.query('admin::role').findMany({
    where: { code: { $in: [...STAFF_ROLE_CODES] } },
    select: ['id'],
  })) as Array<{ id: number }>;
  const permissions = strapi.db.query('admin::permission');
  for (const role of roles) {
    const present = (await permissions.findMany({
      where: { role: role.id, action: { $in: STAFF_ACTION_IDS } },
      select: ['action'],
    })) as Array<{ action: string }>;
    const have = new Set(present.map((permission) => permission.action));
    for (const action of STAFF_ACTION_IDS.filter((wanted) => !have.has(wanted))) {
      await permissions.create({
        data: { action, subject: null, properties: {}, conditions: [], actionParameters: {}, role: role.id },
      });
    }
  }
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await grantRouteAccessToResidentRoles(strapi);
  await getService(strapi, 'words').ensureSeeded();

  const requests = getService(strapi, 'requests');
  await requests.expireOverdue();
  strapi.cron.add({
    volunteeringExpireRequests: {
      task: async () => {
        const expired = await requests.expireOverdue();
        if (expired > 0) strapi.log.info(`Vrijwilligerswerk: ${expired} hulpvraag/-vragen verlopen.`);
      },
      options: { rule: String(strapi.plugin('volunteering').config('expiryRule')) },
    },
  });

  // The CMS re-applies its staff roles in its own bootstrap, after this one, replacing their
  // permissions; adding ours once the server listens puts them back after every start.
  strapi.server.httpServer.once('listening', () => {
    grantStaffPermissions(strapi).catch((error: Error) =>
      strapi.log.error(`Vrijwilligerswerk: rechten voor de stadsrollen niet toegekend: ${error.message}`),
    );
  });
};
