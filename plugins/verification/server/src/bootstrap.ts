import type { Core } from '@strapi/strapi';
import { USER_UID } from './content-types';
import { getService } from './services/get-service';

/** Route actions per role; granted idempotently on every start. */
const PERMISSIONS: Record<'public' | 'authenticated', string[]> = {
  public: ['plugin::verification.gating.decide', 'plugin::verification.account.confirmEmailChange'],
  authenticated: [
    'plugin::verification.verification.start',
    'plugin::verification.verification.callback',
    'plugin::verification.verification.me',
    'plugin::verification.gating.decide',
    'plugin::verification.account.export',
    'plugin::verification.account.delete',
    'plugin::verification.account.demographics',
    'plugin::verification.account.saveDemographics',
    'plugin::verification.account.requestEmailChange',
    'plugin::verification.account.confirmEmailChange',
  ],
};

async function grantPermissions(strapi: Core.Strapi): Promise<void> {
  for (const [type, actions] of Object.entries(PERMISSIONS)) {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })) as {
      id: number;
    } | null;
    if (!role) throw new Error(`verification: rol ${type} van users-permissions ontbreekt`);
    for (const action of actions) {
      const existing = await strapi.db
        .query('plugin::users-permissions.permission')
        .count({ where: { action, role: role.id } });
      if (existing === 0)
        await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
}

/** Deleting an account (admin panel, API or "delete my account") removes its verification and profile answers. */
function forgetVerificationsOfDeletedAccounts(strapi: Core.Strapi): void {
  const forget = async (where: unknown) => {
    const users = (await strapi.db.query(USER_UID).findMany({ where, select: ['id'] })) as Array<{ id: number }>;
    const ids = users.map((user) => user.id);
    await getService(strapi, 'verification').forgetUsers(ids);
    await getService(strapi, 'demographics').forgetUsers(ids);
    await getService(strapi, 'email-change').forgetUsers(ids);
  };
  strapi.db.lifecycles.subscribe({
    models: [USER_UID],
    async beforeDelete(event) {
      await forget(event.params.where);
    },
    async beforeDeleteMany(event) {
      await forget(event.params.where);
    },
  });
}

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await grantPermissions(strapi);
  await getService(strapi, 'account-settings').configureUsersPermissions();
  forgetVerificationsOfDeletedAccounts(strapi);
}
