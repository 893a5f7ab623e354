/**
 * One call to Strapi on behalf of one person (their token, their address): the plumbing under
 * auth.ts, proposals and volunteering. Never cached. A refusal comes back as Strapi's error (status,
 * message, details) for the caller to interpret; anything unexpected, or no answer in time, becomes
 * `unavailable`, which pages show as "try again in a few minutes".
 *
 * The client's address goes along as X-Forwarded-For: Strapi limits log-ins per address, and behind
 * the portal every request would otherwise come from the portal's own address (Strapi must run with
 * IS_PROXIED=true and only be reachable through the portal for that header to be trusted).
 */
import { z } from 'zod';
import { portalEnv } from './env';

const CALL_TIMEOUT_MS = 10_000;

const strapiErrorSchema = z.object({
  error: z.object({
    status: z.number(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type StrapiError = z.infer<typeof strapiErrorSchema>['error'];

export type Unavailable = { kind: 'unavailable' };
export const unavailable: Unavailable = { kind: 'unavailable' };

export interface CallOptions {
  body?: unknown;
  token?: string;
  clientAddress?: string | null;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
}

export type Answer = { ok: true; status: number; json: unknown; headers: Headers } | { ok: false; error: StrapiError };

export async function callAsPerson(path: string, options: CallOptions): Promise<Answer | Unavailable> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.clientAddress) headers['x-forwarded-for'] = options.clientAddress;
  let response: Response;
  try {
    response = await fetch(`${portalEnv().CMS_URL}${path}`, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      redirect: 'manual',
    });
  } catch (cause) {
    console.error(`[cms] ${path}: CMS niet bereikbaar (${cause instanceof Error ? cause.name : 'fout'})`);
    return unavailable;
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, json, headers: response.headers };
  const parsed = strapiErrorSchema.safeParse(json);
  if (parsed.success) return { ok: false, error: parsed.data.error };
  console.error(`[cms] ${path}: onverwacht antwoord ${response.status}`);
  return unavailable;
}
