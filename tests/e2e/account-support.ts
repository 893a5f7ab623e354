/**
 * Helpers for the account specs: a fresh visitor address per test (the portal and Strapi limit
 * log-ins per address and trust X-Forwarded-For in the e2e setup), the confirmation mail read from
 * the real mail catcher, and the steps every account journey shares.
 */
import crypto from 'node:crypto';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };
import { waitForMail } from '../../services/mail-catcher/src/client.ts';

export const mailWebUrl = `http://127.0.0.1:${process.env.E2E_MAIL_WEB_PORT ?? 1353}`;
export const SESSION_COOKIE = 'denkmee_session';

export function visitorAddress(): string {
  const [a = 1, b = 1, c = 1] = crypto.randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** Every test is another visitor, with its own address. */
export const test = base.extend({
  // Playwright reads the fixture's dependencies from this (empty) destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  extraHTTPHeaders: async ({}, use) => {
    await use({ 'x-forwarded-for': visitorAddress() });
  },
});

export interface Person {
  email: string;
  username: string;
  password: string;
}

export function newPerson(): Person {
  const id = crypto.randomBytes(4).toString('hex');
  return { email: `inwoner-${id}@voorbeeld.test`, username: `inwoner_${id}`, password: 'paarden eten graag hooi' };
}

export async function register(page: Page, person: Person): Promise<void> {
  await page.goto('/registreren');
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel('Gebruikersnaam').fill(person.username);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bevestig je e-mailadres' })).toBeVisible();
}

/** Opens the link from the real confirmation e-mail, as the person would. */
export async function confirmEmail(page: Page, person: Person): Promise<void> {
  const mail = await waitForMail(mailWebUrl, { to: person.email });
  const link = mail.links.find((candidate) => candidate.includes('email-confirmation'));
  expect(link, 'bevestigingslink in de e-mail').toBeTruthy();
  await page.goto(link ?? '');
  await expect(page).toHaveURL(/\/account\/e-mail-bevestigd$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Je e-mailadres is bevestigd' })).toBeVisible();
}

export async function logIn(page: Page, identifier: string, password: string): Promise<void> {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres of gebruikersnaam').fill(identifier);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** From the account page to the FAS stand-in's picker, a persona's button, and back to the portal. */
export async function verifyAs(page: Page, personaId: string): Promise<void> {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Verifieer met e-ID' }).click();
  const personaButton = page.locator(`button[name="persona"][value="${personaId}"]`);
  await expect(personaButton).toBeVisible({ timeout: 15_000 });
  await personaButton.click();
  await expect(page).toHaveURL(/\/account\/verificatie\/terug\?/);
}
