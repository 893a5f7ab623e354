/**
 * The portal's one reading of process.env, validated once. A wrong value stops the server at start
 * with a message naming the variable, instead of failing on the first request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  /** Strapi's base URL as the portal server reaches it (never exposed to browsers). */
  CMS_URL: z.url().transform((url) => url.replace(/\/+$/, '')),
  /** The portal's public address: canonical links, feeds, sitemap and Open Graph use it. */
  PUBLIC_BASE_URL: z.url().transform((url) => url.replace(/\/+$/, '')),
  /** Path of the city configuration; relative paths are resolved from the repository root. */
  DENKMEE_CITY_CONFIG: z.string().min(1).default('config/city.lokeren.json'),
  /** Read-only Strapi API token; optional because published content is public. */
  CMS_API_TOKEN: z.string().min(1).optional(),
  /** How long a CMS answer is reused in-process; 0 turns the cache off. */
  CMS_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** A slow CMS must not hold a visitor's request for long. */
  CMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3_000),
  /** How long a rendered public page is reused for anonymous visitors; 0 turns it off. */
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(600).default(10),
  /** Meilisearch as the portal server reaches it; without it /zoeken says search is unavailable. */
  MEILI_URL: z
    .url()
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** A search-only key (never the master key): it can read the content indexes and nothing else. */
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  /**
   * Seals the session cookie (log-in). At least 32 random characters; changing it logs everybody out.
   * Without it the portal still serves every public page, but logging in says it is not set up.
   */
  SESSION_SECRET: z.string().min(32, 'minstens 32 tekens').optional(),
  /** Log-in and registration tries per client address: a burst, then this many per minute. */
  AUTH_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1000).default(5),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(5),
});

export type PortalEnv = Omit<z.infer<typeof schema>, 'DENKMEE_CITY_CONFIG'> & { cityConfigFile: string };

export function parsePortalEnv(source: Record<string, string | undefined>, cwd = process.cwd()): PortalEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie voor het portaal:\n${lines.join('\n')}`);
  }
  const { DENKMEE_CITY_CONFIG, ...rest } = parsed.data;
  return { ...rest, cityConfigFile: resolveFromRepoRoot(DENKMEE_CITY_CONFIG, cwd) };
}

/**
 * The portal runs from portal/ (npm start, tests) or from a container's working folder; a relative
 * configuration path means "from the repository root", found as the nearest folder upwards that has it.
 */
function resolveFromRepoRoot(file: string, cwd: string): string {
  if (path.isAbsolute(file)) return file;
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, file);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return path.resolve(cwd, file);
  }
}

let cached: PortalEnv | undefined;

export function portalEnv(): PortalEnv {
  cached ??= parsePortalEnv(process.env);
  return cached;
}
