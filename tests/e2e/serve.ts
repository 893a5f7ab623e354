/**
 * Starts what the end-to-end tests browse: a real Strapi, seeded, on a throw-away SQLite database,
 * and the BUILT portal in production mode in front of it. Playwright's webServer runs this file and
 * ends it with SIGTERM, which stops both processes and removes the database.
 *
 *   E2E_PORTAL_PORT (default 3310), E2E_CMS_PORT (default 1351)
 *   E2E_PORTAL_SEARCH_DOWN_PORT (default 3312): a second portal whose Meilisearch is unreachable,
 *     for the checks that search degrades gracefully
 *   --cms-only   start Strapi alone (for running the portal with `vite dev` against it)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/lib/build.ts';
import { createSecrets } from '../../scripts/lib/dev-secrets.ts';
import { startMeilisearch, waitForIndexedContent } from '../../scripts/lib/meilisearch.ts';
import { assertPortFree, freePort, stopAll } from '../../scripts/lib/processes.ts';
import { startCms, startPortal } from '../../scripts/lib/services.ts';

const host = '127.0.0.1';
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3310);
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 1351);
const searchDownPort = Number(process.env.E2E_PORTAL_SEARCH_DOWN_PORT ?? 3312);
const cmsOnly = process.argv.includes('--cms-only');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-e2e-'));
const portalUrl = `http://${host}:${portalPort}`;

async function main(): Promise<void> {
  await assertPortFree(cmsPort, 'Strapi (e2e)');
  if (!cmsOnly) await assertPortFree(portalPort, 'portaal (e2e)');
  if (!cmsOnly) await assertPortFree(searchDownPort, 'portaal zonder zoekserver (e2e)');
  ensureBuilt({ withPortal: !cmsOnly });
  const meili = await startMeilisearch({
    dataDir: path.join(workDir, 'meilisearch'),
    port: await freePort(),
    logFile: path.join(workDir, 'meilisearch.log'),
  });
  const secrets = createSecrets();
  const cms = await startCms({
    host,
    port: cmsPort,
    database: { client: 'sqlite', filename: path.join(workDir, 'cms.db') },
    secrets,
    portalUrl,
    seedDemoContent: true,
    // Uploads live in the throw-away folder too, so shutdown removes them.
    publicDir: path.join(workDir, 'public'),
    logFile: path.join(workDir, 'cms.log'),
    extraEnv: { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey },
  });
  await waitForIndexedContent(meili.url, meili.masterKey);
  console.log(`• e2e: Strapi op ${cms.url} (log ${path.join(workDir, 'cms.log')})`);
  if (cmsOnly) return;
  const portal = await startPortal({
    host,
    port: portalPort,
    cmsUrl: cms.url,
    publicUrl: portalUrl,
    logFile: path.join(workDir, 'portal.log'),
    extraEnv: { MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey },
  });
  console.log(`• e2e: portaal op ${portal.url}`);
  // Nothing listens on the discard port: this portal's search is down, everything else works.
  const searchDown = await startPortal({
    host,
    port: searchDownPort,
    cmsUrl: cms.url,
    publicUrl: `http://${host}:${searchDownPort}`,
    logFile: path.join(workDir, 'portal-search-down.log'),
    extraEnv: { MEILI_URL: `http://${host}:9`, MEILI_SEARCH_KEY: meili.searchKey },
  });
  console.log(`• e2e: portaal zonder zoekserver op ${searchDown.url}`);
}

let stopping = false;

async function shutdown(code: number): Promise<void> {
  // Playwright signals the whole process group; a second signal must not cut the cleanup short.
  if (stopping) return;
  stopping = true;
  await stopAll();
  fs.rmSync(workDir, { recursive: true, force: true });
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void shutdown(1);
});
