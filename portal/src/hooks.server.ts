import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { cityConfig } from '$lib/server/city';
import { portalEnv } from '$lib/server/env';
import { resolveLocale } from '$lib/server/locale';
import { isAnonymousRead, isShareableResponse, PageCache } from '$lib/server/page-cache';
import { loadSession } from '$lib/server/auth-session';

/** Configuration is checked before the first request: a wrong value stops the server with a clear message. */
export const init: ServerInit = () => {
  try {
    portalEnv();
    cityConfig();
  } catch (cause) {
    console.error(cause instanceof Error ? cause.message : cause);
    process.exit(1);
  }
};

// Public pages are the same for everyone: browsers and proxies may keep them a minute and serve a
// slightly older copy while fetching a new one. Errors are kept shorter; 5xx not at all.
const PUBLIC_PAGE_CACHE = 'public, max-age=60, stale-while-revalidate=300';

let pageCache: PageCache | undefined;

export const handle: Handle = async ({ event, resolve }) => {
  const { defaultLocale, locales } = cityConfig();
  const resolution = resolveLocale(event.url.pathname, defaultLocale, locales);
  if (resolution.kind === 'redirect') {
    return new Response(null, { status: 308, headers: { location: `${resolution.location}${event.url.search}` } });
  }
  event.locals.locale = resolution.locale;
  event.locals.localeDisabled = resolution.kind === 'disabled';

  pageCache ??= new PageCache({
    ttlMs: portalEnv().PAGE_CACHE_TTL_SECONDS * 1000,
    maxEntries: 500,
    maxBytes: 512 * 1024,
  });
  const shared = pageCache.enabled && isAnonymousRead(event.request);
  const cacheKey = `${event.url.pathname}${event.url.search}`;
  const cached = shared ? pageCache.get(cacheKey) : undefined;
  if (cached) {
    const headers = new Headers(cached.headers);
    headers.set('x-page-cache', 'hit');
    return new Response(event.request.method === 'HEAD' ? null : cached.body, { status: cached.status, headers });
  }

  await loadSession(event);

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%denkmee.lang%', resolution.locale),
  });

  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  // A logged-in person's pages show their name (and more): never stored by the browser or a proxy.
  if (event.locals.user) response.headers.set('cache-control', 'private, no-store');
  if (!response.headers.has('cache-control') && (event.request.method === 'GET' || event.request.method === 'HEAD')) {
    if (response.status < 400) response.headers.set('cache-control', PUBLIC_PAGE_CACHE);
    else if (response.status < 500) response.headers.set('cache-control', 'public, max-age=30');
    else response.headers.set('cache-control', 'no-store');
  }
  if (shared && event.request.method === 'GET' && isShareableResponse(response)) {
    const body = new Uint8Array(await response.arrayBuffer());
    pageCache.set(cacheKey, { status: response.status, headers: [...response.headers], body });
    return new Response(body, { status: response.status, headers: response.headers });
  }
  return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[portal] ${event.request.method} ${event.url.pathname}:`, error);
  return { message: 'Er ging iets mis.', code: 'internal' };
};
