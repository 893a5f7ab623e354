/**
 * `npm run search:reindex`: asks the running Strapi to rebuild every content index (fresh indexes
 * filled from the published content, then swapped in atomically, so search keeps answering).
 *
 *   CMS_URL           Strapi's address (default http://127.0.0.1:1337)
 *   MEILI_MASTER_KEY  Meilisearch's master key; on a machine started with `npm start` it is read
 *                     from <DENKMEE_DATA_DIR or .data>/meilisearch/master-key when not set
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// This package is CommonJS (no "type": "module"), so tsx gives the script __dirname.
const repoRoot = path.resolve(__dirname, '..', '..', '..');

const env = z
  .object({
    CMS_URL: z.url().default('http://127.0.0.1:1337'),
    MEILI_MASTER_KEY: z.string().min(16).optional(),
    DENKMEE_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')));

function masterKey(): string {
  if (env.MEILI_MASTER_KEY) return env.MEILI_MASTER_KEY;
  const file = path.join(path.resolve(env.DENKMEE_DATA_DIR), 'meilisearch', 'master-key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  throw new Error(`Zet MEILI_MASTER_KEY (of start eerst met npm start, dat ${file} aanmaakt).`);
}

const reportSchema = z.object({
  data: z.object({ documents: z.record(z.string(), z.number()), durationMs: z.number() }),
});

async function main(): Promise<void> {
  const url = `${env.CMS_URL.replace(/\/+$/, '')}/api/search/reindex`;
  console.log(`• zoekindex herbouwen via ${url} …`);
  const key = masterKey();
  const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}` } }).catch(() => {
    throw new Error(`Strapi is niet bereikbaar op ${env.CMS_URL}. Draait het (npm start)? Zet anders CMS_URL.`);
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | undefined)?.error?.message ?? response.statusText;
    throw new Error(`Strapi weigerde (${response.status}): ${message}`);
  }
  const { data } = reportSchema.parse(body);
  const counts = Object.entries(data.documents).map(([locale, count]) => `${locale} ${count}`);
  console.log(`Zoekindex herbouwd in ${(data.durationMs / 1000).toFixed(1)} s: ${counts.join(', ')} documenten.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
