/**
 * Demo residents and organisations for the participation seeds: confirmed users-permissions
 * accounts whose password is random and thrown away, so nobody can log in as one. Each is made
 * once (keyed in the seed ledger) and found again by its address on later starts.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { once, type SeedLedger } from './ledger';

const USER_UID = 'plugin::users-permissions.user';
const ROLE_UID = 'plugin::users-permissions.role';

export interface DemoAccountFixture {
  key: string;
  username: string;
  email: string;
}

export interface DemoAccount {
  id: number;
  email: string;
}

/** The accounts by fixture key; one the staff deleted stays deleted (the ledger remembers it). */
export async function seedDemoAccounts(
  strapi: Core.Strapi,
  ledger: SeedLedger,
  ledgerPrefix: string,
  fixtures: readonly DemoAccountFixture[],
): Promise<Map<string, DemoAccount>> {
  const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
  if (!role) throw new Error('De rol "authenticated" van users-permissions ontbreekt.');
  const accounts = new Map<string, DemoAccount>();
  for (const fixture of fixtures) {
    const find = async () =>
      (await strapi.db
        .query(USER_UID)
        .findOne({ where: { email: fixture.email }, select: ['id', 'email'] })) as DemoAccount | null;
    const account = await once(ledger, `${ledgerPrefix}:account:${fixture.key}`, find, async () => {
      await strapi
        .plugin('users-permissions')
        .service('user')
        .add({
          username: fixture.username,
          email: fixture.email,
          password: crypto.randomBytes(24).toString('base64url'),
          provider: 'local',
          confirmed: true,
          blocked: false,
          role: role.id,
        });
      const created = await find();
      if (!created) throw new Error(`Demo-account ${fixture.key} werd niet aangemaakt.`);
      return created;
    });
    if (account) accounts.set(fixture.key, account);
  }
  return accounts;
}
