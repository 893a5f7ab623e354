/**
 * A lean authentication strategy for the support routes (`POST`/`DELETE /api/proposals/:id/support`),
 * the platform's hottest write. Strapi's users-permissions strategy spends about 4 ms of CPU per
 * request before any of our code runs: an API-token lookup, the user twice (once with its role), the
 * plugin's advanced settings, the role's permissions and a CASL ability built from them, and a JWT
 * check whose key handling alone costs ~0.4 ms (jsonwebtoken first tries to parse the secret as a
 * public key, fails, then makes a secret key). None of it decides anything here: every role may reach
 * these routes and the votes engine asks the gating service who may support (log in, confirmed
 * e-mail, e-ID verification, age; a blocked account counts as anonymous there too).
 *
 * What stays as strict as Strapi's own strategy:
 * - the access token is checked by Strapi's own session manager (`jwtManagement: 'refresh'`:
 *   signature, expiry, type "access") or users-permissions' `jwt` service (legacy mode);
 * - a token that passed that check is remembered until its own expiry (`exp`), keyed by the whole
 *   token string: the check depends on nothing else (the session manager does not look up sessions
 *   for access tokens either), so the answer for that string cannot change before it expires;
 * - the account is read on every request: a deleted or blocked account → 401 "Invalid credentials";
 *   an invalid or expired token → 401, as with Strapi's strategy;
 * - no `Authorization: Bearer` header → anonymous, and the engine answers with the step "log in".
 * An unconfirmed account gets gating's "confirm your e-mail" step (403) instead of Strapi's 401.
 * API tokens (made by staff in the admin panel) are not accepted: a support is a person's act.
 */
import type { Context } from 'koa';

const USER_UID = 'plugin::users-permissions.user';

/** At most this many tokens are remembered; past it the memory is emptied and refills (no eviction order needed). */
const MAX_REMEMBERED_TOKENS = 10_000;
const rememberedTokens = new Map<string, { userId: string; expiresAt: number }>();

interface JwtService {
  getToken(ctx: Context): Promise<{ id?: number | string } | null> | { id?: number | string } | null;
}

interface AccountRow {
  id: number;
  confirmed: boolean | null;
  blocked: boolean | null;
}

type Authentication =
  { authenticated: true; credentials: AccountRow | null; ability: null } | { authenticated: false } | { error: string };

/** The bearer token as users-permissions reads it; null when there is none (anonymous). */
function bearerToken(ctx: Context): string | null {
  const header = ctx.request.header.authorization;
  if (typeof header !== 'string') return null;
  const parts = header.split(/\s+/);
  if (parts.length !== 2 || parts[0]?.toLowerCase() !== 'bearer') return null;
  return parts[1] ?? null;
}

/** The user id of a valid access token of the session manager; null when it is not one. */
function accessTokenUser(token: string, now: number): string | null {
  const remembered = rememberedTokens.get(token);
  if (remembered) {
    if (remembered.expiresAt > now) return remembered.userId;
    rememberedTokens.delete(token);
  }
  const result = strapi.sessionManager('users-permissions').validateAccessToken(token);
  if (!result.isValid || result.payload.type !== 'access') return null;
  const userId = String(result.payload.userId);
  const expiresAt = result.payload.exp * 1000;
  if (Number.isFinite(expiresAt) && expiresAt > now) {
    if (rememberedTokens.size >= MAX_REMEMBERED_TOKENS) rememberedTokens.clear();
    rememberedTokens.set(token, { userId, expiresAt });
  }
  return userId;
}

/** The account id the request's token names: undefined when there is no token, null when it is invalid. */
async function tokenUserId(ctx: Context): Promise<string | number | null | undefined> {
  const token = bearerToken(ctx);
  if (token === null) return undefined;
  const mode: unknown = strapi.config.get('plugin::users-permissions.jwtManagement', 'legacy-support');
  if (mode === 'refresh') {
    return accessTokenUser(token, Date.now());
  }
  try {
    const payload = await (strapi.plugin('users-permissions').service('jwt') as JwtService).getToken(ctx);
    return payload?.id ?? null;
  } catch {
    return null;
  }
}

export const supportAuthStrategy = {
  name: 'proposals-support',

  async authenticate(ctx: Context): Promise<Authentication> {
    const userId = await tokenUserId(ctx);
    if (userId === undefined) return { authenticated: true, credentials: null, ability: null };
    if (userId === null) return { authenticated: false };
    const user = (await strapi.db.query(USER_UID).findOne({
      where: { id: Number(userId) || userId },
      select: ['id', 'confirmed', 'blocked'],
    })) as AccountRow | null;
    if (!user || user.blocked === true) return { error: 'Invalid credentials' };
    ctx.state.user = user;
    return { authenticated: true, credentials: user, ability: null };
  },

  /** Anyone may reach the route; the service decides (and names the step that unlocks the action). */
  verify(): void {},
};

/** Route config for a support route: this strategy only. A fresh object per route, as Strapi writes the scope into it. */
export function supportAuth() {
  return { auth: { strategies: [supportAuthStrategy] } };
}
