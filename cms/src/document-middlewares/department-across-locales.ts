/**
 * A new language version of a decision, news article or project belongs to the same department
 * as the document's other versions. Strapi keeps relations per language, so without this a
 * department editor adding a French version would have to pick their department again (and be
 * refused by the department scope when they forget). A department chosen explicitly is kept.
 */
import type { Core } from '@strapi/strapi';
import { isDepartmentScoped } from '../domain/department-roles';
import { toOneRelationTarget } from '../domain/relation-input';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

interface UpdateParams {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

export function departmentAcrossLocalesMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  const middleware = async (
    context: { uid: string; action: string; params: UpdateParams },
    next: () => Promise<unknown>,
  ): Promise<unknown> => {
    const { documentId, locale, data } = context.params;
    if (!isDepartmentScoped(context.uid) || context.action !== 'update' || !documentId || !locale || !data)
      return next();
    if (toOneRelationTarget(data.department) !== undefined) return next();

    const versions = strapi.db.query(context.uid as never);
    if (await versions.findOne({ where: { documentId, locale }, select: ['id'] })) return next();
    const sibling = (await versions.findOne({
      where: { documentId, department: { id: { $notNull: true } } },
      populate: { department: { select: ['documentId'] } },
    })) as { department?: { documentId: string } | null } | null;
    if (sibling?.department) data.department = sibling.department.documentId;
    return next();
  };
  return middleware as unknown as DocumentMiddleware;
}
