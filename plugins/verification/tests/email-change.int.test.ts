/**
 * Changing the e-mail address with re-confirmation, through the real SMTP mail: nothing changes
 * until the link sent to the new address is used; the password is asked; taken addresses and used,
 * unknown or cut links are refused.
 */
import { describe, expect, it } from 'vitest';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import { EMAIL_CHANGE_CONFIRM_PATH } from '../shared/contracts';
import { api, login, mailCatcherUrl, newConfirmedAccount, redirectUri, uniqueEmail } from './support';

const portalOrigin = new URL(redirectUri).origin;

async function tokenFromMail(to: string): Promise<string> {
  const mail = await waitForMail(mailCatcherUrl, { to, subject: /nieuwe e-mailadres/ });
  const link = mail.links
    .map((candidate) => new URL(candidate))
    .find((url) => url.pathname === EMAIL_CHANGE_CONFIRM_PATH);
  expect(link?.origin).toBe(portalOrigin);
  return link?.searchParams.get('token') ?? '';
}

describe('changing the e-mail address', () => {
  it('switches only after the link sent to the new address is used, once', async () => {
    const account = await newConfirmedAccount('verhuis');
    const newEmail = uniqueEmail('nieuw-adres');
    const requested = await api('/api/account/email', {
      jwt: account.jwt,
      body: { email: newEmail.toUpperCase(), password: account.password },
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(200);
    // Nothing changed yet: the old address still logs in.
    expect((await api('/api/users/me', { jwt: account.jwt })).body).toMatchObject({ email: account.email });

    const token = await tokenFromMail(newEmail);
    const confirmed = await api('/api/account/email/confirm', { body: { token } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.data).toEqual({ email: newEmail });
    expect((await api('/api/users/me', { jwt: account.jwt })).body).toMatchObject({ email: newEmail, confirmed: true });
    expect((await login(newEmail, account.password)).status).toBe(200);

    const again = await api('/api/account/email/confirm', { body: { token } });
    expect(again.status).toBe(400);
    expect(again.body.error?.message).toMatch(/Deze link werkt niet meer/);
  });

  it('asks the password and refuses an address another account uses', async () => {
    const account = await newConfirmedAccount('verhuis-fout');
    const other = await newConfirmedAccount('bezet');
    const wrongPassword = await api('/api/account/email', {
      jwt: account.jwt,
      body: { email: uniqueEmail('x'), password: 'niet het wachtwoord' },
    });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.error?.message).toBe('Je wachtwoord klopt niet.');
    const taken = await api('/api/account/email', {
      jwt: account.jwt,
      body: { email: other.email, password: account.password },
    });
    expect(taken.status).toBe(400);
    expect(taken.body.error?.message).toMatch(/al in gebruik/);
    expect(
      (await api('/api/account/email', { jwt: account.jwt, body: { email: 'geen-adres', password: 'x' } })).status,
    ).toBe(400);
    expect((await api('/api/account/email', { body: { email: uniqueEmail('y'), password: 'x' } })).status).toBe(403);
    for (const token of ['a'.repeat(43), 'kort', '']) {
      expect((await api('/api/account/email/confirm', { body: { token } })).status).toBe(400);
    }
  });
});
