/**
 * Starts what the end-to-end tests browse: a real Strapi, seeded, on a throw-away SQLite database,
 * and the BUILT portal in production mode in front of it. Playwright's webServer runs this file and
 * ends it with SIGTERM, which stops both processes and removes the database.
 *
 *   E2E_PORTAL_PORT (default 3310), E2E_CMS_PORT (default 1351)
 *   E2E_PORTAL_SEARCH_DOWN_PORT (default 3312): a second portal whose Meilisearch is unreachable,
 *     for the checks that search degrades gracefully
 *   E2E_MAIL_WEB_PORT (default 1353): the mail catcher's inbox and JSON API (account specs read mails)
 *   E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD: the super admin the staff specs log in with
 *   --cms-only   start Strapi alone (for running the portal with `vite dev` against it)
 *
 * The identity services (mail catcher, FAS stand-in) run too. Strapi and the main portal trust
 * X-Forwarded-For as they would behind the city's proxy, so the account specs can act as many
 * different visitors without tripping the per-address log-in limits.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../../scripts/lib/build.ts';
import { createSecrets } from '../../scripts/lib/dev-secrets.ts';
import { createIdentitySecrets, startIdentityServices } from '../../scripts/lib/identity-services.ts';
import { startMeilisearch, waitForIndexedContent } from '../../scripts/lib/meilisearch.ts';
import { assertPortFree, freePort, stopAll } from '../../scripts/lib/processes.ts';
import { startCms, startPortal } from '../../scripts/lib/services.ts';

const host = '127.0.0.1';
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3310);
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 1351);
const searchDownPort = Number(process.env.E2E_PORTAL_SEARCH_DOWN_PORT ?? 3312);
const mailWebPort = Number(process.env.E2E_MAIL_WEB_PORT ?? 1353);
const cmsOnly = process.argv.includes('--cms-only');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-e2e-'));
const portalUrl = `http://${host}:${portalPort}`;
const sessionSecret = crypto.randomBytes(32).toString('base64url');

async function main(): Promise<void> {
  await assertPortFree(cmsPort, 'Strapi (e2e)');
  if (!cmsOnly) await assertPortFree(portalPort, 'portaal (e2e)');
  if (!cmsOnly) await assertPortFree(searchDownPort, 'portaal zonder zoekserver (e2e)');
  await assertPortFree(mailWebPort, 'mail catcher (e2e)');
  ensureBuilt({ withPortal: !cmsOnly });
  const meili = await startMeilisearch({
    dataDir: path.join(workDir, 'meilisearch'),
    port: await freePort(),
    logFile: path.join(workDir, 'meilisearch.log'),
  });
  // The specs that act as staff log in with the super admin the Playwright config made up.
  const secrets = {
    ...createSecrets(),
    DEV_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD ?? createSecrets().DEV_ADMIN_PASSWORD,
  };
  const identity = await startIdentityServices({
    host,
    portalUrl,
    mailDir: path.join(workDir, 'mail'),
    secrets: createIdentitySecrets(),
    ports: { smtp: await freePort(), mailWeb: mailWebPort, fas: await freePort() },
    logDir: workDir,
  });
  console.log(`• e2e: mail op ${identity.mailCatcher.webUrl}, e-ID-test op ${identity.fas.issuer}`);
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
    extraEnv: {
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      ...identity.cmsEnv,
      // The portal passes each visitor's address on; the refresh cookie stays usable over plain HTTP.
      IS_PROXIED: 'true',
      COOKIE_SECURE: 'false',
      DEV_ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL ?? 'admin@denkmee.local',
    },
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
    extraEnv: {
      MEILI_URL: meili.url,
      MEILI_SEARCH_KEY: meili.searchKey,
      SESSION_SECRET: sessionSecret,
      // As behind a proxy: the visitor's address comes from X-Forwarded-For (the specs set it).
      ADDRESS_HEADER: 'x-forwarded-for',
      XFF_DEPTH: '1',
      AUTH_RATE_LIMIT_BURST: '3',
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
    },
  });
  console.log(`• e2e: portaal op ${portal.url}`);
  // Nothing listens on the discard port: this portal's search is down, everything else works.
  const searchDown = await startPortal({
    host,
    port: searchDownPort,
    cmsUrl: cms.url,
    publicUrl: `http://${host}:${searchDownPort}`,
    logFile: path.join(workDir, 'portal-search-down.log'),
    extraEnv: { MEILI_URL: `http://${host}:9`, MEILI_SEARCH_KEY: meili.searchKey, SESSION_SECRET: sessionSecret },
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
