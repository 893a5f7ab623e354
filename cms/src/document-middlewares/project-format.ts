/**
 * Creating a project from a format: when a new project names a format and has no phases yet, it
 * gets the format's phases (dated from today) and, where its own are empty, the format's summary,
 * body and policy stage. Works the same from the admin, the API and the seed.
 */
import type { Core } from '@strapi/strapi';
import { prefillFromFormat, type ProjectDraft, type ProjectFormat } from '../domain/project-format';
import { toOneRelationTarget } from '../domain/relation-input';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const PROJECT_UID = 'api::project.project';
const FORMAT_UID = 'api::project-format.project-format';

async function loadFormat(strapi: Core.Strapi, formatInput: unknown): Promise<ProjectFormat | null> {
  const target = toOneRelationTarget(formatInput);
  if (!target) return null;
  const where = 'documentId' in target ? { documentId: target.documentId } : { id: target.id };
  return (await strapi.db.query(FORMAT_UID).findOne({
    where,
    populate: { phases: { populate: { methods: true } } },
  })) as ProjectFormat | null;
}

export function projectFormatMiddleware(strapi: Core.Strapi, today: () => Date = () => new Date()): DocumentMiddleware {
  const middleware = async (
    context: { uid: string; action: string; params: { data?: Record<string, unknown> } },
    next: () => Promise<unknown>,
  ): Promise<unknown> => {
    const data = context.params.data;
    if (context.uid !== PROJECT_UID || context.action !== 'create' || !data || data.format === undefined) return next();

    const format = await loadFormat(strapi, data.format);
    if (format) Object.assign(data, prefillFromFormat(data as ProjectDraft, format, today()));
    return next();
  };
  return middleware as unknown as DocumentMiddleware;
}
