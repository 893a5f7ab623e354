import type { Core } from '@strapi/strapi';
import { MEETING_UID } from './content-types';
import { proposalSearchableType } from './searchable-type';
import { SUBJECT_TYPE } from './services/engine';
import { getService } from './services/get-service';
import { createSupportSubject } from './services/support-subject';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const MEETING_WRITES = new Set(['create', 'update', 'publish']);

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  // A wrong setting stops start-up here, with a message naming the variable.
  getService(strapi, 'settings').get();

  for (const needed of ['votes', 'verification']) {
    if (!strapi.plugin(needed))
      throw new Error(`De plugin proposals heeft de plugin ${needed} nodig; die is niet geladen.`);
  }
  strapi.plugin('votes').service('subjects').register(SUBJECT_TYPE, createSupportSubject(strapi));

  // Search is optional: without it proposals are simply not searchable.
  strapi.plugin('search')?.service('registry')?.add(proposalSearchableType);

  // A meeting added or moved in the admin panel may be the one waiting proposals go to.
  const meetingChanged = async (context: { uid: string; action: string }, next: () => Promise<unknown>) => {
    const result = await next();
    if (context.uid === MEETING_UID && MEETING_WRITES.has(context.action)) {
      const place = () => {
        getService(strapi, 'agenda')
          .placeWaiting()
          .catch((error: unknown) =>
            strapi.log.warn(`[proposals] agendapunten niet geplaatst: ${(error as Error).name}`),
          );
      };
      if (strapi.db.inTransaction()) void strapi.db.transaction(async ({ onCommit }) => onCommit(place));
      else place();
    }
    return result;
  };
  strapi.documents.use(meetingChanged as DocumentMiddleware);
}
