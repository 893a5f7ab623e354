/**
 * Helpers for the volunteering integration tests. Everything goes over HTTP to the processes the
 * integration setup started: Strapi (content API for residents, admin API for staff) and the mail
 * catcher. Accounts are made the way a resident makes one: register, confirm by the link in the
 * mail (when Strapi asks for confirmation), log in.
 */
import crypto from 'node:crypto';
import { expect, inject } from 'vitest';
import { waitForMail } from '../../../../services/mail-catcher/src/client.ts';
import type { OfferInput, RequestInput } from '../../shared/contracts.ts';
import { addDays, cityDate } from '../../server/src/domain/calendar.ts';

export const cmsUrl = inject('cmsUrl');
export const mailCatcherUrl = inject('mailCatcherUrl');

export interface ApiError {
  status: number;
  name: string;
  message: string;
  details?: Record<string, unknown> & { errors?: Array<{ path: string[]; message: string; name: string }> };
}

export interface ApiResponse<T = unknown> {
  status: number;
  data: T;
  meta?: Record<string, unknown>;
  error?: ApiError;
  /** The raw body text: what tests search for leaked values. */
  text: string;
}

export async function call<T = unknown>(
  method: string,
  path: string,
  options: { jwt?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.jwt ? { authorization: `Bearer ${options.jwt}` } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as { data?: T; meta?: Record<string, unknown>; error?: ApiError }) : {};
  return { status: response.status, data: parsed.data as T, meta: parsed.meta, error: parsed.error, text };
}

/** The resident's API: /api/volunteering/... */
export const volunteering = <T = unknown>(method: string, path: string, jwt?: string, data?: unknown) =>
  call<T>(method, `/api/volunteering${path}`, { jwt, body: data === undefined ? undefined : { data } });

export interface Resident {
  id: number;
  documentId: string;
  email: string;
  /** Asked again when the account is deleted. */
  password: string;
  jwt: string;
}

const unique = () => crypto.randomBytes(5).toString('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Strapi limits its auth routes per client address (users-permissions `ratelimit`: 10 a minute),
 * and every test account logs in from 127.0.0.1. Like a patient resident, wait and try again.
 */
async function patiently(send: () => Promise<Response>): Promise<Response> {
  const deadline = Date.now() + 75_000;
  for (;;) {
    const response = await send();
    if (response.status !== 429 || Date.now() > deadline) return response;
    await sleep(2_000);
  }
}

async function postJson(path: string, body: unknown): Promise<Response> {
  return patiently(() =>
    fetch(`${cmsUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

interface Session {
  jwt?: string;
  user: { id: number; documentId: string };
}

/** A resident account: registered, confirmed by the link in its mail when Strapi asks for that, logged in. */
export async function newResident(prefix: string): Promise<Resident> {
  const email = `${prefix}-${unique()}@vrijwilligers.test`;
  const password = `Zeven blije ${unique()} fietsers`;
  const registered = await postJson('/api/auth/local/register', { username: email, email, password });
  const registration = await registered.text();
  expect(registered.status, registration).toBe(200);
  const direct = JSON.parse(registration) as Session;
  if (direct.jwt) return { id: direct.user.id, documentId: direct.user.documentId, email, password, jwt: direct.jwt };

  const mail = await waitForMail(mailCatcherUrl, { to: email, subject: /bevestig/i });
  const link = mail.links.find((candidate) => candidate.includes('/api/auth/email-confirmation?confirmation='));
  if (!link) throw new Error(`geen bevestigingslink in de mail aan ${email}`);
  const confirmed = await patiently(() => fetch(link, { redirect: 'manual' }));
  expect(confirmed.status).toBe(302);
  const loggedIn = await postJson('/api/auth/local', { identifier: email, password });
  const login = await loggedIn.text();
  expect(loggedIn.status, login).toBe(200);
  const session = JSON.parse(login) as Required<Session>;
  return { id: session.user.id, documentId: session.user.documentId, email, password, jwt: session.jwt };
}

/** Several residents, one after another (the auth rate limit counts them all). */
export async function newResidents(...prefixes: string[]): Promise<Resident[]> {
  const residents: Resident[] = [];
  for (const prefix of prefixes) residents.push(await newResident(prefix));
  return residents;
}

// ---------------------------------------------------------------------------------------------
// Staff: the admin API, as the admin panel uses it
// ---------------------------------------------------------------------------------------------

const adminTokens = new Map<string, string>();

export async function adminLogin(email: string, password: string): Promise<string> {
  const known = adminTokens.get(email);
  if (known) return known;
  const response = await call<{ token: string }>('POST', '/admin/login', { body: { email, password } });
  expect(response.status, response.text).toBe(200);
  adminTokens.set(email, response.data.token);
  return response.data.token;
}

export async function superAdminToken(): Promise<string> {
  return adminLogin(inject('adminEmail'), inject('adminPassword'));
}

export async function staff<T = unknown>(
  method: string,
  path: string,
  options: { token?: string; data?: unknown } = {},
) {
  return call<T>(method, path, {
    jwt: options.token ?? (await superAdminToken()),
    body: options.data === undefined ? undefined : { data: options.data },
  });
}

/** An admin account with one role (by the role's code), invited and registered through the admin API. */
export async function newStaffMember(roleCode: string): Promise<string> {
  const superToken = await superAdminToken();
  const roles = await call<Array<{ id: number; code: string }>>('GET', '/admin/roles', { jwt: superToken });
  const role = roles.data.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`rol ${roleCode} bestaat niet`);
  const email = `staf-${unique()}@stad.test`;
  const created = await call<{ registrationToken: string }>('POST', '/admin/users', {
    jwt: superToken,
    body: { firstname: 'Staf', lastname: roleCode, email, roles: [role.id] },
  });
  expect(created.status, created.text).toBe(201);
  const password = `Stad-${unique()}-Lokeren1`;
  const registered = await call<{ token: string }>('POST', '/admin/register', {
    body: {
      registrationToken: created.data.registrationToken,
      userInfo: { firstname: 'Staf', lastname: roleCode, password },
    },
  });
  expect(registered.status, registered.text).toBe(200);
  return registered.data.token;
}

// ---------------------------------------------------------------------------------------------
// Posts
// ---------------------------------------------------------------------------------------------

export const today = () => cityDate(new Date());
export const inDays = (days: number) => addDays(today(), days);

/** Contact details that must never show up where they do not belong; unique per call. */
export function contact(label: string) {
  const digits = String(crypto.randomInt(10_000_000, 99_999_999));
  return {
    contactEmail: `${label}.${unique()}@prive.test`,
    contactPhone: `04${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`,
  };
}

export function offerInput(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    publicName: 'Anna',
    title: 'Ik doe graag boodschappen',
    description: 'Wekelijks boodschappen doen voor wie niet goed te been is.',
    categories: ['errands'],
    districts: ['lokeren'],
    availability: [{ weekday: 'monday', partOfDay: 'morning' }],
    frequency: 'recurring',
    ...overrides,
  };
}

export function requestInput(overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    publicName: 'Bert',
    title: 'Boodschappen voor mijn moeder',
    description: 'Wie kan op maandagochtend boodschappen doen voor mijn moeder in Lokeren?',
    categories: ['errands'],
    district: 'lokeren',
    slots: [{ weekday: 'monday', partOfDay: 'morning' }],
    volunteersNeeded: 1,
    untilDate: inDays(30),
    ...overrides,
  };
}

export async function postOffer(resident: Resident, overrides: Partial<OfferInput> = {}) {
  const response = await volunteering<{ id: string }>('POST', '/offers', resident.jwt, offerInput(overrides));
  expect(response.status, response.text).toBe(201);
  return response.data;
}

export async function postRequest(resident: Resident, overrides: Partial<RequestInput> = {}) {
  const response = await volunteering<{ id: string }>('POST', '/requests', resident.jwt, requestInput(overrides));
  expect(response.status, response.text).toBe(201);
  return response.data;
}

/** Gives the account an organisation profile and has staff approve it. */
export async function approveOrganisation(
  resident: Resident,
  name: string,
): Promise<Resident & { organisationId: string }> {
  const profile = await volunteering<{ id: string }>('PUT', '/me/organisation', resident.jwt, {
    name,
    description: 'Een vereniging uit Lokeren.',
    website: 'https://vereniging.example',
  });
  expect(profile.status, profile.text).toBe(200);
  const review = await staff('POST', `/volunteering/moderation/organisations/${profile.data.id}/review`, {
    data: { approval: 'approved' },
  });
  expect(review.status, review.text).toBe(200);
  return { ...resident, organisationId: profile.data.id };
}
