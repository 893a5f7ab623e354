import type { Core } from '@strapi/strapi';
import { applyAdminRoles } from './bootstrap/admin-roles';
import { registerOwnDepartmentCondition } from './bootstrap/department-condition';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { ensureContentLocales } from './bootstrap/locales';
import { applyPublicReadOnlyAccess } from './bootstrap/public-permissions';
import { departmentAcrossLocalesMiddleware } from './document-middlewares/department-across-locales';
import { departmentRolesMiddleware } from './document-middlewares/department-roles';
import { departmentScopeMiddleware } from './document-middlewares/department-scope';
import { projectFormatMiddleware } from './document-middlewares/project-format';
import { cmsEnv } from './env';
import { assertLocalPluginsLoaded } from './local-plugins';
import { seedDemoContent } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertLocalPluginsLoaded(strapi);
    strapi.documents.use(projectFormatMiddleware(strapi));
    strapi.documents.use(departmentAcrossLocalesMiddleware(strapi));
    strapi.documents.use(departmentScopeMiddleware(strapi));
    strapi.documents.use(departmentRolesMiddleware(strapi));
  },

  // Every step is idempotent: it runs on every start, on SQLite and PostgreSQL alike.
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const env = cmsEnv();
    await ensureContentLocales(strapi);
    // Before the roles: Strapi drops unknown conditions from permissions it stores.
    await registerOwnDepartmentCondition(strapi);
    await applyPublicReadOnlyAccess(strapi);
    await applyAdminRoles(strapi);
    await ensureDevAdmin(strapi, env);
    if (env.SEED_DEMO_CONTENT) await seedDemoContent(strapi);
  },
};
