/**
 * Meilisearch being unreachable when an editor publishes must not stop Strapi: the write succeeds,
 * one warning without content or personal data is logged, and once Meilisearch answers again the
 * plugin rebuilds the index by itself. A second Strapi (own database, no demo content) is started
 * for this, pointing at a Meilisearch address where nothing listens yet.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Meilisearch } from 'meilisearch';
import { createSecrets } from '../../../scripts/lib/dev-secrets.ts';
import { startMeilisearch, type RunningMeilisearch } from '../../../scripts/lib/meilisearch.ts';
import { freePort } from '../../../scripts/lib/processes.ts';
import { startCms, type RunningService } from '../../../scripts/lib/services.ts';
import { contentIndexName, type SearchDocument } from '../shared/search-contract';
import { createEditor, eventually, projectFields, uniqueWord } from './support';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-search-down-'));
const logFile = path.join(workDir, 'cms.log');
const masterKey = crypto.randomBytes(24).toString('base64url');
const adminEmail = 'redactie@denkmee.test';
let meiliPort: number;
let cms: RunningService | undefined;
let meili: RunningMeilisearch | undefined;
let adminPassword = '';

beforeAll(async () => {
  meiliPort = await freePort();
  const secrets = createSecrets();
  cms = await startCms({
    host: '127.0.0.1',
    port: await freePort(),
    database: { client: 'sqlite', filename: path.join(workDir, 'cms.db') },
    secrets,
    portalUrl: 'http://127.0.0.1:9',
    seedDemoContent: false,
    logFile,
    extraEnv: {
      ...inject('identityCmsEnv'),
      DEV_ADMIN_EMAIL: adminEmail,
      MEILI_URL: `http://127.0.0.1:${meiliPort}`,
      MEILI_MASTER_KEY: masterKey,
    },
  });
  adminPassword = secrets.DEV_ADMIN_PASSWORD;
}, 180_000);

afterAll(async () => {
  await cms?.process.stop();
  await meili?.process.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('with Meilisearch down', () => {
  it('publishes anyway, logs without content, and heals once Meilisearch is back', async () => {
    if (!cms) throw new Error('Strapi startte niet');
    const editor = createEditor(cms.url, adminEmail, adminPassword);
    const word = uniqueWord();
    const address = `${uniqueWord('bewoner')}@example.com`;
    const started = Date.now();
    const documentId = await editor.create(
      'api::project.project',
      projectFields({ title: `Buurtfeest ${word}`, summary: `Meld je aan via ${address}.` }),
    );
    await editor.publish('api::project.project', documentId);
    expect(Date.now() - started, 'publiceren wacht niet op Meilisearch').toBeLessThan(10_000);

    const warning = await eventually(async () => {
      const line = fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .find((entry) => entry.includes('[search] Zoekindex niet bijgewerkt') && entry.includes(documentId));
      expect(line).toBeDefined();
      return line ?? '';
    });
    expect(warning).toContain('Meilisearch is niet bereikbaar');
    const searchLines = fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((entry) => entry.includes('[search]'));
    for (const secret of [word, address, adminEmail, masterKey]) expect(searchLines.join('\n')).not.toContain(secret);

    // Meilisearch comes back (same address, same master key): the plugin rebuilds on its own.
    meili = await startMeilisearch({
      dataDir: path.join(workDir, 'meilisearch'),
      port: meiliPort,
      masterKey,
      logFile: path.join(workDir, 'meilisearch.log'),
    });
    const client = new Meilisearch({ host: meili.url, apiKey: meili.searchKey });
    const hit = await eventually(async () => {
      const { hits } = await client.index<SearchDocument>(contentIndexName('nl')).search(word);
      expect(hits).toHaveLength(1);
      return hits[0];
    }, 90_000);
    expect(hit).toMatchObject({ documentId, title: `Buurtfeest ${word}` });
    expect(hit?.summary).not.toContain(address);
  }, 150_000);
});
