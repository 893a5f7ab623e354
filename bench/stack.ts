/**
 * The processes under test: the ones named by BENCH_PORTAL_URL / BENCH_CMS_URL, or else a real
 * seeded Strapi on a throw-away database (a temporary SQLite file, or a fresh PostgreSQL database
 * with --db postgres) and the built portal, started exactly as `npm start` starts them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../scripts/lib/build.ts';
import { createSecrets } from '../scripts/lib/dev-secrets.ts';
import { freePort } from '../scripts/lib/processes.ts';
import { startCms, startPortal, type DatabaseSettings, type RunningService } from '../scripts/lib/services.ts';
import { createThrowawayPostgres, type ThrowawayDatabase } from '../tests/support/postgres.ts';
import type { WatchedProcess } from './measure.ts';
import type { BenchOptions } from './options.ts';

export interface Stack {
  cmsUrl?: string;
  portalUrl?: string;
  /** Processes this run started, whose memory is reported. */
  watched: WatchedProcess[];
  /** What was measured, for the results file. */
  description: { cms: string; portal: string };
  /** Logs of the started processes; kept when the run fails. */
  logDir: string;
  stop(options?: { keepLogs?: boolean }): Promise<void>;
}

export async function startStack(options: BenchOptions): Promise<Stack> {
  const wantsPortal = options.suites.includes('portal');
  const needsCms = options.suites.includes('cms') || (wantsPortal && !options.portalUrl);
  const startsCms = needsCms && !options.cmsUrl;
  const startsPortal = wantsPortal && !options.portalUrl;

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-bench-'));
  const started: RunningService[] = [];
  let throwaway: ThrowawayDatabase | undefined;
  const stop = async ({ keepLogs = false } = {}) => {
    for (const service of started.reverse()) await service.process.stop();
    await throwaway?.drop();
    if (keepLogs) console.error(`logbestanden: ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  };

  try {
    if (startsCms || startsPortal) ensureBuilt({ withPortal: startsPortal, log: (line) => console.log(line) });
    const stack: Stack = {
      cmsUrl: options.cmsUrl,
      portalUrl: options.portalUrl,
      watched: [],
      description: {
        cms: options.cmsUrl ? `extern: ${options.cmsUrl}` : needsCms ? '' : 'niet gemeten',
        portal: options.portalUrl ? `extern: ${options.portalUrl}` : wantsPortal ? '' : 'niet gemeten',
      },
      logDir: workDir,
      stop,
    };

    if (startsCms) {
      let database: DatabaseSettings = { client: 'sqlite', filename: path.join(workDir, 'cms.db') };
      if (options.database === 'postgres') {
        throwaway = await createThrowawayPostgres();
        database = throwaway.settings;
      }
      console.log(`• Strapi starten op ${options.database} (gezaaide demo-inhoud) …`);
      const cms = await startCms({
        host: '127.0.0.1',
        port: await freePort(),
        database,
        secrets: createSecrets(),
        portalUrl: 'http://127.0.0.1:9',
        seedDemoContent: true,
        logFile: path.join(workDir, 'cms.log'),
      });
      started.push(cms);
      stack.cmsUrl = cms.url;
      stack.description.cms = `gestart: strapi start, ${options.database === 'postgres' ? `PostgreSQL (${database.client === 'postgres' ? database.name : ''})` : 'SQLite'}`;
      if (cms.process.child.pid) stack.watched.push({ label: 'cms', pid: cms.process.child.pid });
    }

    if (startsPortal) {
      if (!stack.cmsUrl) throw new Error('Het portaal heeft een Strapi nodig.');
      console.log('• portaal starten (productiebuild) …');
      const port = await freePort();
      const portal = await startPortal({
        host: '127.0.0.1',
        port,
        cmsUrl: stack.cmsUrl,
        publicUrl: `http://127.0.0.1:${port}`,
        logFile: path.join(workDir, 'portal.log'),
      });
      started.push(portal);
      stack.portalUrl = portal.url;
      stack.description.portal = 'gestart: node build/index.js (NODE_ENV=production)';
      if (portal.process.child.pid) stack.watched.push({ label: 'portal', pid: portal.process.child.pid });
    }
    return stack;
  } catch (error) {
    await stop({ keepLogs: true });
    throw error;
  }
}
