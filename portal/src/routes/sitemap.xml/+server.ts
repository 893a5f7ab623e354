import { sitemapEntries } from '$lib/server/content/sitemap';
import { renderSitemap } from '$lib/server/xml';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () =>
  new Response(renderSitemap(await sitemapEntries()), {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' },
  });
