/**
 * The portal's calls to Strapi on behalf of one person: users-permissions (log in, register,
 * passwords, refresh) and the verification plugin. Unlike cms.ts these carry a person's token and
 * are never cached. Every answer is parsed; anything unexpected becomes `unavailable`.
 * The plumbing (token, client address, timeout, error shape) is person-api.ts.
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
import { callAsPerson, unavailable, type StrapiError, type Unavailable } from './person-api';
import { accessTokenExpiry, type Session, type SessionUser } from './session';

export type { Unavailable } from './person-api';

const REFRESH_COOKIE = 'strapi_up_refresh';

const strapiUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  confirmed: z.boolean().nullable().optional(),
});
export type StrapiUser = z.infer<typeof strapiUserSchema>;

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
  const answer = await callAsPerson('/api/users/me', { token });
  if ('kind' in answer) return answer;
  if (!answer.ok) return answer.error.status === 401 || answer.error.status === 403 ? null : unavailable;
  const parsed = strapiUserSchema.safeParse(answer.json);
  return parsed.success ? parsed.data : unavailable;
}

export async function fetchVerificationStatus(
  token: string,
): Promise<{ status: VerificationStatus; minimumAge: number } | Unavailable> {
  const answer = await callAsPerson('/api/verification/me', { token });
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
  const answer = await callAsPerson('/api/auth/local', { body: { identifier, password }, clientAddress });
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
  const answer = await callAsPerson('/api/auth/refresh', { body: { refreshToken: session.refreshToken } });
  if ('kind' in answer) return answer;
  if (!answer.ok) return answer.error.status === 401 || answer.error.status === 400 ? null : unavailable;
  const jwt = z.object({ jwt: z.string().min(1) }).safeParse(answer.json);
  if (!jwt.success) return unavailable;
  const next = await sessionFor(jwt.data.jwt, refreshTokenFrom(answer.headers) ?? session.refreshToken);
  return next;
}

/** Ends this session at Strapi too (only this device's refresh token). Failure is not the person's problem. */
export async function logOut(session: Session): Promise<void> {
  await callAsPerson('/api/auth/logout', { token: session.accessToken, body: { refreshToken: session.refreshToken } });
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
  const answer = await callAsPerson('/api/auth/local/register', { body: input, clientAddress });
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
  const answer = await callAsPerson('/api/auth/send-email-confirmation', { body: { email }, clientAddress });
  if ('kind' in answer) return answer;
  // An already confirmed or unknown address is not the visitor's business: the page says "if…".
  return answer.ok || answer.error.status === 400 ? { kind: 'ok' } : unavailable;
}

export async function forgotPassword(
  email: string,
  clientAddress: string | null,
): Promise<{ kind: 'ok' } | Unavailable> {
  const answer = await callAsPerson('/api/auth/forgot-password', { body: { email }, clientAddress });
  if ('kind' in answer) return answer;
  return answer.ok || answer.error.status === 400 ? { kind: 'ok' } : unavailable;
}

export type PasswordChangeResult = { kind: 'ok' } | { kind: 'refused'; message: string } | Unavailable;

export async function resetPassword(
  input: { code: string; password: string },
  clientAddress: string | null,
): Promise<PasswordChangeResult> {
  const answer = await callAsPerson('/api/auth/reset-password', {
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
  const answer = await callAsPerson('/api/auth/change-password', {
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
  const answer = await callAsPerson('/api/verification/start', { token, body: {} });
  if ('kind' in answer) return answer;
  if (!answer.ok) return refusalOf(answer.error);
  const parsed = verificationStartResponseSchema.safeParse(answer.json);
  return parsed.success ? { kind: 'ok', url: parsed.data.data.authorizationUrl } : unavailable;
}

export async function completeVerification(
  token: string,
  request: VerificationCallbackRequest,
): Promise<{ kind: 'ok' } | VerificationRefusal | Unavailable> {
  const answer = await callAsPerson('/api/verification/callback', { token, body: request });
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
  const answer = await callAsPerson('/api/account/export', { token });
  if ('kind' in answer || !answer.ok) return unavailable;
  const parsed = z.object({ data: personalDataExportSchema }).safeParse(answer.json);
  return parsed.success ? parsed.data.data : unavailable;
}

export async function deleteAccount(
  token: string,
  password: string,
): Promise<{ kind: 'ok' } | { kind: 'password-wrong' } | Unavailable> {
  const answer = await callAsPerson('/api/account/delete', { token, body: { password } });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'password-wrong' } : unavailable;
}

// ---------------------------------------------------------------------------------------------
// Optional profile questions
// ---------------------------------------------------------------------------------------------

export async function fetchDemographics(token: string): Promise<{ answers: Demographics | null } | Unavailable> {
  const answer = await callAsPerson('/api/account/demographics', { token });
  if ('kind' in answer || !answer.ok) return unavailable;
  const parsed = demographicsResponseSchema.safeParse(answer.json);
  return parsed.success ? { answers: parsed.data.data } : unavailable;
}

export async function saveDemographics(
  token: string,
  answers: DemographicsRequest,
): Promise<{ kind: 'ok' } | { kind: 'refused' } | Unavailable> {
  const answer = await callAsPerson('/api/account/demographics', { token, body: answers, method: 'PUT' });
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
  const answer = await callAsPerson('/api/account/email', { token, body: input });
  if ('kind' in answer) return answer;
  if (answer.ok) return { kind: 'ok' };
  return answer.error.status === 400 ? { kind: 'refused', message: answer.error.message } : unavailable;
}

export async function confirmEmailChange(
  linkToken: string,
): Promise<{ kind: 'ok'; email: string } | { kind: 'refused'; message: string } | Unavailable> {
  const answer = await callAsPerson('/api/account/email/confirm', { body: { token: linkToken } });
  if ('kind' in answer) return answer;
  if (!answer.ok) return answer.error.status === 400 ? { kind: 'refused', message: answer.error.message } : unavailable;
  const parsed = z.object({ data: z.object({ email: z.string() }) }).safeParse(answer.json);
  return parsed.success ? { kind: 'ok', email: parsed.data.data.email } : unavailable;
}
