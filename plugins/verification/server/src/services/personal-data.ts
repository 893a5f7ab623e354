/**
 * "Download my data" and "delete my account" (GDPR, product.md §17). The account and the
 * verification are this plugin's; every other plugin that keeps something about a person adds an
 * exporter (what it holds about them) and an anonymiser (what it erases or detaches before the
 * account goes) to this registry in its bootstrap:
 *
 *   strapi.plugin('verification').service('personal-data').register('proposals', { exportFor, anonymise });
 *
 * Deleting removes the account row; the user lifecycle hook (bootstrap.ts) then removes the
 * verification record and attempts. Voter keys stay: they are not linked to the account (README).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { USER_UID } from '../content-types';
import { getService } from './get-service';

export interface PersonalDataSource {
  /** Everything this source holds about the person, as plain JSON. */
  exportFor?: (userId: number) => Promise<unknown>;
  /** Erases the person's personal data in this source and detaches their contributions from them. */
  anonymise?: (userId: number) => Promise<void>;
}

interface UserRow {
  id: number;
  documentId: string;
  username: string;
  email: string;
  provider: string | null;
  password: string | null;
  confirmed: boolean | null;
  blocked: boolean | null;
  createdAt: string | Date;
  updatedAt: string | Date;
  role?: { name: string } | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();

export const createPersonalDataService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = new Map<string, PersonalDataSource>();

  async function findUser(userId: number): Promise<UserRow> {
    const user = (await strapi.db
      .query(USER_UID)
      .findOne({ where: { id: userId }, populate: ['role'] })) as UserRow | null;
    if (!user) throw new errors.NotFoundError('Dit account bestaat niet meer.');
    return user;
  }

  return {
    register(name: string, source: PersonalDataSource): void {
      if (name === 'account' || name === 'verification') throw new Error(`personal-data: naam ${name} is voorbehouden`);
      sources.set(name, source);
    },

    sourceNames(): string[] {
      return [...sources.keys()];
    },

    async exportFor(userId: number) {
      const user = await findUser(userId);
      const contributions: Record<string, unknown> = {};
      for (const [name, source] of sources) if (source.exportFor) contributions[name] = await source.exportFor(userId);
      return {
        exportedAt: new Date().toISOString(),
        account: {
          id: user.id,
          documentId: user.documentId,
          username: user.username,
          email: user.email,
          provider: user.provider,
          emailConfirmed: user.confirmed === true,
          blocked: user.blocked === true,
          role: user.role?.name ?? null,
          createdAt: iso(user.createdAt),
          updatedAt: iso(user.updatedAt),
        },
        // Derived facts only; the verification key is a keyed hash of the national number and is not
        // shown (it proves nothing to the person and must not travel).
        verification: await getService(strapi, 'verification').status(userId),
        demographics: await getService(strapi, 'demographics').forUser(userId),
        contributions,
      };
    },

    /** Erases the account after checking its password again (a stolen session alone cannot delete it). */
    async deleteAccount(userId: number, password: string): Promise<void> {
      const user = await findUser(userId);
      const valid =
        user.password !== null &&
        (await strapi.plugin('users-permissions').service('user').validatePassword(password, user.password));
      if (!valid) {
        throw new errors.ValidationError('Je wachtwoord klopt niet. Je account is niet verwijderd.', {
          reason: 'password-wrong',
        });
      }
      for (const source of sources.values()) if (source.anonymise) await source.anonymise(userId);
      await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(userId));
      await strapi.db.query(USER_UID).delete({ where: { id: userId } });
    },
  };
};

export type PersonalDataService = ReturnType<typeof createPersonalDataService>;
