/**
 * `npx tsx bench/supports.ts [--db sqlite|postgres] [--people 150] [--proposals 20] [--concurrency 20]`
 *
 * Supports per second through the public API (`POST /api/proposals/:id/support`), every one by a
 * distinct voter in its ballot: `people` residents verified through the real e-ID flow (FAS
 * stand-in) each support each of `proposals` open proposals, in random order, with `concurrency`
 * requests in flight. Then every support is sent again at once: each must be refused as already
 * counted. Finally every proposal must show exactly `people` supports, its counters must equal a
 * recount of the stored votes (admin audit), and no request may have failed: zero lost or doubled.
 *
 * Starts its own Strapi (throw-away SQLite file or PostgreSQL database), mail catcher and FAS
 * stand-in, and stops them at the end. Prints supports/s, p50/p95/p99 latency and Strapi's CPU time
 * per support (the figure a busy machine moves least).
 *
 * SQLite runs as the CMS configures it (cms/config/database.ts: write-ahead log, synchronous NORMAL).
 * `BENCH_CMS_NODE_OPTIONS` is passed to Strapi as NODE_OPTIONS, e.g. `--require <file>` to profile it
 * (`--cpu-prof` itself is not allowed in NODE_OPTIONS; a preload that starts `node:inspector`'s
 * Profiler and writes the profile on SIGTERM works).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ensureBuilt } from '../scripts/lib/build.ts';
import { createSecrets } from '../scripts/lib/dev-secrets.ts';
import { createIdentitySecrets, startIdentityServices } from '../scripts/lib/identity-services.ts';
import { freePort } from '../scripts/lib/processes.ts';
import { startCms, type DatabaseSettings } from '../scripts/lib/services.ts';
import { createThrowawayPostgres, type ThrowawayDatabase } from '../tests/support/postgres.ts';
import {
  adminLogin,
  apiAt,
  createMeeting,
  days,
  openProposal,
  verifiedResidents,
  type Api,
  type Resident,
} from '../plugins/proposals/tests/residents.ts';
import { processGroupUsage } from './process-usage.ts';
import { summarizeLatencies, type LatencySummary } from './stats.ts';

const optionsSchema = z.object({
  db: z.enum(['sqlite', 'postgres']),
  people: z.coerce.number().int().min(10).max(2_000),
  proposals: z.coerce.number().int().min(1).max(200),
  concurrency: z.coerce.number().int().min(1).max(200),
});
type Options = z.infer<typeof optionsSchema>;

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      people: { type: 'string', default: '150' },
      proposals: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '20' },
    },
    strict: true,
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    throw new Error(
      `Ongeldige opties: ${parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

interface Job {
  resident: Resident;
  proposal: string;
}

interface Phase {
  requests: number;
  seconds: number;
  perSecond: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  cpuMsPerRequest: number;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = crypto.randomInt(0, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Sends every job with `concurrency` in flight; records each latency and status. */
async function run(target: Api, jobs: readonly Job[], concurrency: number, cmsPid: number): Promise<Phase> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const cpuBefore = processGroupUsage(cmsPid).cpuSeconds;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const sent = performance.now();
        const response = await fetch(`${target.baseUrl}/api/proposals/${job.proposal}/support`, {
          method: 'POST',
          headers: { authorization: `Bearer ${job.resident.jwt}` },
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = (processGroupUsage(cmsPid).cpuSeconds - cpuBefore) * 1000;
  return {
    requests: jobs.length,
    seconds,
    perSecond: jobs.length / seconds,
    latency: summarizeLatencies(latencies),
    statuses,
    cpuMsPerRequest: cpuMs / jobs.length,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function describe(name: string, phase: Phase): string {
  return [
    `${name}: ${phase.requests} verzoeken in ${phase.seconds.toFixed(1)} s = ${phase.perSecond.toFixed(0)}/s`,
    `  latentie p50 ${ms(phase.latency.p50)}, p95 ${ms(phase.latency.p95)}, p99 ${ms(phase.latency.p99)}, max ${ms(phase.latency.max)}`,
    `  antwoorden ${Object.entries(phase.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(', ')}; Strapi-CPU ${ms(phase.cpuMsPerRequest)} per verzoek`,
  ].join('\n');
}

async function main(): Promise<number> {
  const options = readOptions();
  ensureBuilt({ withPortal: false, log: (line) => console.log(line) });
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-bench-supports-'));
  const identitySecrets = createIdentitySecrets();
  const identity = await startIdentityServices({
    host: '127.0.0.1',
    portalUrl: 'http://127.0.0.1:9',
    mailDir: path.join(workDir, 'mail'),
    secrets: identitySecrets,
    ports: { smtp: await freePort(), mailWeb: await freePort(), fas: await freePort() },
    logDir: workDir,
  });
  let throwaway: ThrowawayDatabase | undefined;
  let cms: Awaited<ReturnType<typeof startCms>> | undefined;
  try {
    let database: DatabaseSettings = { client: 'sqlite', filename: path.join(workDir, 'cms.db') };
    if (options.db === 'postgres') {
      throwaway = await createThrowawayPostgres();
      database = throwaway.settings;
    }
    const secrets = createSecrets();
    const adminEmail = 'bench@denkmee.test';
    console.log(`• Strapi starten op ${options.db} …`);
    cms = await startCms({
      host: '127.0.0.1',
      port: await freePort(),
      database,
      secrets,
      portalUrl: 'http://127.0.0.1:9',
      seedDemoContent: false,
      logFile: path.join(workDir, 'cms.log'),
      extraEnv: {
        ...identity.cmsEnv,
        DEV_ADMIN_EMAIL: adminEmail,
        LOG_LEVEL: 'warn',
        ...(process.env.BENCH_CMS_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_CMS_NODE_OPTIONS } : {}),
      },
    });
    const cmsPid = cms.process.child.pid!;
    const target = apiAt(cms.url);
    const endpoints = { mailCatcherUrl: identity.mailCatcher.webUrl, redirectUri: identity.redirectUri };
    const officer = await adminLogin(target, adminEmail, secrets.DEV_ADMIN_PASSWORD);
    await createMeeting(officer, days(30));

    console.log(`• ${options.people} inwoners registreren en verifiëren met e-ID (FAS-testaanbieder) …`);
    const people = await verifiedResidents(options.people, target, endpoints);
    console.log(`• ${options.proposals} voorstellen openen …`);
    const proposals: { documentId: string; ballot: string }[] = [];
    for (let i = 0; i < options.proposals + 1; i += 1) {
      const opened = await openProposal(
        people[i % people.length]!,
        officer,
        target,
        `Benchvoorstel ${i + 1} over de Kerkstraat`,
      );
      proposals.push({ documentId: opened.documentId, ballot: opened.ballot! });
    }
    const [warmup, ...measured] = proposals;

    // Warm-up on a proposal of its own, not counted.
    await run(
      target,
      people.slice(0, 50).map((resident) => ({ resident, proposal: warmup!.documentId })),
      options.concurrency,
      cmsPid,
    );

    const jobs = shuffle(
      measured.flatMap((proposal) => people.map((resident) => ({ resident, proposal: proposal.documentId }))),
    );
    console.log(`• meten: ${jobs.length} steunbetuigingen, ${options.concurrency} tegelijk …`);
    const supports = await run(target, jobs, options.concurrency, cmsPid);
    console.log(`• nog eens: elke steun opnieuw, alles tegelijk …`);
    const duplicates = await run(target, shuffle([...jobs]), options.concurrency, cmsPid);

    let lostOrDoubled = 0;
    for (const proposal of measured) {
      const detail = await target.call<{ supportCount: number }>('GET', `/api/proposals/${proposal.documentId}`);
      const audit = await officer.call<{ equal: boolean; votes: number }>(
        'GET',
        `/votes/ballots/${proposal.ballot}/audit`,
      );
      const off =
        Math.abs((detail.body.data?.supportCount ?? -1) - people.length) +
        Math.abs((audit.body.data?.votes ?? -1) - people.length);
      if (off > 0 || audit.body.data?.equal !== true) lostOrDoubled += Math.max(1, off);
    }

    const load = os.loadavg()[0]?.toFixed(2);
    console.log(
      `\nSteun per seconde via de publieke API, ${options.db}, ${options.people} verschillende kiezers × ${options.proposals} voorstellen (belasting ${load} op ${os.cpus().length} kernen)\n`,
    );
    console.log(describe('steun', supports));
    console.log(describe('dubbel (moet geweigerd worden)', duplicates));
    const allCounted = supports.statuses['200'] === jobs.length;
    const allRefused = duplicates.statuses['403'] === jobs.length;
    console.log(
      `\nverloren of dubbel geteld: ${lostOrDoubled}; elke steun aanvaard: ${allCounted ? 'ja' : 'NEE'}; elke herhaling geweigerd: ${allRefused ? 'ja' : 'NEE'}`,
    );
    console.log(
      `doel ≥ 200 steun/s: ${supports.perSecond >= 200 ? 'gehaald' : 'niet gehaald'} (${supports.perSecond.toFixed(0)}/s)`,
    );
    return lostOrDoubled === 0 && allCounted && allRefused ? 0 : 1;
  } finally {
    await cms?.process.stop();
    await identity.stop();
    await throwaway?.drop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
