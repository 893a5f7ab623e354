/**
 * Accounts through Strapi's users-permissions as this plugin configures them, with real e-mail
 * over SMTP to the mail catcher: register → confirmation mail → link → log in; the password rule;
 * no hint whether an e-mail address has an account; a forgotten password.
 */
import { describe, expect, it } from 'vitest';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import { api, cmsUrl, confirmationLink, goodPassword, login, mailCatcherUrl, register, uniqueEmail } from './support';

describe('registration with e-mail confirmation', () => {
  const email = uniqueEmail('nieuw');
  const password = goodPassword();
  let link: URL;

  it('refuses a weak password with a Dutch explanation', async () => {
    const response = await register(uniqueEmail('zwak'), 'kort123');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toMatch(/minstens 10 tekens/);
    const common = await register(uniqueEmail('zwak'), 'wachtwoord123');
    expect(JSON.stringify(common.body.error)).toMatch(/te vaak gebruikt/);
  });

  it('registers without logging in, and sends a Dutch confirmation mail through SMTP', async () => {
    const response = await register(email, password);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.jwt).toBeUndefined();
    expect(response.body.user).toMatchObject({ email, confirmed: false });

    const mail = await waitForMail(mailCatcherUrl, { to: email });
    expect(mail.subject).toBe('Bevestig je e-mailadres voor Denkmee');
    expect(mail.from).toContain('Denkmee');
    expect(mail.html).toContain('Welkom bij Denkmee');
    link = await confirmationLink(email);
    expect(link.origin).toBe(cmsUrl);
  });

  it('does not let the account log in before the address is confirmed', async () => {
    const response = await login(email, password);
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toMatch(/not confirmed/);
  });

  it('confirms through the link in the mail and sends the person on to the portal', async () => {
    const response = await fetch(link, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://127.0.0.1:9/account/e-mail-bevestigd');
    // The link works once.
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(400);
  });

  it('gives the same answer for a wrong password as for an unknown address', async () => {
    const wrongPassword = await login(email, `${password}x`);
    const unknownAddress = await login(uniqueEmail('onbekend'), password);
    expect(wrongPassword.status).toBe(400);
    expect(unknownAddress.status).toBe(400);
    expect(wrongPassword.body.error).toEqual(unknownAddress.body.error);
  });

  it('logs in: a short-lived access token in the body, the refresh token in an httpOnly cookie', async () => {
    const response = await login(email, password);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(typeof response.body.jwt).toBe('string');
    expect(response.body.refreshToken).toBeUndefined();
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('strapi_up_refresh='));
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).toMatch(/samesite=lax/i);

    const me = await api('/api/users/me', { jwt: String(response.body.jwt) });
    expect(me.body).toMatchObject({ email, confirmed: true });
  });

  it('refuses a second account with the same address', async () => {
    const response = await register(email, goodPassword());
    expect(response.status).toBe(400);
  });
});

describe('forgotten password', () => {
  it('mails a link to the portal, and the code in it sets a new password', async () => {
    const email = uniqueEmail('vergeten');
    const registered = await register(email, goodPassword());
    expect(registered.status).toBe(200);
    expect((await fetch(await confirmationLink(email), { redirect: 'manual' })).status).toBe(302);

    const since = new Date();
    const asked = await api('/api/auth/forgot-password', { body: { email } });
    expect(asked.body).toEqual({ ok: true });
    // Same answer for an address without account: no hint who has one.
    expect((await api('/api/auth/forgot-password', { body: { email: uniqueEmail('niemand') } })).body).toEqual({
      ok: true,
    });

    const mail = await waitForMail(mailCatcherUrl, { to: email, subject: /nieuw wachtwoord/i, since });
    const link = mail.links.find((candidate) =>
      candidate.startsWith('http://127.0.0.1:9/account/nieuw-wachtwoord?code='),
    );
    expect(link).toBeDefined();
    const code = new URL(link ?? '').searchParams.get('code') ?? '';

    const newPassword = goodPassword();
    const weak = await api('/api/auth/reset-password', {
      body: { code, password: 'kort', passwordConfirmation: 'kort' },
    });
    expect(weak.status).toBe(400);
    const reset = await api('/api/auth/reset-password', {
      body: { code, password: newPassword, passwordConfirmation: newPassword },
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const me = await api('/api/users/me', { jwt: String(reset.body.jwt) });
    expect(me.body).toMatchObject({ email });
  });
});
