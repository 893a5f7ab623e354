/**
 * The portal's calls to Strapi on behalf of one person: users-permissions (log in, register,
 * passwords, refresh) and the verification plugin. Unlike cms.ts these carry a person's token and
 * are never cached. Every answer is parsed; anything unexpected becomes `unavailable`.
 *
 * The client's address goes along as X-Forwarded-For: Strapi limits log-ins per address, and behind
 * the portal every request would otherwise come from the portal's own address (Strapi must run with
 * IS_PROXIED=true and only be reachable through the portal for that header to be trusted).
 */
import { z } from 'zod';
import {
  demographicsResponseSchema,
  personalDataExportSchema,
  verificationErrorDetailsSchema,
  verificationStartResponseSchema,
  verificationStatusResponseSchema,
  type Demographics,
  type DemographicsRequest,
  type PersonalDataExport,
  type VerificationCallbackRequest,
  type VerificationFailure,
  type VerificationStatus,
} from '../../../../plugins/verification/shared/contracts';
import { portalEnv } from './env';
import { accessTokenExpiry, type Session, type SessionUser } from './session';

const REFRESH_COOKIE = 'strapi_up_refresh';
const AUTH_TIMEOUT_MS = 10_000;

const strapiUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  confirmed: z.boolean().nullable().optional(),
});
export type StrapiUser = z.infer<typeof strapiUserSchema>;

const strapiErrorSchema = z.object({
  error: z.object({
    status: z.number(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
type StrapiError = z.infer<typeof strapiErrorSchema>['error'];

export type Unavailable = { kind: 'unavailable' };
const unavailable: Unavailable = { kind: 'unavailable' };

interface CallOptions {
  body?: unknown;
  token?: string;
  clientAddress?: string | null;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
}

type Answer = { ok: true; status: number; json: unknown; headers: Headers } | { ok: false; error: StrapiError };

async function call(path: string, options: CallOptions): Promise<Answer | Unavailable> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.clientAddress) headers['x-forwarded-for'] = options.clientAddress;
  let response: Response;
  try {
    response = await fetch(`${portalEnv().CMS_URL}${path}`, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(AUTH_TIMEOUT_MS),
      redirect: 'manual',
    });
  } catch (cause) {
    console.error(`[auth] ${path}: CMS niet bereikbaar (${cause instanceof Error ? cause.name : 'fout'})`);
    return unavailable;
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, json, headers: response.headers };
  const parsed = strapiErrorSchema.safeParse(json);
  if (parsed.success) return { ok: false, error: parsed.data.error };
  console.error(`[auth] ${path}: onverwacht antwoord ${response.status}`);
  return unavailable;
}

function refreshTokenFrom(headers: Headers): string | null {
  for (const cookie of headers.getSetCookie()) {
    const match = new RegExp(`^${REFRESH_COOKIE}=([^;]*)`).exec(cookie);
    if (match?.[1]) return decodeURIComponent(match[1]);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Who am I
// ---------------------------------------------------------------------------------------------

export async function fetchMe(token: string): Promise<StrapiUser | null | Unavailable> {
  const answer = await call('/api/users/me', { token });
  if ('kind' in answer) return answer;
  if (!answer.ok) return answer.error.status === 401 || answer.error.status === 403 ? null : unavailable;
  const parsed = strapiUserSchema.safeParse(answer.json);
  return parsed.success ? parsed.data : unavailable;
}

export async function fetchVerificationStatus(
  token: string,
): Promise<{ status: VerificationStatus; minimumAge: number } | Unavailable> {
  const answer = await call('/api/verification/me', { token });
  if ('kind' in answer || !answer.ok) return unavailable;
  const parsed = verificationStatusResponseSchema.safeParse(answer.json);
  return parsed.success ? { status: parsed.data.data, minimumAge: parsed.data.meta.minimumAge } : unavailable;
}

/** The summary kept in the session; refreshed with every new access token. */
async function sessionFor(jwt: string, refreshToken: string): Promise<Session | Unavailable> {
  const accessExpiresAt = accessTokenExpiry(jwt);
  const me = await fetchMe(jwt);
  if (accessExpiresAt === null || me === null || 'kind' in me) return unavailable;
  const verification = await fetchVerificationStatus(jwt);
  const user: SessionUser = {
    id: me.id,
    username: me.username,
    email: me.email,
    confirmed: me.confirmed === true,
    verified: !('kind' in verification) && verification.status.verified && !verification.status.expired,
  };
  return { accessToken: jwt, accessExpiresAt, refreshToken, user };
}

// ---------------------------------------------------------------------------------------------
// Log in, refresh, log out
// ---------------------------------------------------------------------------------------------

export type LoginResult =
  | { kind: 'ok'; session: Session }
  | { kind: 'invalid' }
  | { kind: 'unconfirmed' }
  | { kind: 'blocked' }
  | { kind: 'rate-limited' }
  | Unavailable;

export async function logIn(identifier: string, password: string, clientAddress: string | null): Promise<LoginResult> {
  const answer = await call('/api/auth/local', { body: { identifier, password }, clientAddress });
  if ('kind' in answer) return answer;
  if (!answer.ok) {
    if (answer.error.status === 429) return { kind: 'rate-limited' };
    // Strapi says this only after the password matched, so it reveals nothing to a stranger.
    if (/not confirmed/i.test(answer.error.message)) return { kind: 'unconfirmed' };
    if (/blocked/i.test(answer.error.message)) return { kind: 'blocked' };
    if (answer.error.status === 400) return { kind: 'invalid' };
    return unavailable;
  }
  const jwt = z.object({ jwt: z.string().min(1) }).safeParse(answer.json);
  const refreshToken = refreshTokenFrom(answer.headers);
  if (!jwt.success || !refreshToken) return unavailable;
  const session = await sessionFor(jwt.data.jwt, refreshToken);
  return 'kind' in session ? session : { kind: 'ok', session };
}

/** A new access token (and a rotated refresh token); null when Strapi no longer knows the session. */
export async function refreshSession(session: Session): Promise<Session | null | Unavailable> {
  const answer = await call('/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
  if ('kind' in answer) return answer;
  if (!answer.ok) return answer.error.status === 401 || answer.error.status === 400 ? null : unavailable;
  const jwt = z.object({ jwt: z.string().min(1) }).safeParse(answer.json);
  if (!jwt.success) return unavailable;
  const next = await sessionFor(jwt.data.jwt, refreshTokenFrom(answer.headers) ?? session.refreshToken);
  return next;
}

/** Ends this session at Strapi too (only this device's refresh token). Failure is not the person's problem. */
export async function logOut(session: Session): Promise<void> {
  await call('/api/auth/logout', { token: session.accessToken, body: { refreshToken: session.refreshToken } });
}

// ---------------------------------------------------------------------------------------------
// Registration and passwords
// ---------------------------------------------------------------------------------------------

export type RegisterResult =
  { kind: 'ok' } | { kind: 'taken' } | { kind: 'refused'; message: string } | { kind: 'rate-limited' } | Unavailable;

export async function register(
  input: { username: string; email: string; password: string },
  clientAddress: string | null,
): Promise<RegisterResult> {
  const answer = await call('/api/auth/local/register', { body: input, clientAddress });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  if (answer.error.status === 429) return { kind: 'rate-limited' };
  if (/already taken/i.test(answer.error.message)) return { kind: 'taken' };
  if (answer.error.status === 400) return { kind: 'refused', message: answer.error.message };
  return unavailable;
}

/** Strapi answers the same whether the address exists or not; so does the portal. */
export async function sendEmailConfirmation(
  email: string,
  clientAddress: string | null,
): Promise<{ kind: 'ok' } | Unavailable> {
  const answer = await call('/api/auth/send-email-confirmation', { body: { email }, clientAddress });
  if ('kind' in answer) return answer;
  // An already confirmed or unknown address is not the visitor's business: the page says "if…".
  return answer.ok || answer.error.status === 400 ? { kind: 'ok' } : unavailable;
}

export async function forgotPassword(
  email: string,
  clientAddress: string | null,
): Promise<{ kind: 'ok' } | Unavailable> {
  const answer = await call('/api/auth/forgot-password', { body: { email }, clientAddress });
  if ('kind' in answer) return answer;
  return answer.ok || answer.error.status === 400 ? { kind: 'ok' } : unavailable;
}

export type PasswordChangeResult = { kind: 'ok' } | { kind: 'refused'; message: string } | Unavailable;

export async function resetPassword(
  input: { code: string; password: string },
  clientAddress: string | null,
): Promise<PasswordChangeResult> {
  const answer = await call('/api/auth/reset-password', {
    body: { code: input.code, password: input.password, passwordConfirmation: input.password },
    clientAddress,
  });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'refused', message: answer.error.message } : unavailable;
}

export async function changePassword(
  token: string,
  input: { currentPassword: string; password: string },
): Promise<PasswordChangeResult> {
  const answer = await call('/api/auth/change-password', {
    token,
    body: { currentPassword: input.currentPassword, password: input.password, passwordConfirmation: input.password },
  });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'refused', message: answer.error.message } : unavailable;
}

// ---------------------------------------------------------------------------------------------
// e-ID verification
// ---------------------------------------------------------------------------------------------

export type VerificationRefusal = { kind: 'refused'; reason: VerificationFailure; minimumAge?: number };

export async function startVerification(
  token: string,
): Promise<{ kind: 'ok'; url: string } | VerificationRefusal | Unavailable> {
  const answer = await call('/api/verification/start', { token, body: {} });
  if ('kind' in answer) return answer;
  if (!answer.ok) return refusalOf(answer.error);
  const parsed = verificationStartResponseSchema.safeParse(answer.json);
  return parsed.success ? { kind: 'ok', url: parsed.data.data.authorizationUrl } : unavailable;
}

export async function completeVerification(
  token: string,
  request: VerificationCallbackRequest,
): Promise<{ kind: 'ok' } | VerificationRefusal | Unavailable> {
  const answer = await call('/api/verification/callback', { token, body: request });
  if ('kind' in answer) return answer;
  return answer.ok ? { kind: 'ok' } : refusalOf(answer.error);
}

function refusalOf(error: StrapiError): VerificationRefusal | Unavailable {
  const details = verificationErrorDetailsSchema.safeParse(error.details);
  return details.success ? { kind: 'refused', ...details.data } : unavailable;
}

// ---------------------------------------------------------------------------------------------
// Download my data, delete my account
// ---------------------------------------------------------------------------------------------

export async function exportPersonalData(token: string): Promise<PersonalDataExport | Unavailable> {
  const answer = await call('/api/account/export', { token });
  if ('kind' in answer || !answer.ok) return unavailable;
  const parsed = z.object({ data: personalDataExportSchema }).safeParse(answer.json);
  return parsed.success ? parsed.data.data : unavailable;
}

export async function deleteAccount(
  token: string,
  password: string,
): Promise<{ kind: 'ok' } | { kind: 'password-wrong' } | Unavailable> {
  const answer = await call('/api/account/delete', { token, body: { password } });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'password-wrong' } : unavailable;
}

// ---------------------------------------------------------------------------------------------
// Optional profile questions
// ---------------------------------------------------------------------------------------------

export async function fetchDemographics(token: string): Promise<{ answers: Demographics | null } | Unavailable> {
  const answer = await call('/api/account/demographics', { token });
  if ('kind' in answer || !answer.ok) return unavailable;
  const parsed = demographicsResponseSchema.safeParse(answer.json);
  return parsed.success ? { answers: parsed.data.data } : unavailable;
}

export async function saveDemographics(
  token: string,
  answers: DemographicsRequest,
): Promise<{ kind: 'ok' } | { kind: 'refused' } | Unavailable> {
  const answer = await call('/api/account/demographics', { token, body: answers, method: 'PUT' });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'refused' } : unavailable;
}

// ---------------------------------------------------------------------------------------------
// Changing the e-mail address (confirmed by a link sent to the new address)
// ---------------------------------------------------------------------------------------------

export async function requestEmailChange(
  token: string,
  input: { email: string; password: string },
): Promise<{ kind: 'ok' } | { kind: 'refused'; message: string } | Unavailable> {
  const answer = await call('/api/account/email', { token, body: input });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'refused', message: answer.error.message } : unavailable;
}

export async function confirmEmailChange(
  linkToken: string,
): Promise<{ kind: 'ok'; email: string } | { kind: 'refused'; message: string } | Unavailable> {
  const answer = await call('/api/account/email/confirm', { body: { token: linkToken } });
  if ('kind' in answer) return answer;
  if (!answer.ok) return answer.error.status === 400 ? { kind: 'refused', message: answer.error.message } : unavailable;
  const parsed = z.object({ data: z.object({ email: z.string() }) }).safeParse(answer.json);
  return parsed.success ? { kind: 'ok', email: parsed.data.data.email } : unavailable;
}
