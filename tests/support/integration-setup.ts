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
import { createIdentitySecrets, startIdentityServices } from '../../scripts/lib/identity-services.ts';
import { startMeilisearch, waitForIndexedContent } from '../../scripts/lib/meilisearch.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { startCms, type DatabaseSettings } from '../../scripts/lib/services.ts';
import { createThrowawayPostgres, type ThrowawayDatabase } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    databaseClient: 'sqlite' | 'postgres';
    adminEmail: string;
    adminPassword: string;
    /** Absolute path of Strapi's log for this run (read by tests that check what is logged). */
    cmsLogFile: string;
    /** Strapi's database, for tests that inspect every table (e.g. that no national number is stored). */
    database: DatabaseSettings;
    /** The mail catcher Strapi sends through: inbox and JSON API (services/mail-catcher). */
    mailCatcherUrl: string;
    mailCatcherSmtpPort: number;
    /** The FAS stand-in Strapi verifies against (services/fas-standin). */
    fasIssuer: string;
    /** Where the stand-in sends people back to (the portal's callback page; nothing listens there in these tests). */
    verificationRedirectUri: string;
    /** Lets tests compute the verification and voter keys Strapi should have stored. */
    verificationHmacSecret: string;
    /** The relying party's client at the stand-in, for tests that play the relying party themselves. */
    oidcClientId: string;
    oidcClientSecret: string;
    /** The run's own Meilisearch, which Strapi indexes into. */
    meiliUrl: string;
    /** Lets tests read every indexed document (e.g. to prove what never gets there). */
    meiliMasterKey: string;
    /** The search-only key the portal would get. */
    meiliSearchKey: string;
    /** What Strapi needs to reach the identity services, for tests that start a second Strapi. */
    identityCmsEnv: Record<string, string | undefined>;
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

  const identitySecrets = createIdentitySecrets();
  const portalUrl = 'http://127.0.0.1:9';
  const identity = await startIdentityServices({
    host: '127.0.0.1',
    portalUrl,
    mailDir: path.join(workDir, 'mail'),
    secrets: identitySecrets,
    ports: { smtp: await freePort(), mailWeb: await freePort(), fas: await freePort() },
    logDir: workDir,
  });
  const database: DatabaseSettings = throwaway
    ? throwaway.settings
    : { client: 'sqlite', filename: path.join(workDir, 'cms.db') };

  const secrets = createSecrets();
  const port = await freePort();
  const logFile = path.join(workDir, 'cms.log');
  const adminEmail = 'admin@denkmee.test';
  console.log(
    `• integratietests: Strapi op ${client}${throwaway ? ` (${throwaway.settings.name})` : ''}, log ${logFile}`,
  );
  const cms = await startCms({
    host: '127.0.0.1',
    port,
    database,
    secrets,
    portalUrl,
    seedDemoContent: true,
    logFile,
    extraEnv: {
      ...identity.cmsEnv,
      DEV_ADMIN_EMAIL: adminEmail,
      ADMIN_LOGIN_RATE_LIMIT_MAX: '1000',
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
    },
  }).catch(async (error: unknown) => {
    await meili.process.stop();
    await identity.stop();
    throw error;
  });
  // Strapi builds the search indexes in the background once it listens; tests start on a full index.
  await waitForIndexedContent(meili.url, meili.masterKey, 120_000).catch(async (error: unknown) => {
    await cms.process.stop();
    await meili.process.stop();
    await identity.stop();
    throw error;
  });

  project.provide('cmsUrl', cms.url);
  project.provide('databaseClient', client);
  project.provide('adminEmail', adminEmail);
  project.provide('adminPassword', secrets.DEV_ADMIN_PASSWORD);
  project.provide('cmsLogFile', logFile);
  project.provide('database', database);
  project.provide('mailCatcherUrl', identity.mailCatcher.webUrl);
  project.provide('mailCatcherSmtpPort', identity.mailCatcher.smtpPort);
  project.provide('fasIssuer', identity.fas.issuer);
  project.provide('verificationRedirectUri', identity.redirectUri);
  project.provide('verificationHmacSecret', identitySecrets.VERIFICATION_HMAC_SECRET);
  project.provide('oidcClientId', identity.fas.clientId);
  project.provide('oidcClientSecret', identitySecrets.OIDC_CLIENT_SECRET);
  project.provide('meiliUrl', meili.url);
  project.provide('meiliMasterKey', meili.masterKey);
  project.provide('meiliSearchKey', meili.searchKey);
  project.provide('identityCmsEnv', identity.cmsEnv);

  return async () => {
    await cms.process.stop();
    await identity.stop();
    await meili.process.stop();
    await throwaway?.drop();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}
