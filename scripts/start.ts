/**
 * `npm start`: builds what is missing, then runs the whole product on this machine with embedded
 * defaults (SQLite in the data folder), seeded with Lokeren demo content, and prints where it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt } from './lib/build.ts';
import { loadOrCreatePortalSessionSecret, loadOrCreateSecrets } from './lib/dev-secrets.ts';
import { loadOrCreateIdentitySecrets, startIdentityServices } from './lib/identity-services.ts';
import { startMeilisearch } from './lib/meilisearch.ts';
import { assertPortFree, stopAll } from './lib/processes.ts';
import { readRunEnv } from './lib/run-env.ts';
import { startCms, startPortal } from './lib/services.ts';

async function main(): Promise<void> {
  const env = readRunEnv();
  fs.mkdirSync(env.DENKMEE_DATA_DIR, { recursive: true });
  const logDir = path.join(env.DENKMEE_DATA_DIR, 'logs');
  fs.mkdirSync(logDir, { recursive: true });

  const ports = [
    [env.CMS_PORT, 'Strapi'],
    [env.PORTAL_PORT, 'portaal'],
    [env.MEILI_PORT, 'Meilisearch'],
    [env.SMTP_PORT, 'SMTP-ontvanger'],
    [env.MAIL_WEB_PORT, 'mailweergave'],
    [env.FAS_PORT, 'e-ID-testaanbieder'],
  ] as const;
  for (const [port, what] of ports) await assertPortFree(port, what);

  ensureBuilt();
  const secrets = loadOrCreateSecrets(env.DENKMEE_DATA_DIR);
  const portalUrl = env.PUBLIC_BASE_URL ?? `http://${env.HOST}:${env.PORTAL_PORT}`;

  console.log('• Meilisearch starten …');
  const meili = await startMeilisearch({
    dataDir: path.join(env.DENKMEE_DATA_DIR, 'meilisearch'),
    host: env.HOST,
    port: env.MEILI_PORT,
    logFile: path.join(logDir, 'meilisearch.log'),
  });
  console.log('• SMTP-ontvanger en e-ID-testaanbieder starten …');
  const identity = await startIdentityServices({
    host: env.HOST,
    portalUrl,
    mailDir: path.join(env.DENKMEE_DATA_DIR, 'mail'),
    secrets: loadOrCreateIdentitySecrets(env.DENKMEE_DATA_DIR),
    ports: { smtp: env.SMTP_PORT, mailWeb: env.MAIL_WEB_PORT, fas: env.FAS_PORT },
    logDir,
  });

  console.log('• Strapi starten …');
  const cms = await startCms({
    host: env.HOST,
    port: env.CMS_PORT,
    database: env.database,
    secrets,
    portalUrl,
    seedDemoContent: env.SEED_DEMO_CONTENT === 'true',
    publicDir: path.join(env.DENKMEE_DATA_DIR, 'cms-public'),
    logFile: path.join(logDir, 'cms.log'),
    extraEnv: {
      ...identity.cmsEnv,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      // Log-ins reach Strapi through the portal, which passes the visitor's address on, so Strapi's
      // per-address log-in limit counts visitors, not the portal; over plain local HTTP the refresh
      // cookie cannot be Secure (stack.md trap 2).
      IS_PROXIED: 'true',
      COOKIE_SECURE: 'false',
    },
  });
  console.log('• portaal starten …');
  const portal = await startPortal({
    host: env.HOST,
    port: env.PORTAL_PORT,
    cmsUrl: cms.url,
    publicUrl: portalUrl,
    logFile: path.join(logDir, 'portal.log'),
    extraEnv: {
      MEILI_URL: meili.url,
      MEILI_SEARCH_KEY: meili.searchKey,
      SESSION_SECRET: loadOrCreatePortalSessionSecret(env.DENKMEE_DATA_DIR),
    },
  });

  console.log(`
Denkmee draait.
  Portaal        ${portal.url}
  Strapi         ${cms.url}
  Strapi-beheer  ${cms.url}/admin
    e-mail       ${process.env.DEV_ADMIN_EMAIL ?? 'admin@denkmee.local'}
    wachtwoord   ${secrets.DEV_ADMIN_PASSWORD}   (alleen voor lokaal gebruik, nooit in productie)
  Meilisearch    ${meili.url}
  Ontvangen mail ${identity.mailCatcher.webUrl}
  e-ID-test      ${identity.fas.issuer}   (testaanbieder met persona's, geen echte e-ID)
  Gegevens       ${env.DENKMEE_DATA_DIR}
  Logbestanden   ${logDir}
Stoppen: Ctrl+C`);

  for (const managed of [
    meili.process,
    identity.mailCatcher.process,
    identity.fas.process,
    cms.process,
    portal.process,
  ]) {
    managed.child.once('exit', (code) => {
      if (stopping) return;
      console.error(`${managed.name} stopte onverwacht (code ${code}); zie ${logDir}. Alles wordt gestopt.`);
      void stopAll().then(() => process.exit(1));
    });
  }
}

let stopping = false;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    console.log('\nStoppen …');
    void stopAll().then(() => process.exit(0));
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
