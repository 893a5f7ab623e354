/**
 * The public content API is read-only: anonymous visitors and logged-in residents may list and
 * read the editorial content, and never write it. Re-applied on every start, so a permission
 * ticked by mistake in the admin does not survive a restart. Drafts are kept out separately, by
 * the `published-only` route middleware.
 */
import type { Core } from '@strapi/strapi';

export const PUBLICLY_READABLE_CONTENT_TYPES = [
  'api::project.project',
  'api::news-article.news-article',
  'api::decision.decision',
  'api::page.page',
  'api::department.department',
  'api::topic.topic',
  'api::district.district',
] as const;

/** Templates for staff; nothing for the public. */
const STAFF_ONLY_CONTENT_TYPES = ['api::project-format.project-format'] as const;

const READ_ACTIONS = ['find', 'findOne'] as const;
const WRITE_ACTIONS = ['create', 'update', 'delete'] as const;

const RESIDENT_ROLE_TYPES = ['public', 'authenticated'] as const;

export function wantedReadActions(): string[] {
  return PUBLICLY_READABLE_CONTENT_TYPES.flatMap((uid) => READ_ACTIONS.map((action) => `${uid}.${action}`));
}

export function refusedActions(): string[] {
  return [
    ...PUBLICLY_READABLE_CONTENT_TYPES.flatMap((uid) => WRITE_ACTIONS.map((action) => `${uid}.${action}`)),
    ...STAFF_ONLY_CONTENT_TYPES.flatMap((uid) =>
      [...READ_ACTIONS, ...WRITE_ACTIONS].map((action) => `${uid}.${action}`),
    ),
  ];
}

export async function applyPublicReadOnlyAccess(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const type of RESIDENT_ROLE_TYPES) {
    const role = (await roles.findOne({ where: { type } })) as { id: number } | null;
    if (!role) throw new Error(`De rol "${type}" van users-permissions ontbreekt.`);

    await permissions.deleteMany({ where: { role: role.id, action: { $in: refusedActions() } } });

    const present = (await permissions.findMany({
      where: { role: role.id, action: { $in: wantedReadActions() } },
      select: ['action'],
    })) as Array<{ action: string }>;
    const presentActions = new Set(present.map((permission) => permission.action));
    for (const action of wantedReadActions().filter((wanted) => !presentActions.has(wanted))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
}
