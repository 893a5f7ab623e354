/**
 * Helpers for the identity integration tests. Everything goes over HTTP to the real processes the
 * integration setup started: Strapi, the mail catcher, the FAS stand-in. The tests play the portal:
 * they call Strapi's API and forward the provider's redirect to the callback route, as it will.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { expect, inject } from 'vitest';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import { loginHeadless } from '../../../services/fas-standin/src/headless.ts';

export const cmsUrl = inject('cmsUrl');
export const mailCatcherUrl = inject('mailCatcherUrl');
export const redirectUri = inject('verificationRedirectUri');

export interface ApiResponse {
  status: number;
  body: Record<string, unknown> & {
    data?: unknown;
    error?: { status: number; name: string; message: string; details?: Record<string, unknown> };
  };
  headers: Headers;
}

export async function api(
  path: string,
  options: { method?: string; jwt?: string; body?: unknown; redirect?: 'follow' | 'manual' } = {},
): Promise<ApiResponse> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    redirect: options.redirect ?? 'follow',
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.jwt ? { authorization: `Bearer ${options.jwt}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: ApiResponse['body'] = {};
  if (text) {
    try {
      body = JSON.parse(text) as ApiResponse['body'];
    } catch {
      body = { text };
    }
  }
  return { status: response.status, body, headers: response.headers };
}

export const uniqueEmail = (prefix: string) => `${prefix}-${crypto.randomBytes(5).toString('hex')}@voorbeeld.test`;
/** Long enough for the password rule, unlikely to be common. */
export const goodPassword = () => `Zes vrolijke ${crypto.randomBytes(4).toString('hex')} fietsen`;

export interface Account {
  id: number;
  documentId: string;
  email: string;
  password: string;
  jwt: string;
}

export async function register(email: string, password: string): Promise<ApiResponse> {
  return api('/api/auth/local/register', { body: { username: email, email, password } });
}

/** The confirmation link from the mail in the mail catcher (it points at Strapi's confirmation route). */
export async function confirmationLink(email: string): Promise<URL> {
  const mail = await waitForMail(mailCatcherUrl, { to: email, subject: /Bevestig je e-mailadres/ });
  const link = mail.links.find((candidate) => candidate.includes('/api/auth/email-confirmation?confirmation='));
  if (!link) throw new Error(`geen bevestigingslink in de mail aan ${email}`);
  return new URL(link);
}

let nextAddress = 2 + Math.floor(Math.random() * 200);

/**
 * Strapi allows 10 logins per minute per client address, and every integration test file logs in
 * from this machine. Each login comes from its own loopback address (127.0.0.x), as distinct
 * residents would come from distinct addresses, so the suite never trips the limit.
 */
export async function login(email: string, password: string): Promise<ApiResponse> {
  nextAddress = nextAddress >= 250 ? 2 : nextAddress + 1;
  const url = new URL('/api/auth/local', cmsUrl);
  const payload = JSON.stringify({ identifier: email, password });
  const { status, text, headers } = await new Promise<{ status: number; text: string; headers: Headers }>(
    (resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          localAddress: `127.0.0.${nextAddress}`,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
                responseHeaders.append(name, item);
              }
            }
            resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              headers: responseHeaders,
            });
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    },
  );
  return { status, body: text ? (JSON.parse(text) as ApiResponse['body']) : {}, headers };
}

/** Register → confirmation mail → click the link → log in, as a newcomer would. */
export async function newConfirmedAccount(prefix: string): Promise<Account> {
  const email = uniqueEmail(prefix);
  const password = goodPassword();
  const registered = await register(email, password);
  expect(registered.status, JSON.stringify(registered.body)).toBe(200);
  const link = await confirmationLink(email);
  const confirmed = await fetch(link, { redirect: 'manual' });
  expect(confirmed.status).toBe(302);
  const loggedIn = await login(email, password);
  expect(loggedIn.status, JSON.stringify(loggedIn.body)).toBe(200);
  const { jwt, user } = loggedIn.body as unknown as { jwt: string; user: { id: number; documentId: string } };
  return { id: user.id, documentId: user.documentId, email, password, jwt };
}

export async function startVerification(account: Account): Promise<URL> {
  const started = await api('/api/verification/start', { jwt: account.jwt, body: {} });
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  return new URL((started.body.data as { authorizationUrl: string }).authorizationUrl);
}

/** What the browser brings back to the portal's callback page after picking a persona. */
export async function providerRedirect(authorizationUrl: URL, persona: string): Promise<Record<string, string>> {
  const back = await loginHeadless(authorizationUrl.href, { persona, redirectUri });
  return Object.fromEntries(back.searchParams);
}

export async function sendCallback(account: Account, parameters: Record<string, string>): Promise<ApiResponse> {
  return api('/api/verification/callback', { jwt: account.jwt, body: parameters });
}

/** The whole round trip with one persona, as the portal will drive it. */
export async function verifyAs(account: Account, persona: string): Promise<ApiResponse> {
  return sendCallback(account, await providerRedirect(await startVerification(account), persona));
}

export async function verificationStatus(account: Account): Promise<Record<string, unknown>> {
  const response = await api('/api/verification/me', { jwt: account.jwt });
  expect(response.status).toBe(200);
  return response.body.data as Record<string, unknown>;
}

let adminToken: string | undefined;

/** Strapi's admin API, as staff would use it in the admin panel. */
export async function adminApi(method: string, path: string): Promise<ApiResponse> {
  if (!adminToken) {
    const response = await fetch(`${cmsUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
    });
    if (!response.ok) throw new Error(`admin-login mislukt: ${response.status}`);
    adminToken = ((await response.json()) as { data: { token: string } }).data.token;
  }
  const response = await fetch(`${cmsUrl}${path}`, { method, headers: { authorization: `Bearer ${adminToken}` } });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as ApiResponse['body']) : {},
    headers: response.headers,
  };
}
