/**
 * The integration tests' view of residents.ts: the same helpers, aimed at the Strapi, mail catcher
 * and FAS stand-in of the vitest global setup (tests/support/integration-setup.ts).
 */
import crypto from 'node:crypto';
import { inject } from 'vitest';
import * as residents from './residents';
import { adminLogin, apiAt, expectOk, type Api, type IdentityEndpoints, type Resident, type Staff } from './residents';

export {
  completeDraft,
  createMeeting,
  days,
  freshNationalNumber,
  inBatches,
  type ApiResponse,
  type Resident,
  type Staff,
} from './residents';
export { adminLogin, apiAt, type Api };

export const api = apiAt(inject('cmsUrl'));

export const identity: IdentityEndpoints = {
  mailCatcherUrl: inject('mailCatcherUrl'),
  redirectUri: inject('verificationRedirectUri'),
};

export const confirmedResident = (target: Api = api, endpoints: IdentityEndpoints = identity) =>
  residents.confirmedResident(target, endpoints);
export const verifiedResident = (target: Api = api, endpoints: IdentityEndpoints = identity, nationalNumber?: string) =>
  residents.verifiedResident(target, endpoints, nationalNumber);
export const verifiedResidents = (count: number) => residents.verifiedResidents(count, api, identity);
export const openProposal = (author: Resident, officer: Staff, target: Api = api, title?: string) =>
  residents.openProposal(author, officer, target, title);

const superAdmins = new Map<string, Promise<Staff>>();

/** The dev super admin, logged in once per Strapi for this test file. */
export function superAdmin(target: Api = api): Promise<Staff> {
  let admin = superAdmins.get(target.baseUrl);
  if (!admin) {
    admin = adminLogin(target, inject('adminEmail'), inject('adminPassword'));
    superAdmins.set(target.baseUrl, admin);
  }
  return admin;
}

/** An admin user with one of the CMS's staff roles (by role code), made through the admin API. */
export async function staffWithRole(roleCode: string, target: Api = api): Promise<Staff> {
  const admin = await superAdmin(target);
  const roles = await admin.call<Array<{ id: number; code: string }>>('GET', '/admin/roles');
  expectOk(roles, 'rollen');
  const role = roles.body.data!.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`rol ${roleCode} bestaat niet`);
  const email = `${roleCode}-${crypto.randomBytes(4).toString('hex')}@stad.test`;
  const created = await admin.call<{ registrationToken: string }>('POST', '/admin/users', {
    firstname: 'Test',
    lastname: roleCode,
    email,
    roles: [role.id],
  });
  expectOk(created, 'beheerder aanmaken');
  const password = `Stad-${crypto.randomBytes(6).toString('hex')}A1`;
  expectOk(
    await target.call('POST', '/admin/register', {
      body: {
        registrationToken: created.body.data!.registrationToken,
        userInfo: { firstname: 'Test', lastname: roleCode, password },
      },
    }),
    'beheerder registreren',
  );
  return adminLogin(target, email, password);
}
