/**
 * The search plugin's one reading of the environment. Without MEILI_URL the plugin switches itself
 * off (one log line at start-up) so Strapi runs fine on a machine without Meilisearch.
 */
import { z } from 'zod';

const schema = z
  .object({
    MEILI_URL: z.url().optional(),
    /** Strapi writes the index with the master key; the portal only ever gets a search-only key. */
    MEILI_MASTER_KEY: z.string().min(16, 'moet minstens 16 tekens lang zijn').optional(),
  })
  .refine((env) => env.MEILI_URL === undefined || env.MEILI_MASTER_KEY !== undefined, {
    message: 'MEILI_MASTER_KEY is verplicht wanneer MEILI_URL gezet is',
    path: ['MEILI_MASTER_KEY'],
  });

export type SearchConfig = { enabled: false } | { enabled: true; url: string; masterKey: string };

export function readSearchConfig(source: NodeJS.ProcessEnv = process.env): SearchConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie voor zoeken (plugin search):\n${lines.join('\n')}`);
  }
  const { MEILI_URL: url, MEILI_MASTER_KEY: masterKey } = parsed.data;
  return url && masterKey ? { enabled: true, url, masterKey } : { enabled: false };
}
