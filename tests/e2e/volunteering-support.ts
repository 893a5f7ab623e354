/**
 * Helpers for the volunteering spec: a second visitor in its own browser context (own address,
 * own cookies), staff approving an organisation through the real Strapi admin API, and the steps
 * of filling the offer and request forms.
 */
import crypto from 'node:crypto';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, visitorAddress } from './account-support';

export const cmsUrl = `http://127.0.0.1:${process.env.E2E_CMS_PORT ?? 1351}`;

/** A fresh visitor: its own cookies and its own address (log-in limits are per address). */
export async function newVisitor(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': visitorAddress() } });
  return { context, page: await context.newPage() };
}

export const uniqueId = () => crypto.randomBytes(3).toString('hex');

async function adminToken(): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD }),
  });
  expect(response.status, 'aanmelden als beheerder').toBe(200);
  const body = (await response.json()) as { data: { token: string } };
  return body.data.token;
}

/** Staff approve the pending organisation with this name, as in the admin panel's moderation API. */
export async function approveOrganisation(name: string): Promise<void> {
  const token = await adminToken();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const list = await fetch(`${cmsUrl}/volunteering/moderation/organisations?approval=pending`, { headers });
  expect(list.status).toBe(200);
  const body = (await list.json()) as
    { data: Array<{ id: string; name: string }> } | Array<{ id: string; name: string }>;
  const organisations = Array.isArray(body) ? body : body.data;
  const organisation = organisations.find((candidate) => candidate.name === name);
  expect(organisation, `organisatie ${name} wacht op goedkeuring`).toBeTruthy();
  const review = await fetch(`${cmsUrl}/volunteering/moderation/organisations/${organisation?.id ?? ''}/review`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ data: { approval: 'approved' } }),
  });
  expect(review.status).toBe(200);
}

export function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface RequestDraft {
  postAs: 'inwoner' | 'organisatie';
  publicName?: string;
  title: string;
  description: string;
  category: string;
  district: string;
  slot: string;
  untilDate: string;
}

export async function fillRequestForm(page: Page, draft: RequestDraft): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${draft.postAs}`) }).check();
  if (draft.publicName) await page.getByLabel('Je naam zoals anderen die zien').fill(draft.publicName);
  await page.getByLabel('Titel', { exact: true }).fill(draft.title);
  await page.getByLabel('Beschrijving', { exact: true }).fill(draft.description);
  await page.getByRole('checkbox', { name: draft.category, exact: true }).check();
  await page.getByRole('radio', { name: draft.district, exact: true }).check();
  await page.getByRole('checkbox', { name: draft.slot, exact: true }).check();
  await page.getByLabel('Aantal vrijwilligers').fill('1');
  await page.getByLabel('Tot wanneer zoek je hulp?').fill(draft.untilDate);
}

export interface OfferDraft {
  publicName: string;
  title: string;
  description: string;
  category: string;
  district: string;
  slots: string[];
}

export async function fillOfferForm(page: Page, draft: OfferDraft): Promise<void> {
  await page.getByLabel('Je naam zoals anderen die zien').fill(draft.publicName);
  await page.getByLabel('Titel', { exact: true }).fill(draft.title);
  await page.getByLabel('Beschrijving', { exact: true }).fill(draft.description);
  await page.getByRole('checkbox', { name: draft.category, exact: true }).check();
  await page.getByRole('checkbox', { name: draft.district, exact: true }).check();
  for (const slot of draft.slots) await page.getByRole('checkbox', { name: slot, exact: true }).check();
}
