import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { cityConfig } from '$lib/server/city';
import { portalEnv } from '$lib/server/env';
import { resolveLocale } from '$lib/server/locale';

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

export const handle: Handle = async ({ event, resolve }) => {
  const { defaultLocale, locales } = cityConfig();
  const resolution = resolveLocale(event.url.pathname, defaultLocale, locales);
  if (resolution.kind === 'redirect') {
    return new Response(null, { status: 308, headers: { location: `${resolution.location}${event.url.search}` } });
  }
  event.locals.locale = resolution.locale;
  event.locals.localeDisabled = resolution.kind === 'disabled';

  const response = await resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%denkmee.lang%', resolution.locale),
  });

  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  if (!response.headers.has('cache-control') && (event.request.method === 'GET' || event.request.method === 'HEAD')) {
    if (response.status < 400) response.headers.set('cache-control', PUBLIC_PAGE_CACHE);
    else if (response.status < 500) response.headers.set('cache-control', 'public, max-age=30');
    else response.headers.set('cache-control', 'no-store');
  }
  return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[portal] ${event.request.method} ${event.url.pathname}:`, error);
  return { message: 'Er ging iets mis.', code: 'internal' };
};
