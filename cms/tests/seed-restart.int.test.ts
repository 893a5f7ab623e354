/**
 * The seed and the start-up steps are idempotent across restarts. This file starts its own Strapi
 * on its own throw-away database (SQLite, or PostgreSQL when the run uses it), seeds it, lets
 * staff edit and delete seeded content, restarts it, and checks that nothing was duplicated,
 * overwritten or brought back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { z } from 'zod';
import { createSecrets } from '../../scripts/lib/dev-secrets.ts';
import { freePort } from '../../scripts/lib/processes.ts';
import { startCms, type DatabaseSettings, type RunningService } from '../../scripts/lib/services.ts';
import { createThrowawayPostgres, type ThrowawayDatabase } from '../../tests/support/postgres.ts';
import { AdminClient, cmList } from './support/admin-api';

const ADMIN_EMAIL = 'herstart@denkmee.test';
const EDITED_PROJECT = 'parkeerplan-binnenstad';
const DELETED_NEWS = 'denkmee-het-nieuwe-participatieplatform';

const COUNTED = {
  departments: 'api::department.department',
  topics: 'api::topic.topic',
  districts: 'api::district.district',
  formats: 'api::project-format.project-format',
  projects: 'api::project.project',
  news: 'api::news-article.news-article',
  decisions: 'api::decision.decision',
  pages: 'api::page.page',
} as const;

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-seed-restart-'));
const secrets = createSecrets();
let throwaway: ThrowawayDatabase | undefined;
let database: DatabaseSettings;
let running: RunningService | undefined;

/**
 * The settings the CMS's plugins require, taken from the run's own identity services (as
 * tests/support/integration-setup.ts passes them to the shared Strapi).
 */
function pluginEnv(): NodeJS.ProcessEnv {
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(inject('mailCatcherSmtpPort')),
    SMTP_SECURE: 'false',
    OIDC_ISSUER: inject('fasIssuer'),
    OIDC_CLIENT_ID: inject('oidcClientId'),
    OIDC_CLIENT_SECRET: inject('oidcClientSecret'),
    OIDC_REDIRECT_URI: inject('verificationRedirectUri'),
    VERIFICATION_HMAC_SECRET: inject('verificationHmacSecret'),
  };
}

async function boot(): Promise<AdminClient> {
  running = await startCms({
    host: '127.0.0.1',
    port: await freePort(),
    database,
    secrets,
    portalUrl: 'http://127.0.0.1:9',
    seedDemoContent: true,
    logFile: path.join(workDir, 'cms.log'),
    extraEnv: { ...pluginEnv(), DEV_ADMIN_EMAIL: ADMIN_EMAIL },
  });
  return AdminClient.login(running.url, ADMIN_EMAIL, secrets.DEV_ADMIN_PASSWORD);
}

async function stop(): Promise<void> {
  await running?.process.stop();
  running = undefined;
}

type Snapshot = Record<keyof typeof COUNTED, number> & {
  translations: number;
  roles: string[];
  admins: number;
  media: number;
};

async function snapshot(admin: AdminClient): Promise<Snapshot> {
  const counts = {} as Record<keyof typeof COUNTED, number>;
  for (const [name, uid] of Object.entries(COUNTED) as Array<[keyof typeof COUNTED, string]>) {
    counts[name] = cmList.parse((await admin.list(uid)).body).pagination.total;
  }
  let translations = 0;
  for (const locale of ['fr', 'en']) {
    for (const uid of [COUNTED.projects, COUNTED.pages]) {
      translations += cmList.parse((await admin.list(uid, `&locale=${locale}`)).body).pagination.total;
    }
  }
  const roles = (await admin.roles()).map((role) => role.code).sort();
  const users = z
    .object({ data: z.object({ pagination: z.object({ total: z.number() }) }) })
    .parse((await admin.request('GET', '/admin/users?pageSize=100')).body);
  const media = z
    .object({ pagination: z.object({ total: z.number() }) })
    .parse((await admin.request('GET', '/upload/files?pageSize=100')).body);
  return { ...counts, translations, roles, admins: users.data.pagination.total, media: media.pagination.total };
}

afterAll(async () => {
  await stop();
  await throwaway?.drop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('restarting a seeded CMS', () => {
  it(
    'duplicates nothing, keeps staff edits and does not bring back what staff deleted',
    { timeout: 400_000 },
    async () => {
      if (inject('databaseClient') === 'postgres') {
        throwaway = await createThrowawayPostgres();
        database = throwaway.settings;
      } else {
        database = { client: 'sqlite', filename: path.join(workDir, 'cms.db') };
      }

      let admin = await boot();
      const first = await snapshot(admin);
      expect(first).toMatchObject({
        projects: 10,
        news: 15,
        decisions: 13,
        pages: 3,
        departments: 8,
        topics: 8,
        districts: 3,
        formats: 1,
        translations: 10,
        admins: 1,
        media: 15,
      });
      expect(first.roles.filter((code) => code.startsWith('department-editor-'))).toHaveLength(8);

      // Staff edit one seeded project and delete one seeded news article.
      const projectId = await admin.documentIdOf(COUNTED.projects, EDITED_PROJECT);
      const edit = await admin.request('PUT', `${AdminClient.cm(COUNTED.projects, projectId)}?locale=nl`, {
        title: 'Parkeerplan binnenstad: evaluatie afgerond',
      });
      expect(edit.status).toBe(200);
      const newsId = await admin.documentIdOf(COUNTED.news, DELETED_NEWS);
      expect((await admin.request('DELETE', `${AdminClient.cm(COUNTED.news, newsId)}?locale=nl`)).status).toBe(200);

      await stop();
      admin = await boot();
      const second = await snapshot(admin);

      expect(second).toEqual({ ...first, news: first.news - 1 });
      const [project] = await admin.findBySlug(COUNTED.projects, EDITED_PROJECT);
      expect(project?.title).toBe('Parkeerplan binnenstad: evaluatie afgerond');
      expect(await admin.findBySlug(COUNTED.news, DELETED_NEWS)).toEqual([]);
    },
  );
});
