/**
 * The participation officer's side of citizen proposals in the Strapi admin panel: a menu link
 * "Burgervoorstellen" (shown only with the screening permission) to the screening queue, the list
 * per stage and each proposal with the steps the server allows. Bundled from source by
 * `strapi build` through the package's `./strapi-admin` export.
 */
import { Lightbulb } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID, SCREEN_PERMISSIONS } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Lightbulb,
      intlLabel: { id: `${PLUGIN_ID}.menu.label`, defaultMessage: 'Burgervoorstellen' },
      permissions: SCREEN_PERMISSIONS,
      Component: () => import('./pages/App'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Burgervoorstellen' });
  },
};
