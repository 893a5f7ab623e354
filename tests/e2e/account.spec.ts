/**
 * Accounts end to end: registration with the real confirmation mail, log-in, e-ID verification at
 * the real FAS stand-in, one person one account, log-in messages that reveal nothing, a tampered
 * session cookie, the per-visitor log-in limit, log-out, download my data, delete my account, the
 * optional profile questions, a change of e-mail address, and axe on every account page type.
 */
import fs from 'node:fs';
import { waitForMail } from '../../services/mail-catcher/src/client.ts';
import { expectNoAxeViolations } from './support';
import {
  SESSION_COOKIE,
  confirmEmail,
  expect,
  logIn,
  mailWebUrl,
  newPerson,
  register,
  test,
  verifyAs,
} from './account-support';

test('register, confirm by e-mail, log in, verify with e-ID, log out', async ({ page }) => {
  const person = newPerson();
  await page.goto('/registreren');
  await expect(page.getByText('minstens 10 tekens').first()).toBeVisible();
  await expect(page.getByText('sturen we je een e-mail met een link')).toBeVisible();
  await expectNoAxeViolations(page);
  await register(page, person);
  await expect(page.getByText(person.email)).toBeVisible();

  await confirmEmail(page, person);
  await page.goto('/aanmelden');
  await expectNoAxeViolations(page);
  await logIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('banner').getByRole('link', { name: person.username })).toBeVisible();
  await expect(page.getByTestId('verification-status')).toHaveText('nog niet geverifieerd');
  await expectNoAxeViolations(page);

  await verifyAs(page, 'geboren-na-2000');
  await expect(page.getByText('Je account is geverifieerd.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Terug naar mijn account' }).click();
  await expect(page.getByTestId('verification-status')).toHaveText('geverifieerd');

  // Personal pages are never cached.
  const response = await page.request.get('/account');
  expect(response.headers()['cache-control']).toBe('private, no-store');

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByText('Je bent afgemeld.')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/aanmelden$/);
});

test('the same person cannot verify a second account', async ({ page, browser }) => {
  const first = newPerson();
  await register(page, first);
  await confirmEmail(page, first);
  await logIn(page, first.email, first.password);
  await verifyAs(page, 'geboren-voor-2000');
  await expect(page.getByText('Je account is geverifieerd.')).toBeVisible();

  // Another visitor (own address and cookies) with a new account, but the same An Peeters at FAS.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '10.200.0.2' } });
  const other = await context.newPage();
  const second = newPerson();
  await register(other, second);
  await confirmEmail(other, second);
  await logIn(other, second.email, second.password);
  await verifyAs(other, 'tweede-poging');
  await expect(other.getByRole('alert')).toHaveText(
    'Deze persoon is al geverifieerd met een ander account. Iedereen kan maar één account verifiëren; meld je aan met je andere account.',
  );
  await expectNoAxeViolations(other);
  await other.goto('/account');
  await expect(other.getByTestId('verification-status')).toHaveText('nog niet geverifieerd');
  await context.close();
});

test('download my data, then delete my account', async ({ page }) => {
  const person = newPerson();
  await register(page, person);
  await confirmEmail(page, person);
  await logIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/account$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download mijn gegevens' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^denkmee-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
    account: { email: string; username: string };
    verification: { verified: boolean };
  };
  expect(exported.account).toMatchObject({ email: person.email, username: person.username });
  expect(exported.verification.verified).toBe(false);

  await page.goto('/account/verwijderen');
  await expectNoAxeViolations(page);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
  await expect(page.getByText('Vink aan dat je je account echt wil verwijderen.')).toBeVisible();
  await page.getByLabel('Wachtwoord').fill('niet mijn wachtwoord');
  await page.getByLabel(/Ja, verwijder mijn account/).check();
  await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
  await expect(page.getByText('Je wachtwoord klopt niet. Je account is niet verwijderd.')).toBeVisible();

  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByLabel(/Ja, verwijder mijn account/).check();
  await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
  await expect(page.getByText('Je account is verwijderd. Bedankt om mee te denken.')).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  await logIn(page, person.email, person.password);
  await expect(page.getByRole('alert')).toHaveText('Dit e-mailadres of wachtwoord klopt niet.');
});

test('the optional profile questions are asked once, explained, and may be skipped', async ({ page }) => {
  const person = newPerson();
  await register(page, person);
  await confirmEmail(page, person);
  await logIn(page, person.email, person.password);
  await page.getByRole('link', { name: 'Beantwoord de vragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Over jou (optioneel)' })).toBeVisible();
  await expect(page.getByText('Dit is geen bewijs van woonplaats.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Leeftijd').selectOption({ label: '25 tot 34 jaar' });
  await page.getByLabel('Deelgemeente waar je woont').selectOption({ label: 'Daknam' });
  await expect(page.getByLabel('Hoogste diploma')).toHaveValue('');
  await page.getByRole('button', { name: 'Bewaar mijn antwoorden' }).click();
  await expect(page.getByText('Bedankt, je antwoorden zijn bewaard.')).toBeVisible();
  await expect(page.getByLabel('Deelgemeente waar je woont')).toHaveValue('daknam');

  await page.goto('/account');
  await expect(page.getByRole('link', { name: 'Beantwoord de vragen' })).toHaveCount(0);
  await expect(page.getByText('Je beantwoordde deze vragen.')).toBeVisible();
});

test('change the e-mail address through a link sent to the new address', async ({ page }) => {
  const person = newPerson();
  await register(page, person);
  await confirmEmail(page, person);
  await logIn(page, person.email, person.password);
  await page.getByRole('link', { name: 'E-mailadres wijzigen' }).click();
  const newEmail = `nieuw-${person.email}`;
  await page.getByLabel('Nieuw e-mailadres').fill(newEmail);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Stuur de bevestigingslink' }).click();
  await expect(page.getByText(`We stuurden een link naar ${newEmail}.`)).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await waitForMail(mailWebUrl, { to: newEmail, subject: /nieuwe e-mailadres/ });
  const link = mail.links.find((candidate) => candidate.includes('/account/e-mail-wijzigen/bevestigen'));
  await page.goto(link ?? '');
  await expect(page.getByText(`Je e-mailadres is gewijzigd naar ${newEmail}.`)).toBeVisible();
  await page.goto('/account');
  await expect(page.getByText(newEmail)).toBeVisible();
});

test('a wrong password and an unknown address get the same message', async ({ page }) => {
  const person = newPerson();
  await register(page, person);
  await logIn(page, person.email, 'niet mijn wachtwoord');
  const wrongPassword = await page.getByRole('alert').textContent();
  await expect(page.getByLabel('E-mailadres of gebruikersnaam')).toHaveValue(person.email);
  await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
  await logIn(page, `niemand-${person.username}@voorbeeld.test`, 'niet mijn wachtwoord');
  const unknownAddress = await page.getByRole('alert').textContent();
  expect(wrongPassword).toBe('Dit e-mailadres of wachtwoord klopt niet.');
  expect(unknownAddress).toBe(wrongPassword);
});

test('an unconfirmed account is told to confirm its e-mail first (only with the right password)', async ({ page }) => {
  const person = newPerson();
  await register(page, person);
  await logIn(page, person.email, person.password);
  await expect(page.getByRole('alert')).toContainText('nog niet bevestigd');
  await expect(page.getByRole('link', { name: 'Bevestigingsmail opnieuw sturen' })).toBeVisible();
});

test('a tampered session cookie means logged out, and the cookie is dropped', async ({ page, context }) => {
  const person = newPerson();
  await register(page, person);
  await confirmEmail(page, person);
  await logIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/account$/);

  const cookie = (await context.cookies()).find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  const value = cookie?.value ?? '';
  const middle = Math.floor(value.length / 2);
  const tampered = `${value.slice(0, middle)}${value[middle] === 'A' ? 'B' : 'A'}${value.slice(middle + 1)}`;
  await context.addCookies([{ ...cookie!, value: tampered }]);

  await page.goto('/account');
  await expect(page).toHaveURL(/\/aanmelden$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  expect((await context.cookies()).some((candidate) => candidate.name === SESSION_COOKIE)).toBe(false);
});

test('one visitor trying many passwords is slowed down', async ({ page }) => {
  const messages: string[] = [];
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await logIn(page, 'iemand@voorbeeld.test', `geraden wachtwoord ${attempt}`);
    messages.push((await page.getByRole('alert').textContent()) ?? '');
  }
  expect(messages.slice(0, 3)).toEqual(Array(3).fill('Dit e-mailadres of wachtwoord klopt niet.'));
  expect(messages[3]).toMatch(/^Te veel pogingen na elkaar\. Wacht \d+ seconden/);
});

test('registration problems are named, and the input except the password is kept', async ({ page }) => {
  await page.goto('/registreren');
  await page.getByLabel('E-mailadres').fill('geen-adres');
  await page.getByLabel('Gebruikersnaam').fill('goede_naam');
  await page.getByLabel('Wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Account maken' }).click();
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await expect(page.getByText('Kies een wachtwoord van minstens 10 tekens').last()).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveValue('geen-adres');
  await expect(page.getByLabel('Gebruikersnaam')).toHaveValue('goede_naam');
  await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('register and log in work with plain forms', async ({ page }) => {
    const person = newPerson();
    await register(page, person);
    await confirmEmail(page, person);
    await logIn(page, person.username, person.password);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  });
});

test('account pages speak French under /fr', async ({ page }) => {
  await page.goto('/fr/aanmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
  await page.goto('/fr/account');
  await expect(page).toHaveURL(/\/fr\/aanmelden$/);
});
