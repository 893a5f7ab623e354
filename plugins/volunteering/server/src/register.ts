import type { Core } from '@strapi/strapi';
import { helpRequestSearchType } from './search';

/** Admin permissions of the staff routes; Strapi shows them under Settings → Roles → Plugins. */
export const STAFF_ACTIONS = [
  { section: 'plugins', displayName: 'Vrijwilligerswerk modereren', uid: 'moderate', pluginName: 'volunteering' },
  {
    section: 'plugins',
    displayName: 'Statistieken vrijwilligerswerk bekijken',
    uid: 'statistics.read',
    pluginName: 'volunteering',
  },
] as const;

export const STAFF_ACTION_IDS = STAFF_ACTIONS.map((action) => `plugin::volunteering.${action.uid}`);

interface ActionProvider {
  registerMany(actions: ReadonlyArray<Record<string, string>>): Promise<unknown>;
}

interface SearchRegistry {
  add(declaration: unknown): void;
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Registered here, before the admin's bootstrap, so the super admin role is granted them on start.
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  await actionProvider.registerMany(STAFF_ACTIONS);

  // Open requests are searchable when the search plugin is loaded; without it there is no index to feed.
  const registry = strapi.plugin('search')?.service('registry') as SearchRegistry | undefined;
  registry?.add(helpRequestSearchType);
};
