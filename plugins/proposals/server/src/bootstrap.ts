import type { Core } from '@strapi/strapi';
import { CONTENT_ACTIONS } from './routes';
import { getService } from './services/get-service';

/** Every content route is reachable for both roles; the services decide (see routes/index.ts). */
async function grantPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const type of ['public', 'authenticated']) {
    const role = (await roles.findOne({ where: { type } })) as { id: number } | null;
    if (!role) throw new Error(`proposals: rol ${type} van users-permissions ontbreekt`);
    for (const action of CONTENT_ACTIONS.map((name) => `plugin::proposals.${name}`)) {
      if ((await permissions.count({ where: { action, role: role.id } })) === 0) {
        await permissions.create({ data: { action, role: role.id } });
      }
    }
  }
}

interface PersonalDataRegistry {
  register(
    name: string,
    source: { exportFor?: (userId: number) => Promise<unknown>; anonymise?: (userId: number) => Promise<void> },
  ): void;
}

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await grantPermissions(strapi);
  const registry = strapi.plugin('verification').service('personal-data') as PersonalDataRegistry | undefined;
  registry?.register('proposals', {
    exportFor: (userId) => getService(strapi, 'personal-data').exportFor(userId),
    anonymise: (userId) => getService(strapi, 'personal-data').anonymise(userId),
  });
  // Catch up on deadlines that passed while Strapi was down, then keep checking on a schedule.
  const deadlines = getService(strapi, 'deadlines');
  const caughtUp = await deadlines.runDue();
  if (caughtUp.expired + caughtUp.placed > 0) {
    strapi.log.info(
      `[proposals] Bij het opstarten: ${caughtUp.expired} voorstel(len) verlopen, ${caughtUp.placed} op de agenda geplaatst.`,
    );
  }
  deadlines.schedule();
}
