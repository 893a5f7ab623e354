/**
 * The editorial admin roles, defined here rather than clicked together in the admin:
 *
 * - Communicatiemedewerker: writes and publishes all editorial content, manages the media library.
 * - Participatieambtenaar: reads all editorial content; screens and answers citizen proposals
 *   (the "Burgervoorstellen" screens of plugins/proposals, permission plugin::proposals.screen);
 *   manages council meetings and moves agenda items between meetings in the content manager.
 * - Stadsdienst-redacteur – <stadsdienst>, one per department: creates, edits, publishes and
 *   deletes decisions, news and projects of that department only (the own-department condition),
 *   reads the shared lists (departments, topics, districts, project formats).
 *
 * The roles are re-applied on every start, like Strapi does for the super admin: the code is the
 * source of truth, so a new field or locale is granted automatically and a permission widened by
 * hand in the admin does not outlive a restart. Strapi's own Editor and Author roles are untouched.
 */
import type { Core } from '@strapi/strapi';
import {
  DEPARTMENT_SCOPED_CONTENT_TYPES,
  departmentEditorRoleCode,
  departmentEditorRoleDescription,
  departmentEditorRoleName,
} from '../domain/department-roles';
import { OWN_DEPARTMENT_CONDITION_ID } from './department-condition';
import { configuredLocaleCodes } from './locales';

export const COMMUNICATION_STAFF_ROLE = {
  code: 'communication-staff',
  name: 'Communicatiemedewerker',
  description:
    'Schrijft en publiceert alle redactionele inhoud (projecten, nieuws, beslissingen, pagina’s) en beheert de mediabibliotheek.',
} as const;

export const PARTICIPATION_OFFICER_ROLE = {
  code: 'participation-officer',
  name: 'Participatieambtenaar',
  description:
    'Screent en beantwoordt burgervoorstellen, beheert de zittingen van de gemeenteraad en hun agendapunten, en leest alle redactionele inhoud.',
} as const;

const EDITORIAL_CONTENT_TYPES = [
  'api::project.project',
  'api::news-article.news-article',
  'api::decision.decision',
  'api::page.page',
  'api::project-format.project-format',
  'api::department.department',
  'api::topic.topic',
  'api::district.district',
] as const;

/** Lists a department editor picks from but does not change. */
const SHARED_REFERENCE_CONTENT_TYPES = [
  'api::department.department',
  'api::topic.topic',
  'api::district.district',
  'api::project-format.project-format',
] as const;

type ContentAction = 'create' | 'read' | 'update' | 'delete' | 'publish';
const ALL_CONTENT_ACTIONS: readonly ContentAction[] = ['create', 'read', 'update', 'delete', 'publish'];

const MEDIA_LIBRARY_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
] as const;

export interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}

interface AdminRole {
  id: number;
  code: string;
  name: string;
  description?: string | null;
}

interface RoleService {
  findOne(params: Record<string, unknown>): Promise<AdminRole | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<AdminRole>;
  update(params: { id: number }, attributes: { name?: string; description?: string }): Promise<AdminRole>;
  assignPermissions(roleId: number, permissions: PermissionInput[]): Promise<unknown>;
}

interface ActionProvider {
  get(actionId: string): { subjects?: string[] } | undefined;
  appliesToProperty(property: string, actionId: string, subject?: string): Promise<boolean>;
}

function roleService(strapi: Core.Strapi): RoleService {
  return strapi.service('admin::role') as unknown as RoleService;
}

/** Content-manager permissions on one content type, with every field and every locale. */
async function contentPermissions(
  strapi: Core.Strapi,
  uid: string,
  actions: readonly ContentAction[],
  conditions: string[] = [],
): Promise<PermissionInput[]> {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: ActionProvider };
  const contentTypeService = strapi.service('admin::content-type') as {
    getNestedFields(model: unknown, options: { components: unknown }): string[];
  };
  const locales = await configuredLocaleCodes(strapi);
  const permissions: PermissionInput[] = [];
  for (const name of actions) {
    const action = `plugin::content-manager.explorer.${name}`;
    // publish exists only for content types with draft & publish
    if (!actionProvider.get(action)?.subjects?.includes(uid)) continue;
    const properties: PermissionInput['properties'] = {};
    if (await actionProvider.appliesToProperty('fields', action, uid)) {
      properties.fields = contentTypeService.getNestedFields(strapi.contentType(uid as never), {
        components: strapi.components,
      });
    }
    if (await actionProvider.appliesToProperty('locales', action, uid)) properties.locales = locales;
    permissions.push({ action, subject: uid, properties, conditions });
  }
  return permissions;
}

function mediaLibraryPermissions(): PermissionInput[] {
  return MEDIA_LIBRARY_ACTIONS.map((action) => ({ action }));
}

async function communicationStaffPermissions(strapi: Core.Strapi): Promise<PermissionInput[]> {
  const perType = await Promise.all(
    EDITORIAL_CONTENT_TYPES.map((uid) => contentPermissions(strapi, uid, ALL_CONTENT_ACTIONS)),
  );
  return [...perType.flat(), ...mediaLibraryPermissions()];
}

/** plugins/proposals: council meetings are planned by hand; agenda items are created by themselves. */
const COUNCIL_MEETING = 'plugin::proposals.council-meeting';
const AGENDA_ITEM = 'plugin::proposals.agenda-item';
/** The participation officer's screens of plugins/proposals (registered in its register.ts). */
const SCREEN_PROPOSALS_ACTION = 'plugin::proposals.screen';

async function participationOfficerPermissions(strapi: Core.Strapi): Promise<PermissionInput[]> {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: ActionProvider };
  const perType = await Promise.all(EDITORIAL_CONTENT_TYPES.map((uid) => contentPermissions(strapi, uid, ['read'])));
  // An agenda item exists once per proposal (a unique index): the officer may move it to another
  // meeting, but neither adds nor removes one.
  const council = strapi.contentType(COUNCIL_MEETING as never)
    ? [
        ...(await contentPermissions(strapi, COUNCIL_MEETING, ['create', 'read', 'update', 'delete'])),
        ...(await contentPermissions(strapi, AGENDA_ITEM, ['read', 'update'])),
      ]
    : [];
  const screening = actionProvider.get(SCREEN_PROPOSALS_ACTION) ? [{ action: SCREEN_PROPOSALS_ACTION }] : [];
  return [...perType.flat(), ...council, ...screening, { action: 'plugin::upload.read' }];
}

/** The same for every department: the condition, not the permission list, tells departments apart. */
export async function departmentEditorPermissions(strapi: Core.Strapi): Promise<PermissionInput[]> {
  const scoped = await Promise.all(
    DEPARTMENT_SCOPED_CONTENT_TYPES.map((uid) =>
      contentPermissions(strapi, uid, ALL_CONTENT_ACTIONS, [OWN_DEPARTMENT_CONDITION_ID]),
    ),
  );
  const shared = await Promise.all(
    SHARED_REFERENCE_CONTENT_TYPES.map((uid) => contentPermissions(strapi, uid, ['read'])),
  );
  return [...scoped.flat(), ...shared.flat(), ...mediaLibraryPermissions()];
}

/** Creates the role when missing, keeps its name and description current, and sets its permissions. */
async function applyRole(
  strapi: Core.Strapi,
  definition: { code: string; name: string; description: string },
  permissions: PermissionInput[],
): Promise<void> {
  const roles = roleService(strapi);
  let role = await roles.findOne({ code: definition.code });
  if (!role) {
    const nameTaken = await roles.findOne({ name: definition.name });
    if (nameTaken) {
      // Never take over a role someone made by hand: it may carry rights we do not know about.
      strapi.log.error(
        `Rol "${definition.name}" bestaat al zonder code ${definition.code}; hernoem die rol in het beheer. Rol niet ingesteld.`,
      );
      return;
    }
    role = await roles.create(definition);
    strapi.log.info(`Beheerrol "${definition.name}" aangemaakt.`);
  } else if (role.name !== definition.name || role.description !== definition.description) {
    role = await roles.update({ id: role.id }, { name: definition.name, description: definition.description });
  }
  await roles.assignPermissions(role.id, permissions);
}

export interface DepartmentRef {
  name: string;
  slug: string;
}

export async function applyDepartmentEditorRole(
  strapi: Core.Strapi,
  department: DepartmentRef,
  permissions?: PermissionInput[],
): Promise<void> {
  await applyRole(
    strapi,
    {
      code: departmentEditorRoleCode(department.slug),
      name: departmentEditorRoleName(department.name),
      description: departmentEditorRoleDescription(department.name),
    },
    permissions ?? (await departmentEditorPermissions(strapi)),
  );
}

/**
 * A department's slug changed: move its role to the new code, so its editors keep their rights
 * (Strapi's role service never changes a code, hence the direct query).
 */
export async function moveDepartmentEditorRole(strapi: Core.Strapi, fromSlug: string, toSlug: string): Promise<void> {
  const fromCode = departmentEditorRoleCode(fromSlug);
  const toCode = departmentEditorRoleCode(toSlug);
  const roles = strapi.db.query('admin::role');
  if (!(await roles.findOne({ where: { code: fromCode } })) || (await roles.findOne({ where: { code: toCode } })))
    return;
  await roles.update({ where: { code: fromCode }, data: { code: toCode } });
}

export async function applyAdminRoles(strapi: Core.Strapi): Promise<void> {
  await applyRole(strapi, COMMUNICATION_STAFF_ROLE, await communicationStaffPermissions(strapi));
  await applyRole(strapi, PARTICIPATION_OFFICER_ROLE, await participationOfficerPermissions(strapi));

  const departments = (await strapi.db.query('api::department.department').findMany({
    select: ['name', 'slug'],
  })) as DepartmentRef[];
  const permissions = await departmentEditorPermissions(strapi);
  for (const department of departments) await applyDepartmentEditorRole(strapi, department, permissions);
}
