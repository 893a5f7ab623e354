import { portalEnv } from '$lib/server/env';
import type { RequestHandler } from './$types';

// Strapi names uploads `<name>_<hash>.<ext>`, optionally in a sub-folder; nothing else is passed on.
const UPLOAD_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
const PASSED_HEADERS = ['content-type', 'content-length', 'etag', 'last-modified'];

/**
 * CMS uploads (images, decision documents) served under the portal's own address, so Strapi can
 * stay on an internal network. Upload names carry a content hash: a long cache lifetime is safe.
 */
export const GET: RequestHandler = async ({ params }) => {
  if (!UPLOAD_PATH.test(params.file) || params.file.includes('..'))
    return new Response('Niet gevonden', { status: 404 });
  let upstream: Response;
  try {
    upstream = await fetch(`${portalEnv().CMS_URL}/uploads/${params.file}`, { signal: AbortSignal.timeout(15_000) });
  } catch {
    return new Response('Bestand tijdelijk niet beschikbaar', { status: 503, headers: { 'retry-after': '60' } });
  }
  if (!upstream.ok || !upstream.body) {
    await upstream.body?.cancel();
    return new Response('Niet gevonden', { status: upstream.status === 404 ? 404 : 502 });
  }
  const headers = new Headers({
    'cache-control': 'public, max-age=86400',
    // Files come from editors: never let one run as a page on the portal's origin.
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
};
