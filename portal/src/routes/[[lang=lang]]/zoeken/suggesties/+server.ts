/**
 * As-you-type suggestions for the header's search box: a few titles as JSON. Titles come as text
 * segments (highlighted or not), never as HTML.
 */
import { error, json } from '@sveltejs/kit';
import { cityConfig } from '$lib/server/city';
import { cleanQuery, suggest } from '$lib/server/search';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals }) => {
  if (locals.localeDisabled) error(404, { message: 'Pagina niet gevonden.' });
  const suggestions = await suggest(cleanQuery(url.searchParams.get('q')), locals.locale, cityConfig().defaultLocale);
  if (suggestions === 'unavailable') {
    return json({ suggestions: [], unavailable: true }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
  return json({ suggestions }, { headers: { 'cache-control': 'public, max-age=10' } });
};
