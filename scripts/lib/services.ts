/**
 * Starting the product's own processes (Strapi, portal) with the environment each one expects.
 * Used by the run command, the integration-test setup and the end-to-end setup alike, so all three
 * start the product the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binDir, cmsDir, portalDir } from './paths.ts';
import { startProcess, waitForHttp, type ManagedProcess } from './processes.ts';
import type { DevSecrets } from './dev-secrets.ts';

export type DatabaseSettings =
  | { client: 'sqlite'; filename: string }
  | { client: 'postgres'; host: string; port: number; name: string; user: string; password: string };

export interface CmsOptions {
  host: string;
  port: number;
  database: DatabaseSettings;
  secrets: DevSecrets;
  portalUrl: string;
  seedDemoContent: boolean;
  /**
   * Strapi's public folder; uploaded files go to its uploads/. Defaults to a fresh temporary folder,
   * so test runs never leave uploads in the code tree; the run command keeps it in its data folder.
   */
  publicDir?: string;
  /** Where Strapi's output goes; undefined = the terminal. */
  logFile?: string;
  extraEnv?: NodeJS.ProcessEnv;
}

export interface RunningService {
  url: string;
  process: ManagedProcess;
}

export function databaseEnv(database: DatabaseSettings): NodeJS.ProcessEnv {
  if (database.client === 'sqlite') return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.filename };
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: database.host,
    DATABASE_PORT: String(database.port),
    DATABASE_NAME: database.name,
    DATABASE_USERNAME: database.user,
    DATABASE_PASSWORD: database.password,
  };
}

export async function startCms(options: CmsOptions): Promise<RunningService> {
  if (options.database.client === 'sqlite') fs.mkdirSync(path.dirname(options.database.filename), { recursive: true });
  const url = `http://${options.host}:${options.port}`;
  const publicDir = options.publicDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-cms-public-'));
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  // The API server is not for search engines.
  fs.writeFileSync(path.join(publicDir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  const proc = startProcess({
    name: 'cms',
    command: path.join(binDir, 'strapi'),
    args: ['start'],
    cwd: cmsDir,
    logFile: options.logFile,
    env: {
      NODE_ENV: 'development',
      HOST: options.host,
      PORT: String(options.port),
      PUBLIC_URL: url,
      PORTAL_URL: options.portalUrl,
      ...options.secrets,
      ...databaseEnv(options.database),
      SEED_DEMO_CONTENT: String(options.seedDemoContent),
      PUBLIC_DIR: publicDir,
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      BROWSER: 'none',
      ...options.extraEnv,
    },
  });
  await waitForHttp(`${url}/_health`, proc, 180_000);
  return { url, process: proc };
}

export interface PortalOptions {
  host: string;
  port: number;
  cmsUrl: string;
  publicUrl: string;
  logFile?: string;
  extraEnv?: NodeJS.ProcessEnv;
}

export async function startPortal(options: PortalOptions): Promise<RunningService> {
  const url = `http://${options.host}:${options.port}`;
  const proc = startProcess({
    name: 'portal',
    command: process.execPath,
    args: [path.join(portalDir, 'build', 'index.js')],
    cwd: portalDir,
    logFile: options.logFile,
    env: {
      NODE_ENV: 'production',
      HOST: options.host,
      PORT: String(options.port),
      ORIGIN: options.publicUrl,
      PUBLIC_BASE_URL: options.publicUrl,
      CMS_URL: options.cmsUrl,
      ...options.extraEnv,
    },
  });
  await waitForHttp(`${url}/healthz`, proc, 60_000);
  return { url, process: proc };
}

export { binDir };
