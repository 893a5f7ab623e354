import type { Core } from '@strapi/strapi';
import { editorialTypes } from './searchable-types/editorial';
import { getService } from './services';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Document Service actions that can change what is published. */
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

function documentIdOf(params: unknown, result: unknown): string | undefined {
  const fromParams = (params as { documentId?: unknown } | undefined)?.documentId;
  if (typeof fromParams === 'string') return fromParams;
  const fromResult = (result as { documentId?: unknown } | null | undefined)?.documentId;
  return typeof fromResult === 'string' ? fromResult : undefined;
}

/**
 * Runs `work` once the write is committed: inside a transaction (an outer middleware may hold one)
 * it waits for the commit, and a rolled-back write is never indexed.
 */
function afterCommit(strapi: Core.Strapi, work: () => void): void {
  if (!strapi.db.inTransaction()) {
    work();
    return;
  }
  void strapi.db.transaction(async ({ onCommit }) => {
    onCommit(work);
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = getService(strapi, 'registry');
  for (const type of editorialTypes) registry.add(type);

  const indexer = getService(strapi, 'indexer');
  if (!indexer.enabled) return;

  const middleware = async (
    context: { uid: string; action: string; params?: unknown },
    next: () => Promise<unknown>,
  ) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const before = documentIdOf(context.params, undefined);
    const dependents =
      context.action === 'delete' && before ? await indexer.dependentsBeforeDelete(context.uid, before) : [];
    const result = await next();
    const documentId = documentIdOf(context.params, result);
    if (documentId) {
      afterCommit(strapi, () => {
        indexer.documentChanged(context.uid, documentId);
        for (const dependent of dependents) indexer.schedule(dependent.uid, dependent.documentId);
      });
    }
    return result;
  };
  strapi.documents.use(middleware as DocumentMiddleware);
};
