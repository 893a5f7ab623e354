/**
 * The portal's own session: Strapi's short-lived access token and its refresh token, plus a small
 * "who am I" summary, sealed (AES-256-GCM, authenticated) into one httpOnly cookie. The browser
 * never sees Strapi's tokens; a cookie that was changed, cut or sealed with another key opens to
 * nothing, which the portal treats as "logged out".
 */
import crypto from 'node:crypto';
import { z } from 'zod';

export const SESSION_COOKIE = 'denkmee_session';
/** The cookie outlives many access tokens; Strapi's refresh token decides how long a session really lasts. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  confirmed: z.boolean(),
  verified: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  /** Strapi's access token (JWT) and when it stops working (epoch ms). */
  accessToken: z.string().min(1),
  accessExpiresAt: z.number().int(),
  refreshToken: z.string().min(1),
  user: sessionUserSchema,
});
export type Session = z.infer<typeof sessionSchema>;

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key per purpose, so the secret could later also sign other things without reusing a key. */
function sealingKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'denkmee', 'portal-session-v1', 32));
}

export function sealSession(session: Session, secret: string): string {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', sealingKey(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The session inside a sealed cookie value, or null for anything that does not open and parse. */
export function unsealSession(sealed: string | undefined, secret: string): Session | null {
  if (!sealed?.startsWith(`${VERSION}.`)) return null;
  const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', sealingKey(secret), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const json = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
    const parsed = sessionSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Refresh a little before the access token runs out, so a request never reaches Strapi with a dead one. */
export const REFRESH_MARGIN_MS = 60_000;

export function needsRefresh(session: Session, now: number): boolean {
  return session.accessExpiresAt - now < REFRESH_MARGIN_MS;
}

/** `exp` of a JWT we received from Strapi over our own connection (not a trust decision: Strapi checks it). */
export function accessTokenExpiry(jwt: string): number | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  try {
    const parsed = z.object({ exp: z.number() }).safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString()));
    return parsed.success ? parsed.data.exp * 1000 : null;
  } catch {
    return null;
  }
}

export function sessionCookieOptions(publicBaseUrl: string) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: publicBaseUrl.startsWith('https:'),
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}
