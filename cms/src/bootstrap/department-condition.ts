/**
 * The RBAC condition "own department": a permission carrying it applies only to entries whose
 * department is one of the user's, read from the codes of their `department-editor-<slug>` roles.
 *
 * Strapi evaluates the handler once per user session with the authenticated admin user (roles
 * populated) and uses the result two ways: as an in-memory match on a loaded entry (edit, delete,
 * publish) and as a database filter (lists). It does not check the *new* state of an entry on
 * create or update; the department-scope document middleware does that.
 */
import type { Core } from '@strapi/strapi';
import { departmentScopeCondition } from '../domain/department-roles';

export const OWN_DEPARTMENT_CONDITION_NAME = 'own-department';
/** Strapi's id for a condition registered without a plugin. */
export const OWN_DEPARTMENT_CONDITION_ID = `api::${OWN_DEPARTMENT_CONDITION_NAME}`;

interface ConditionUser {
  roles?: Array<{ code?: string | null }>;
}

interface ConditionProvider {
  has(id: string): boolean;
  register(condition: {
    displayName: string;
    name: string;
    category?: string;
    handler: (user: ConditionUser) => unknown;
  }): Promise<unknown>;
}

export async function registerOwnDepartmentCondition(strapi: Core.Strapi): Promise<void> {
  const conditionProvider = strapi.service('admin::permission').conditionProvider as ConditionProvider;
  if (conditionProvider.has(OWN_DEPARTMENT_CONDITION_ID)) return;
  await conditionProvider.register({
    displayName: 'Van de eigen stadsdienst',
    name: OWN_DEPARTMENT_CONDITION_NAME,
    category: 'Stadsdiensten',
    handler: (user) => departmentScopeCondition((user.roles ?? []).map((role) => role.code)),
  });
}
