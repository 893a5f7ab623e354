/**
 * The session as every request sees it: read and open the cookie, refresh Strapi's access token
 * silently when it is about to run out, and put "who am I" in `event.locals.user`. A cookie that
 * does not open, or a session Strapi no longer knows, is a logged-out visitor with the cookie gone.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { logOut, refreshSession } from './auth';
import { portalEnv } from './env';
import { RateLimiter, type RateDecision } from './rate-limit';
import {
  needsRefresh,
  SESSION_COOKIE,
  sealSession,
  sessionCookieOptions,
  unsealSession,
  type Session,
} from './session';

/** Accounts work only with a session secret; without one, account pages say so (see env.ts). */
export function sessionSecret(): string | undefined {
  return portalEnv().SESSION_SECRET;
}

export function saveSession(cookies: Cookies, session: Session): void {
  const secret = sessionSecret();
  if (!secret) return;
  cookies.set(SESSION_COOKIE, sealSession(session, secret), sessionCookieOptions(portalEnv().PUBLIC_BASE_URL));
}

export function clearSession(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** Reads the session of this request into locals (call once per request, before the page loads). */
export async function loadSession(event: RequestEvent, now = Date.now()): Promise<void> {
  event.locals.session = null;
  event.locals.user = null;
  const secret = sessionSecret();
  const sealed = event.cookies.get(SESSION_COOKIE);
  if (!secret || sealed === undefined) return;
  let session = unsealSession(sealed, secret);
  if (session && needsRefresh(session, now)) {
    const refreshed = await refreshOnce(session);
    if (refreshed === null || 'kind' in refreshed) {
      // Refused: a parallel request of the same browser may have rotated the token first, so the old
      // access token is used while it still works. Unreachable: the same. Expired: logged out.
      if (session.accessExpiresAt <= now) session = null;
    } else {
      session = refreshed;
      saveSession(event.cookies, session);
    }
  }
  if (!session) {
    clearSession(event.cookies);
    return;
  }
  event.locals.session = session;
  event.locals.user = session.user;
}

const refreshing = new Map<string, ReturnType<typeof refreshSession>>();

/** Requests of one browser that arrive together share one refresh (Strapi rotates the token on each). */
function refreshOnce(session: Session): ReturnType<typeof refreshSession> {
  let pending = refreshing.get(session.refreshToken);
  if (!pending) {
    pending = refreshSession(session).finally(() => refreshing.delete(session.refreshToken));
    refreshing.set(session.refreshToken, pending);
  }
  return pending;
}

export async function endSession(cookies: Cookies, session: Session | null): Promise<void> {
  if (session) await logOut(session);
  clearSession(cookies);
}

/**
 * The visitor's address as adapter-node sees it (ADDRESS_HEADER/XFF_DEPTH behind a proxy). Null
 * when the configured header is missing, so such requests share one bucket instead of failing.
 */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string | null {
  try {
    return event.getClientAddress();
  } catch {
    return null;
  }
}

let limiter: RateLimiter | undefined;

/** One try at logging in or registering for this client (the in-memory bucket of rate-limit.ts). */
export function takeAuthTry(address: string | null): RateDecision {
  const env = portalEnv();
  limiter ??= new RateLimiter({ capacity: env.AUTH_RATE_LIMIT_BURST, refillPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE });
  return limiter.take(address ?? 'unknown');
}
