import type { Core } from '@strapi/strapi';
import { assertLocalPluginsLoaded } from './local-plugins';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertLocalPluginsLoaded(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    void strapi;
  },
};
