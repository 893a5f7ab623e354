import type { Core } from '@strapi/strapi';
import { getService } from './services/get-service';

/** Content API actions per users-permissions role; every rule beyond reaching the route is in the service. */
const PERMISSIONS: Record<'public' | 'authenticated', string[]> = {
  public: ['plugin::votes.ballots.findOne', 'plugin::votes.ballots.cast', 'plugin::votes.ballots.withdraw'],
  authenticated: ['plugin::votes.ballots.findOne', 'plugin::votes.ballots.cast', 'plugin::votes.ballots.withdraw'],
};

async function grantPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const [type, actions] of Object.entries(PERMISSIONS)) {
    const role = (await roles.findOne({ where: { type } })) as { id: number } | null;
    if (!role) throw new Error(`votes: rol ${type} van users-permissions ontbreekt`);
    for (const action of actions) {
      if ((await permissions.count({ where: { action, role: role.id } })) === 0) {
        await permissions.create({ data: { action, role: role.id } });
      }
    }
  }
}

interface PersonalDataRegistry {
  register(name: string, source: { exportFor?: (userId: number) => Promise<unknown> }): void;
}

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await grantPermissions(strapi);
  // "Download my data" lists the person's votes; deleting the account leaves them, unlinkable.
  const registry = strapi.plugin('verification').service('personal-data') as PersonalDataRegistry | undefined;
  registry?.register('votes', { exportFor: (userId) => getService(strapi, 'personal-data').exportFor(userId) });
}
