/**
 * Helpers for the specs that act as city staff in the Strapi admin panel: staff members with one of
 * the CMS's admin roles, made through Strapi's real admin API by the e2e super admin (its address and
 * password come from playwright.config.ts), and logging in to the admin panel as them.
 *
 * Strapi limits admin log-ins per address and e-mail; the e2e Strapi trusts X-Forwarded-For, so every
 * API log-in and every admin browser context comes from its own made-up address.
 */
import crypto from 'node:crypto';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { visitorAddress } from './account-support.ts';

export const cmsUrl = `http://127.0.0.1:${process.env.E2E_CMS_PORT ?? 1351}`;
export const adminUrl = `${cmsUrl}/admin`;

export interface StaffMember {
  email: string;
  password: string;
  /** The admin API token of this staff member, from their registration. */
  token: string;
}

const tokenAnswer = z.object({ data: z.object({ token: z.string().min(1) }) });
const roleList = z.object({ data: z.array(z.object({ id: z.number(), code: z.string() })) });
const createdUser = z.object({ data: z.object({ registrationToken: z.string().min(1) }) });

async function adminApi(method: string, path: string, body?: unknown, token?: string): Promise<unknown> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: {
      'x-forwarded-for': visitorAddress(),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

async function superAdminToken(): Promise<string> {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password)
    throw new Error('E2E_ADMIN_EMAIL en E2E_ADMIN_PASSWORD ontbreken (playwright.config.ts zet ze).');
  return tokenAnswer.parse(await adminApi('POST', '/admin/login', { email, password })).data.token;
}

/**
 * A new admin user with the role of this code (e.g. `participation-officer`, `communication-staff`),
 * invited by the super admin and registered with a password, as through the invitation link.
 */
export async function createStaffMember(roleCode: string): Promise<StaffMember> {
  const admin = await superAdminToken();
  const roles = roleList.parse(await adminApi('GET', '/admin/roles', undefined, admin)).data;
  const role = roles.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`Geen beheerrol met code ${roleCode}`);
  const email = `${roleCode}-${crypto.randomBytes(4).toString('hex')}@stad.test`;
  const password = `Beheer-${crypto.randomBytes(6).toString('hex')}-Aa1`;
  const invited = createdUser.parse(
    await adminApi('POST', '/admin/users', { firstname: 'Test', lastname: roleCode, email, roles: [role.id] }, admin),
  );
  const registered = tokenAnswer.parse(
    await adminApi('POST', '/admin/register', {
      registrationToken: invited.data.registrationToken,
      userInfo: { firstname: 'Test', lastname: roleCode, password },
    }),
  );
  return { email, password, token: registered.data.token };
}

/** A browser context of its own for the admin panel (own address, so log-in limits stay apart). */
export function adminContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': visitorAddress() } });
}

/** Logs in to the admin panel (Strapi's own, English log-in form) and waits for its home page. */
export async function logInToAdmin(page: Page, staff: Pick<StaffMember, 'email' | 'password'>): Promise<void> {
  await page.goto(`${adminUrl}/auth/login`);
  // Strapi's labels end in an asterisk for "required"; the field names are stable.
  await page.locator('input[name="email"]').fill(staff.email);
  await page.locator('input[name="password"]').fill(staff.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page).not.toHaveURL(/\/auth\//, { timeout: 20_000 });
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible({ timeout: 20_000 });
}
