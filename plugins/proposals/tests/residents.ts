/**
 * Residents, staff and proposals made over HTTP against real processes (Strapi, the mail catcher,
 * the FAS stand-in), the way the portal will make them: register → confirmation mail → log in →
 * e-ID verification at the stand-in with a generated persona carrying a distinct, valid national
 * number. No test framework here: the integration tests (support.ts) and the bench
 * (bench/supports.ts) both use it.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { loginHeadless } from '../../../services/fas-standin/src/headless.ts';
import { GENERATED_NUMBER_FIELD, GENERATED_PERSONA_ID } from '../../../services/fas-standin/src/generated-personas.ts';
import { makeNationalNumber } from '../../../services/fas-standin/src/national-numbers.ts';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  body: {
    data?: T;
    meta?: Record<string, unknown>;
    error?: { status: number; name: string; message: string; details?: Record<string, unknown> };
  };
  text: string;
  headers: Headers;
}

export interface Api {
  baseUrl: string;
  call<T = unknown>(method: string, path: string, options?: { jwt?: string; body?: unknown }): Promise<ApiResponse<T>>;
}

export function apiAt(baseUrl: string): Api {
  return {
    baseUrl,
    async call(method, path, options = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.jwt ? { authorization: `Bearer ${options.jwt}` } : {}),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await response.text();
      let body: ApiResponse['body'];
      try {
        body = text ? (JSON.parse(text) as ApiResponse['body']) : {};
      } catch {
        body = {};
      }
      return { status: response.status, body: body as ApiResponse<never>['body'], text, headers: response.headers };
    },
  };
}

/**
 * Distinct valid national register numbers: a random starting point per test file (files run in
 * separate workers) and a counter, spread over birth dates from 1940 to 1999 and sequence numbers.
 */
let nextNumber = crypto.randomInt(0, 15_000_000);
export function freshNationalNumber(): string {
  const id = nextNumber++;
  const sequence = 1 + (id % 997);
  const rest = Math.floor(id / 997);
  return makeNationalNumber(
    { year: 1940 + (Math.floor(rest / 336) % 60), month: 1 + (Math.floor(rest / 28) % 12), day: 1 + (rest % 28) },
    sequence,
  );
}

export interface Resident {
  id: number;
  email: string;
  /** For steps that ask it again (deleting the account). */
  password: string;
  jwt: string;
}

export interface IdentityEndpoints {
  mailCatcherUrl: string;
  redirectUri: string;
}

export function expectOk(response: ApiResponse, what: string): void {
  if (response.status < 200 || response.status >= 300)
    throw new Error(`${what}: ${response.status} ${response.text.slice(0, 300)}`);
}

/** A confirmed, logged-in account that has not verified (yet). */
export async function confirmedResident(
  target: Api,
  endpoints: IdentityEndpoints,
  prefix = 'inwoner',
): Promise<Resident> {
  const email = `${prefix}-${crypto.randomBytes(6).toString('hex')}@voorbeeld.test`;
  const password = `Zes vrolijke ${crypto.randomBytes(4).toString('hex')} fietsen`;
  expectOk(
    await target.call('POST', '/api/auth/local/register', { body: { username: email, email, password } }),
    'registreren',
  );
  const mail = await waitForMail(endpoints.mailCatcherUrl, {
    to: email,
    subject: /Bevestig je e-mailadres/,
    timeoutMs: 60_000,
  });
  const link = mail.links.find((candidate) => candidate.includes('/api/auth/email-confirmation?confirmation='));
  if (!link) throw new Error('geen bevestigingslink');
  const confirmed = await fetch(link, { redirect: 'manual' });
  if (confirmed.status !== 302) throw new Error(`bevestigen: ${confirmed.status}`);
  const { jwt, user } = await logInFromOwnAddress(target, email, password);
  return { id: user.id, email, password, jwt };
}

/**
 * Strapi allows five logins per five minutes per IP address (admin logins: per address and
 * e-mail). Residents and staff log in from their own addresses; so do these: each from its own
 * loopback address (all of 127.0.0.0/8 is local on Linux), in a block picked at random per test
 * file, so no test exhausts another's allowance (or that of other plugins' tests on 127.0.0.1).
 */
const addressBlock = crypto.randomInt(2, 250);
let nextAddress = 0;
function ownAddress(): string {
  const n = nextAddress++;
  return `127.${addressBlock}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

/** A POST to Strapi from its own loopback address (see ownAddress). */
async function postFromOwnAddress(target: Api, path: string, body: unknown): Promise<{ status: number; text: string }> {
  const url = new URL(path, target.baseUrl);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: ownAddress(),
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function logInFromOwnAddress(
  target: Api,
  email: string,
  password: string,
): Promise<{ jwt: string; user: { id: number } }> {
  const answer = await postFromOwnAddress(target, '/api/auth/local', { identifier: email, password });
  if (answer.status !== 200) throw new Error(`aanmelden: ${answer.status} ${answer.text.slice(0, 300)}`);
  return JSON.parse(answer.text) as { jwt: string; user: { id: number } };
}

/** Verifies the account at the FAS stand-in as the person with this national number. */
export async function verify(
  resident: Resident,
  nationalNumber: string,
  target: Api,
  endpoints: IdentityEndpoints,
): Promise<ApiResponse> {
  const started = await target.call<{ authorizationUrl: string }>('POST', '/api/verification/start', {
    jwt: resident.jwt,
    body: {},
  });
  expectOk(started, 'verificatie starten');
  const back = await loginHeadless(started.body.data!.authorizationUrl, {
    persona: GENERATED_PERSONA_ID,
    fields: { [GENERATED_NUMBER_FIELD]: nationalNumber },
    redirectUri: endpoints.redirectUri,
  });
  return target.call('POST', '/api/verification/callback', {
    jwt: resident.jwt,
    body: Object.fromEntries(back.searchParams),
  });
}

/** A resident verified with e-ID, through the real flow. */
export async function verifiedResident(
  target: Api,
  endpoints: IdentityEndpoints,
  nationalNumber = freshNationalNumber(),
): Promise<Resident> {
  const resident = await confirmedResident(target, endpoints);
  const verified = await verify(resident, nationalNumber, target, endpoints);
  expectOk(verified, 'verifiëren');
  return resident;
}

/** Runs `work` for each item with at most `limit` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

export async function verifiedResidents(
  count: number,
  target: Api,
  endpoints: IdentityEndpoints,
  parallel = 8,
): Promise<Resident[]> {
  return inBatches(Array.from({ length: count }), parallel, () => verifiedResident(target, endpoints));
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export interface Staff {
  token: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
}

/** Admin logins are limited per address and e-mail too: staff log in from their own address. */
export async function adminLogin(target: Api, email: string, password: string): Promise<Staff> {
  const login = await postFromOwnAddress(target, '/admin/login', { email, password });
  if (login.status !== 200) throw new Error(`admin-login: ${login.status} ${login.text.slice(0, 300)}`);
  const token = (JSON.parse(login.text) as { data: { token: string } }).data.token;
  return { token, call: (method, path, body) => target.call(method, path, { jwt: token, body }) };
}

// ---------------------------------------------------------------------------------------------
// Proposals
// ---------------------------------------------------------------------------------------------

export const completeDraft = (title = `Een fietsstraat in de Kerkstraat ${crypto.randomBytes(2).toString('hex')}`) => ({
  title,
  summary: 'Maak van de Kerkstraat een fietsstraat, zodat kinderen veilig naar school kunnen fietsen.',
  body:
    'Elke ochtend fietsen honderden kinderen door de Kerkstraat naar school. Auto’s rijden er vaak te snel. ' +
    'Een fietsstraat maakt duidelijk dat fietsers er voorrang hebben en auto’s te gast zijn.',
  topic: null,
  district: null,
  displayName: 'Ouders van de Kerkstraat',
});

export interface OpenedProposal {
  documentId: string;
  stage: string;
  supportCount: number;
  ballot: string | null;
}

/** A proposal by `author`, submitted, screened and opened for support by `officer`. */
export async function openProposal(
  author: Resident,
  officer: Staff,
  target: Api,
  title?: string,
): Promise<OpenedProposal> {
  const created = await target.call<OpenedProposal>('POST', '/api/proposals', {
    jwt: author.jwt,
    body: completeDraft(title),
  });
  expectOk(created, 'voorstel aanmaken');
  const id = created.body.data!.documentId;
  expectOk(await target.call('POST', `/api/proposals/${id}/submit`, { jwt: author.jwt }), 'indienen');
  for (const action of ['start-screening', 'open-for-support']) {
    expectOk(await officer.call('POST', `/proposals/proposals/${id}/transitions`, { action }), action);
  }
  const opened = await target.call<OpenedProposal>('GET', `/api/proposals/${id}`, { jwt: author.jwt });
  expectOk(opened, 'voorstel lezen');
  return opened.body.data!;
}

/** Creates a council meeting as staff would in the admin panel's content manager. */
export async function createMeeting(admin: Staff, startsAt: Date, title = 'Gemeenteraad'): Promise<string> {
  const created = await admin.call<{ documentId: string }>(
    'POST',
    '/content-manager/collection-types/plugin::proposals.council-meeting',
    {
      title,
      body: 'Gemeenteraad',
      startsAt: startsAt.toISOString(),
      location: 'Stadhuis Lokeren',
    },
  );
  expectOk(created, 'zitting aanmaken');
  return created.body.data!.documentId;
}

export const days = (count: number) => new Date(Date.now() + count * 86_400_000);
