/**
 * Start-up, every time (idempotent):
 * - the users-permissions roles may call every volunteering route; the routes' own policies decide
 *   who really may (so an anonymous post gets a Dutch "log in" instead of a bare 403);
 * - the blocked-word list exists;
 * - requests past their end date are marked expired now (catching up after downtime) and every
 *   hour by a cron job registered again on each start;
 * - once the app's own bootstrap has (re)applied the staff roles, they get the moderation and
 *   statistics permissions and content-manager read + update on the volunteering content types;
 * - when the verification plugin is present, volunteering joins its "download my data" and
 *   "delete my account" registry.
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

/** Content types staff review and correct in the content manager (read + update). */
const STAFF_EDITABLE_CONTENT_TYPES = [
  'plugin::volunteering.organisation',
  'plugin::volunteering.offer',
  'plugin::volunteering.help-request',
  'plugin::volunteering.abuse-report',
  'plugin::volunteering.moderation-setting',
] as const;
const STAFF_CONTENT_ACTIONS = ['plugin::content-manager.explorer.read', 'plugin::content-manager.explorer.update'];
/** Moderation needs no contact details (the staff API hides them too), so the content manager hides them. */
const FIELDS_HIDDEN_FROM_STAFF = new Set(['contactEmail', 'contactPhone']);

function staffFields(strapi: Core.Strapi, uid: string): string[] {
  const contentTypeService = strapi.service('admin::content-type') as unknown as {
    getNestedFields(model: unknown, options: { components: unknown }): string[];
  };
  return contentTypeService
    .getNestedFields(strapi.contentType(uid as never), { components: strapi.components })
    .filter((field) => !FIELDS_HIDDEN_FROM_STAFF.has(field));
}

async function grantStaffPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = (await strapi.db.query('admin::role').findMany({
    where: { code: { $in: [...STAFF_ROLE_CODES] } },
    select: ['id'],
  })) as Array<{ id: number }>;
  const permissions = strapi.db.query('admin::permission');
  const blank = { subject: null, properties: {}, conditions: [], actionParameters: {} };
  const wanted = [
    ...STAFF_ACTION_IDS.map((action) => ({ ...blank, action })),
    ...STAFF_EDITABLE_CONTENT_TYPES.flatMap((subject) =>
      STAFF_CONTENT_ACTIONS.map((action) => ({
        ...blank,
        action,
        subject,
        properties: { fields: staffFields(strapi, subject) },
      })),
    ),
  ];
  for (const role of roles) {
    const present = (await permissions.findMany({
      where: { role: role.id, action: { $in: wanted.map((permission) => permission.action) } },
      select: ['action', 'subject'],
    })) as Array<{ action: string; subject: string | null }>;
    const have = new Set(present.map((permission) => `${permission.action} ${permission.subject ?? ''}`));
    for (const permission of wanted.filter((item) => !have.has(`${item.action} ${item.subject ?? ''}`))) {
      await permissions.create({ data: { ...permission, role: role.id } });
    }
  }
}

async function registerPersonalData(strapi: Core.Strapi): Promise<void> {
  // Optional: without the verification plugin there is no "download my data" to join.
  if (!strapi.plugin('verification')) return;
  const personalData = getService(strapi, 'personal-data');
  strapi
    .plugin('verification')
    .service('personal-data')
    .register('volunteering', {
      exportFor: (userId: number) => personalData.exportFor(userId),
      anonymise: (userId: number) => personalData.anonymise(userId),
    });
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPersonalData(strapi);
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
