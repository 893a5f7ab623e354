/**
 * The mail catcher as a real process (started by the integration setup): mail sent over SMTP with
 * nodemailer shows up in the JSON API and in the Dutch inbox, links included.
 */
import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import { describe, expect, it, inject } from 'vitest';
import { getMail, waitForMail } from './client.ts';

const webUrl = inject('mailCatcherUrl');
const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inject('mailCatcherSmtpPort'), secure: false });

const recipient = () => `ontvanger-${crypto.randomBytes(4).toString('hex')}@voorbeeld.test`;

describe('mail catcher', () => {
  it('answers its health check', async () => {
    const response = await fetch(`${webUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('keeps a mail sent over SMTP and returns it with its links', async () => {
    const to = recipient();
    const link = 'http://127.0.0.1:9/account/e-mail-bevestigd?confirmation=abc&stap=2';
    await transport.sendMail({
      from: '"Denkmee" <no-reply@denkmee.test>',
      to,
      subject: 'Bevestig je e-mailadres',
      text: `Klik op ${link}.`,
      html: `<p>Klik <a href="${link.replace('&', '&amp;')}">hier</a>.</p>`,
    });

    const mail = await waitForMail(webUrl, { to, subject: /Bevestig/ });
    expect(mail).toMatchObject({ to, envelopeTo: [to], subject: 'Bevestig je e-mailadres', links: [link] });
    expect(mail.html).toContain('<a href=');
    expect(mail.text).toContain(link);
  });

  it('filters the list by recipient, newest first', async () => {
    const to = recipient();
    await transport.sendMail({ from: 'a@denkmee.test', to, subject: 'eerste', text: 'een' });
    await transport.sendMail({ from: 'a@denkmee.test', to, subject: 'tweede', text: 'twee' });
    await waitForMail(webUrl, { to, subject: /tweede/ });

    const response = await fetch(`${webUrl}/api/messages?to=${encodeURIComponent(to.toUpperCase())}`);
    const { data } = (await response.json()) as { data: Array<{ subject: string }> };
    expect(data.map((mail) => mail.subject)).toEqual(['tweede', 'eerste']);
  });

  it('shows the inbox and a message in Dutch, with the links clickable and the mail HTML sandboxed', async () => {
    const to = recipient();
    const link = 'http://127.0.0.1:9/account/nieuw-wachtwoord?code=xyz';
    await transport.sendMail({
      from: 'a@denkmee.test',
      to,
      subject: 'Nieuw <wachtwoord>',
      html: `<p><a href="${link}">Kies een nieuw wachtwoord</a></p><script>alert(1)</script>`,
    });
    const mail = await waitForMail(webUrl, { to });

    const inbox = await fetch(`${webUrl}/`);
    const inboxHtml = await inbox.text();
    expect(inbox.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(inboxHtml).toContain('<html lang="nl">');
    expect(inboxHtml).toContain(`href="/berichten/${mail.id}"`);
    expect(inboxHtml).toContain('Nieuw &#60;wachtwoord&#62;');

    const page = await (await fetch(`${webUrl}/berichten/${mail.id}`)).text();
    expect(page).toContain('Links in deze mail');
    expect(page).toContain(`<a href="${link}">${link}</a>`);
    expect(page).toMatch(
      /<iframe title="Inhoud van de mail" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="/,
    );
    // The mail's own markup only ever appears escaped inside srcdoc, never as live page markup.
    expect(page).not.toContain('<script>');

    const raw = await fetch(`${webUrl}/berichten/${mail.id}.eml`);
    expect(raw.headers.get('content-type')).toBe('message/rfc822');
    expect(await raw.text()).toContain(`To: ${to}`);
  });

  it('answers 404 for unknown or malformed ids', async () => {
    expect((await fetch(`${webUrl}/api/messages/0000000000000-00000000`)).status).toBe(404);
    expect((await fetch(`${webUrl}/api/messages/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${webUrl}/berichten/bestaat-niet`)).status).toBe(404);
    await expect(getMail(webUrl, 'bestaat-niet')).rejects.toThrow(/niet gevonden/);
  });

  it('empties the inbox on DELETE /api/messages', async () => {
    const to = recipient();
    await transport.sendMail({ from: 'a@denkmee.test', to, subject: 'weg', text: 'weg' });
    await waitForMail(webUrl, { to });
    const response = await fetch(`${webUrl}/api/messages`, { method: 'DELETE' });
    expect(((await response.json()) as { data: { deleted: number } }).data.deleted).toBeGreaterThan(0);
    const after = (await (await fetch(`${webUrl}/api/messages`)).json()) as { data: unknown[] };
    expect(after.data).toEqual([]);
  });
});
