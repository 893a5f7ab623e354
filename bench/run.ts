/**
 * `npm run bench`: load on the portal's most visited pages and Strapi's public list endpoints,
 * 10 connections for 10 s each after a warm-up, against real processes started here (or already
 * running on 127.0.0.1, see BENCH_PORTAL_URL / BENCH_CMS_URL). Prints req/s, p50/p95/p99 latency,
 * failed requests and the memory of the processes, and writes the figures to bench/results/.
 * Options: `npm run bench -- --help`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsCases } from './cms.ts';
import { assertAnswers, measure, type BenchCase, type Measurement } from './measure.ts';
import { readBenchOptions, USAGE, type BenchOptions } from './options.ts';
import { portalCases } from './portal.ts';
import { checkTargets, formatTable } from './report.ts';
import { startStack, type Stack } from './stack.ts';

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

/** Start-up (a first build can take a minute or two) plus every measurement, with room to spare. */
function timeBudgetMs(options: BenchOptions): number {
  const perCase = (options.durationSeconds + options.warmupSeconds + 15) * 1000;
  return 10 * 60_000 + perCase * 6;
}

async function collectCases(options: BenchOptions, stack: Stack): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  if (options.suites.includes('portal') && stack.portalUrl) cases.push(...(await portalCases(stack.portalUrl)));
  if (options.suites.includes('cms') && stack.cmsUrl) cases.push(...cmsCases(stack.cmsUrl));
  for (const benchCase of cases) await assertAnswers(benchCase);
  return cases;
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = readBenchOptions(process.argv.slice(2), process.env);
  const stack = await startStack(options);
  let stopping: Promise<void> | undefined;
  const stopOnce = (keepLogs = false) => (stopping ??= stack.stop({ keepLogs }));
  const watchdog = setTimeout(() => {
    console.error(`De bench duurt langer dan ${timeBudgetMs(options) / 60_000} minuten en wordt afgebroken.`);
    void stopOnce(true).then(() => process.exit(1));
  }, timeBudgetMs(options));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopOnce().then(() => process.exit(130)));
  }

  let succeeded = false;
  // Other work on a shared machine moves the figures: keep the load next to them.
  const loadAtStart = os.loadavg();
  try {
    const cases = await collectCases(options, stack);
    const measurements: Measurement[] = [];
    for (const benchCase of cases) {
      console.log(`• ${benchCase.suite}: ${benchCase.name} (${new URL(benchCase.url).pathname}) …`);
      measurements.push(
        await measure(benchCase, {
          durationSeconds: options.durationSeconds,
          warmupSeconds: options.warmupSeconds,
          connections: options.connections,
          watched: stack.watched,
        }),
      );
    }

    const labels = stack.watched.map((watched) => watched.label);
    console.log(
      `\n${options.connections} verbindingen, ${options.durationSeconds} s per adres, na ${options.warmupSeconds} s opwarmen`,
    );
    console.log(`Strapi: ${stack.description.cms}\nportaal: ${stack.description.portal}`);
    console.log(
      `belasting (1 min) bij start ${loadAtStart[0]?.toFixed(2)}, bij einde ${os.loadavg()[0]?.toFixed(2)} op ${os.cpus().length} kernen\n`,
    );
    console.log(formatTable(measurements, labels));
    const verdicts = checkTargets(measurements);
    for (const { target, p95, met } of verdicts) {
      console.log(
        `\ndoel ${target.suite} ${target.name}: p95 < ${target.p95BelowMs} ms — gemeten ${p95.toFixed(1)} ms: ${met ? 'gehaald' : 'NIET gehaald'}`,
      );
    }

    fs.mkdirSync(resultsDir, { recursive: true });
    const stamp = new Date()
      .toISOString()
      .replaceAll(':', '-')
      .replace(/\.\d+Z$/, 'Z');
    const file = path.join(resultsDir, `${stamp}-${options.database}.json`);
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg(),
    };
    fs.writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), machine, options, stack: stack.description, measurements, targets: verdicts }, null, 2)}\n`,
    );
    console.log(`\nresultaten: ${path.relative(process.cwd(), file)}`);
    succeeded = true;
    return 0;
  } finally {
    clearTimeout(watchdog);
    await stopOnce(!succeeded);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
