/**
 * A department added or renamed in the admin gets its "Stadsdienst-redacteur" role right away,
 * without a restart (start-up applies all of them again: bootstrap/admin-roles.ts). When a
 * department's slug changes, its role follows, so its editors keep their rights. A deleted
 * department's role stays: it then matches no content, and staff can remove it by hand.
 */
import type { Core } from '@strapi/strapi';
import { applyDepartmentEditorRole, moveDepartmentEditorRole, type DepartmentRef } from '../bootstrap/admin-roles';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const DEPARTMENT_UID = 'api::department.department';

async function findDepartment(strapi: Core.Strapi, documentId: string): Promise<DepartmentRef | null> {
  return (await strapi.db
    .query(DEPARTMENT_UID)
    .findOne({ where: { documentId }, select: ['name', 'slug'] })) as DepartmentRef | null;
}

export function departmentRolesMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  const middleware = async (
    context: { uid: string; action: string; params: { documentId?: string } },
    next: () => Promise<unknown>,
  ): Promise<unknown> => {
    if (context.uid !== DEPARTMENT_UID || !['create', 'update'].includes(context.action)) return next();

    const before = context.params.documentId ? await findDepartment(strapi, context.params.documentId) : null;
    const result = await next();
    const documentId = (result as { documentId?: unknown } | null)?.documentId;
    if (typeof documentId !== 'string') return result;

    try {
      const after = await findDepartment(strapi, documentId);
      if (!after) return result;
      if (before && before.slug !== after.slug) await moveDepartmentEditorRole(strapi, before.slug, after.slug);
      await applyDepartmentEditorRole(strapi, after);
    } catch (error) {
      // The department is saved; its role is applied again at the next start.
      strapi.log.error(`Rol voor stadsdienst ${documentId} niet bijgewerkt: ${(error as Error).message}`);
    }
    return result;
  };
  return middleware as unknown as DocumentMiddleware;
}
