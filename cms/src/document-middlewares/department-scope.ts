/**
 * Keeps a department editor inside their own department when content is written through the admin.
 *
 * Strapi's content manager checks the own-department condition against an entry as it was
 * *before* a change (edit, delete, publish), but a create is only checked against the content type
 * ("TODO: Revert the creation if create permission conditions are not met" in its source), and an
 * edit may move an entry to another department. This middleware checks the entry as it is *after*
 * the write, with the same ability the content manager uses, inside one transaction: a write that
 * leaves the user's scope is rolled back and answered 403. It is a PolicyError (a ForbiddenError)
 * because Strapi replaces the message of any other ForbiddenError on a route by plain "Forbidden",
 * and staff should read why their change was refused.
 *
 * Only admin requests are checked; the content API cannot write these types (public-permissions),
 * and the CMS's own start-up code (seed) runs outside any request.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDepartmentScoped } from '../domain/department-roles';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const CHECKED_ACTIONS = { create: 'create', clone: 'create', update: 'update' } as const;
type CheckedAction = keyof typeof CHECKED_ACTIONS;

export const OUTSIDE_DEPARTMENT_MESSAGE = 'Je mag alleen inhoud van je eigen stadsdienst aanmaken of wijzigen.';

interface PermissionChecker {
  can: Record<'create' | 'update', (entity: unknown) => boolean>;
}

interface WrittenVersion {
  documentId: string;
  locale?: string | null;
}

/** The CASL ability of the admin user (or admin token) behind the current request, if any. */
function adminAbilityOfCurrentRequest(strapi: Core.Strapi): unknown {
  const ctx = strapi.requestContext.get() as { state?: { userAbility?: unknown } } | undefined;
  return ctx?.state?.userAbility;
}

function writtenVersions(result: unknown): WrittenVersion[] {
  if (!result || typeof result !== 'object') return [];
  const entries = (result as { entries?: unknown }).entries;
  const candidates = Array.isArray(entries) ? entries : [result];
  return candidates.filter(
    (entry): entry is WrittenVersion => typeof (entry as WrittenVersion | null)?.documentId === 'string',
  );
}

export function departmentScopeMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  const middleware = async (
    context: { uid: string; action: string },
    next: () => Promise<unknown>,
  ): Promise<unknown> => {
    if (!isDepartmentScoped(context.uid) || !(context.action in CHECKED_ACTIONS)) return next();
    const userAbility = adminAbilityOfCurrentRequest(strapi);
    if (!userAbility) return next();

    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility, model: context.uid }) as PermissionChecker;
    const permission = CHECKED_ACTIONS[context.action as CheckedAction];

    return strapi.db.transaction(async () => {
      const result = await next();
      for (const version of writtenVersions(result)) {
        const written = await strapi.documents(context.uid as never).findOne({
          documentId: version.documentId,
          locale: version.locale ?? undefined,
          status: 'draft',
          populate: { department: { fields: ['slug'] } },
        } as never);
        if (!written || !checker.can[permission](written)) throw new errors.PolicyError(OUTSIDE_DEPARTMENT_MESSAGE);
      }
      return result;
    });
  };
  return middleware as unknown as DocumentMiddleware;
}
