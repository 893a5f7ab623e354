/**
 * Vitest global setup for the integration project: one real Strapi, built from this tree, on a
 * throw-away database (SQLite file in a temp folder by default; a fresh PostgreSQL database when
 * TEST_DATABASE=postgres), seeded with the demo content. Tests reach it over HTTP only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../../scripts/lib/build.ts';
import { createSecrets } from '../../scripts/lib/dev-secrets.ts';
import { startMeilisearch } from '../../scripts/lib/meilisearch.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { startCms } from '../../scripts/lib/services.ts';
import { createThrowawayPostgres, type ThrowawayDatabase } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    databaseClient: 'sqlite' | 'postgres';
    adminEmail: string;
    adminPassword: string;
    /** Absolute path of Strapi's log for this run (read by tests that check what is logged). */
    cmsLogFile: string;
    /** The run's own Meilisearch, which Strapi indexes into. */
    meiliUrl: string;
    /** Lets tests read every indexed document (e.g. to prove what never gets there). */
    meiliMasterKey: string;
    /** The search-only key the portal would get. */
    meiliSearchKey: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBuilt({ withPortal: false });
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-int-'));
  const client = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
  let throwaway: ThrowawayDatabase | undefined;
  if (client === 'postgres') throwaway = await createThrowawayPostgres();

  const meili = await startMeilisearch({
    dataDir: path.join(workDir, 'meilisearch'),
    port: await freePort(),
    logFile: path.join(workDir, 'meilisearch.log'),
  });

  const secrets = createSecrets();
  const port = await freePort();
  const logFile = path.join(workDir, 'cms.log');
  const adminEmail = 'admin@denkmee.test';
  console.log(`• integratietests: Strapi op ${client}${throwaway ? ` (${throwaway.settings.name})` : ''}, log ${logFile}`);
  const cms = await startCms({
    host: '127.0.0.1',
    port,
    database: throwaway ? throwaway.settings : { client: 'sqlite', filename: path.join(workDir, 'cms.db') },
    secrets,
    portalUrl: 'http://127.0.0.1:9',
    seedDemoContent: true,
    logFile,
    extraEnv: { DEV_ADMIN_EMAIL: adminEmail, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey },
  }).catch(async (error: unknown) => {
    await meili.process.stop();
    throw error;
  });

  project.provide('cmsUrl', cms.url);
  project.provide('databaseClient', client);
  project.provide('adminEmail', adminEmail);
  project.provide('adminPassword', secrets.DEV_ADMIN_PASSWORD);
  project.provide('cmsLogFile', logFile);
  project.provide('meiliUrl', meili.url);
  project.provide('meiliMasterKey', meili.masterKey);
  project.provide('meiliSearchKey', meili.searchKey);

  return async () => {
    await cms.process.stop();
    await meili.process.stop();
    await throwaway?.drop();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}
