/**
 * The portal's only way to Strapi: GET requests against the REST API, published content only,
 * every answer parsed with a schema, short timeouts, and a short in-process cache. A CMS that is
 * down or answers something unexpected becomes a 503 with a Dutch message, never a crash.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { portalEnv } from './env';
import { ResponseCache } from './response-cache';
import { toQueryString, type QueryValue } from './strapi-query';

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: z.object({ pagination: paginationSchema }) });
}

export type StrapiQuery = {
  filters?: Record<string, QueryValue>;
  populate?: QueryValue;
  fields?: string[];
  sort?: string[];
  pagination?: { page?: number; pageSize?: number };
  locale?: string;
};

/** Thrown for a CMS that cannot be reached or answers something we do not understand. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

let cache: ResponseCache<unknown> | undefined;

function responseCache(): ResponseCache<unknown> {
  cache ??= new ResponseCache<unknown>({
    ttlMs: portalEnv().CMS_CACHE_TTL_SECONDS * 1000,
    staleMs: 10 * 60_000,
    maxEntries: 1000,
  });
  return cache;
}

async function fetchJson(url: string): Promise<unknown> {
  const env = portalEnv();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (env.CMS_API_TOKEN) headers.authorization = `Bearer ${env.CMS_API_TOKEN}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS) });
  } catch (cause) {
    throw new CmsUnavailableError(`CMS niet bereikbaar (${cause instanceof Error ? cause.name : 'fout'})`, { cause });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CmsUnavailableError(`CMS antwoordde ${response.status} op ${new URL(url).pathname}`);
  }
  return response.json();
}

/**
 * GET `/api/<collection>` with the given query, parsed with `schema`. Drafts are never asked for:
 * `status=published` is always sent, whatever the caller passes.
 */
export async function cmsGet<T>(collection: string, query: StrapiQuery, schema: z.ZodType<T>): Promise<T> {
  const queryString = toQueryString({ ...(query as Record<string, QueryValue>), status: 'published' });
  const url = `${portalEnv().CMS_URL}/api/${collection}?${queryString}`;
  try {
    const body = await responseCache().getOrLoad(url, async () => {
      const json = await fetchJson(url);
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        throw new CmsUnavailableError(
          `Onverwacht antwoord van het CMS voor ${collection}: ${z.prettifyError(parsed.error)}`,
        );
      }
      return parsed.data;
    });
    return body as T;
  } catch (cause) {
    if (cause instanceof CmsUnavailableError) {
      console.error(`[cms] ${cause.message}`);
      error(503, { message: 'De inhoud is tijdelijk niet beschikbaar.', code: 'cms-unavailable' });
    }
    throw cause;
  }
}
