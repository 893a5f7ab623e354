import type { Core } from '@strapi/strapi';
import { MEETING_UID } from './content-types';
import { proposalSearchableType } from './searchable-type';
import { SUBJECT_TYPE } from './services/engine';
import { getService } from './services/get-service';
import { createSupportSubject } from './services/support-subject';

type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];

const MEETING_WRITES = new Set(['create', 'update', 'publish']);

/**
 * The admin permission of the participation officer's screens (Settings → Roles → Plugins):
 * the menu link "Burgervoorstellen" is shown with it, and the admin routes require it, next to the
 * participation-officer role itself (routes/index.ts). cms/src/bootstrap/admin-roles.ts grants it.
 */
export const SCREEN_ACTION = {
  section: 'plugins',
  displayName: 'Burgervoorstellen screenen en beantwoorden',
  uid: 'screen',
  pluginName: 'proposals',
} as const;
export const SCREEN_ACTION_ID = `plugin::proposals.${SCREEN_ACTION.uid}`;

interface ActionProvider {
  registerMany(actions: ReadonlyArray<Record<string, string>>): Promise<unknown>;
}

export default async function register({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  // A wrong setting stops start-up here, with a message naming the variable.
  getService(strapi, 'settings').get();

  // Registered before the admin's bootstrap, so the super admin role is granted it on start.
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  await actionProvider.registerMany([SCREEN_ACTION]);

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
