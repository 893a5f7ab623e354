/**
 * The local development admin: when the run command passes DEV_ADMIN_PASSWORD (the CMS's env
 * module refuses it in production), a super admin with DEV_ADMIN_EMAIL is created once. An
 * existing account is never changed, so a password changed in the admin stays changed.
 * The password is never logged; the run command prints the credentials it generated itself.
 */
import type { Core } from '@strapi/strapi';
import type { CmsEnv } from '../env';

interface AdminUserService {
  exists(params: { email: string }): Promise<boolean>;
  create(attributes: {
    firstname: string;
    lastname: string;
    email: string;
    password: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
  }): Promise<unknown>;
}

export async function ensureDevAdmin(
  strapi: Core.Strapi,
  env: Pick<CmsEnv, 'DEV_ADMIN_EMAIL' | 'DEV_ADMIN_PASSWORD'>,
): Promise<void> {
  const password = env.DEV_ADMIN_PASSWORD;
  if (password === undefined) return;
  const email = env.DEV_ADMIN_EMAIL.toLowerCase();
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists({ email })) return;

  const superAdmin = (await strapi.service('admin::role').getSuperAdmin()) as { id: number } | null;
  if (!superAdmin) throw new Error('De rol Super Admin ontbreekt; het ontwikkelaccount kan niet worden aangemaakt.');
  await users.create({
    firstname: 'Denkmee',
    lastname: 'Ontwikkelaar',
    email,
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Ontwikkelaccount voor het beheer aangemaakt (${email}).`);
}
