/**
 * Steps the proposal specs share: residents made through the real flows (registration mail, log-in,
 * e-ID verification at the FAS stand-in with a generated persona carrying its own valid national
 * number, so every resident is a distinct person), a proposal written and submitted in the portal,
 * and the participation officer's transitions through Strapi's real admin API (super admin).
 */
import crypto from 'node:crypto';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { makeNationalNumber } from '../../services/fas-standin/src/national-numbers.ts';
import { confirmEmail, expect, newPerson, register, visitorAddress, type Person } from './account-support';

export { expect, test } from './account-support';

export const cmsUrl = `http://127.0.0.1:${process.env.E2E_CMS_PORT ?? 1351}`;

/** A valid national register number nobody else in this run is likely to have (born 1950–1999). */
export function freshNationalNumber(): string {
  return makeNationalNumber(
    { year: 1950 + crypto.randomInt(50), month: 1 + crypto.randomInt(12), day: 1 + crypto.randomInt(28) },
    1 + crypto.randomInt(997),
  );
}

/** Registered, e-mail confirmed and logged in, but not verified with e-ID. */
export async function newConfirmedResident(page: Page): Promise<Person> {
  const person = newPerson();
  await register(page, person);
  await confirmEmail(page, person);
  await logInSteadily(page, person);
  return person;
}

/**
 * Logs in; on a busy machine the fields can be filled before the page hydrates, which empties them
 * again ("Vul dit in."), so the form is filled once the page is idle and tried a second time.
 */
export async function logInSteadily(page: Page, person: Person): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.goto('/aanmelden');
    await page.waitForLoadState('networkidle');
    await page.getByLabel('E-mailadres of gebruikersnaam').fill(person.email);
    await page.getByLabel('Wachtwoord').fill(person.password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    try {
      await expect(page).toHaveURL(/\/account$/, { timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

/** Verifies the logged-in person at the FAS stand-in as a generated persona with its own number. */
export async function verifyWithFreshNumber(page: Page): Promise<void> {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Verifieer met e-ID' }).click();
  const numberField = page.getByLabel('Rijksregisternummer (11 cijfers)');
  await expect(numberField).toBeVisible({ timeout: 15_000 });
  await numberField.fill(freshNationalNumber());
  await page.getByRole('button', { name: 'Aanmelden met dit nummer' }).click();
  await expect(page).toHaveURL(/\/account\/verificatie\/terug\?/);
  await expect(page.getByText('Je account is geverifieerd.')).toBeVisible();
}

/** A logged-in resident verified with e-ID, in `page`'s browser context. */
export async function newVerifiedResident(page: Page): Promise<Person> {
  const person = await newConfirmedResident(page);
  await verifyWithFreshNumber(page);
  return person;
}

/** Another visitor: own cookies and own address (the portal and Strapi limit log-ins per address). */
export async function newVisitor(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': visitorAddress() },
    ...options,
  });
  return { context, page: await context.newPage() };
}

export interface ProposalText {
  title: string;
  summary: string;
  body: string;
  displayName: string;
  district?: string;
}

export function proposalText(): ProposalText {
  const tag = crypto.randomBytes(3).toString('hex');
  return {
    title: `Meer zitbanken op het Kerkplein ${tag}`,
    summary: 'Zet zitbanken in de schaduw op het Kerkplein, zodat ouderen er kunnen rusten.',
    body:
      'Op het Kerkplein staat nu geen enkele bank. Wie slecht te been is, kan er nergens even uitrusten.\n\n' +
      'Drie banken onder de bomen maken het plein voor iedereen aangenaam, ook op warme dagen.',
    displayName: `Buren van het plein ${tag}`,
  };
}

export async function fillProposalForm(page: Page, text: ProposalText): Promise<void> {
  // Filled before hydration, the fields could be emptied again.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Titel', { exact: true }).fill(text.title);
  await page.getByLabel('Samenvatting', { exact: true }).fill(text.summary);
  await page.getByLabel('Voorstel', { exact: true }).fill(text.body);
  await page.getByLabel('Naam die anderen zien', { exact: true }).fill(text.displayName);
}

/** Writes and submits a proposal in the portal as the (verified) person in `page`; its documentId. */
export async function submitProposalInPortal(page: Page, text: ProposalText = proposalText()): Promise<string> {
  await page.goto('/voorstellen/nieuw');
  await fillProposalForm(page, text);
  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page).toHaveURL(/\/voorstellen\/[a-z0-9]+\?ingediend=1$/);
  const match = /\/voorstellen\/([a-z0-9]+)\?/.exec(page.url());
  if (!match?.[1]) throw new Error(`geen voorstel in ${page.url()}`);
  return match[1];
}

// ---------------------------------------------------------------------------------------------
// The participation officer, through Strapi's admin API (the e2e super admin may act as officer)
// ---------------------------------------------------------------------------------------------

let adminJwt: Promise<string> | undefined;

/** Logs the e2e super admin in once per worker; admin log-ins are limited per address, so each has its own. */
export function adminToken(): Promise<string> {
  adminJwt ??= (async () => {
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': visitorAddress() },
      body: JSON.stringify({ email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`admin-login: ${response.status} ${text.slice(0, 300)}`);
    return (JSON.parse(text) as { data: { token: string } }).data.token;
  })();
  adminJwt.catch(() => (adminJwt = undefined));
  return adminJwt;
}

export type OfficerAction =
  'start-screening' | 'return-to-initiator' | 'open-for-support' | 'decline-competence' | 'start-progress' | 'answer';

/** One transition by the participation officer; throws with Strapi's answer when it is refused. */
export async function adminTransition(
  documentId: string,
  action: OfficerAction,
  extra: { reason?: string; outcome?: 'realised' | 'partly' | 'not-retained'; answer?: string; note?: string } = {},
): Promise<unknown> {
  const response = await fetch(`${cmsUrl}/proposals/proposals/${documentId}/transitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` },
    body: JSON.stringify({ action, ...extra }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${action}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}

/** A council meeting, as staff add one in the admin panel's content manager; its documentId. */
export async function adminCreateMeeting(
  startsAt: Date,
  title: string,
  location = 'Stadhuis Lokeren',
): Promise<string> {
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/plugin::proposals.council-meeting`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await adminToken()}` },
    body: JSON.stringify({ title, body: 'Gemeenteraad', startsAt: startsAt.toISOString(), location }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`zitting: ${response.status} ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}

/** Screening and opening: the proposal then takes supports. */
export async function openForSupport(documentId: string): Promise<void> {
  await adminTransition(documentId, 'start-screening');
  await adminTransition(documentId, 'open-for-support');
}

/**
 * A proposal open for support, written and submitted in the portal by a new verified resident in a
 * context of its own (closed afterwards), and opened by the officer. Returns its documentId and text.
 */
export async function openProposalByNewResident(browser: Browser): Promise<{ documentId: string; text: ProposalText }> {
  const author = await newVisitor(browser);
  try {
    await newVerifiedResident(author.page);
    const text = proposalText();
    const documentId = await submitProposalInPortal(author.page, text);
    await openForSupport(documentId);
    return { documentId, text };
  } finally {
    await author.context.close();
  }
}
