import { portalEnv } from '$lib/server/env';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${portalEnv().PUBLIC_BASE_URL}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
