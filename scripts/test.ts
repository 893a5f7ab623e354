/**
 * `npm test`: every test, in order of cost, against real processes.
 *   1. unit tests (Vitest)
 *   2. integration tests on a throw-away SQLite database (real Strapi and friends)
 *   3. the same integration tests on a fresh PostgreSQL database (127.0.0.1:5432 by default);
 *      when no server answers they are reported as not run, with the reason — unless
 *      REQUIRE_POSTGRES=true (CI), which turns that into a failure
 *   4. end-to-end tests (Playwright in Chromium against the built portal and Strapi)
 * `--only unit|integration|postgres|e2e` runs one stage. The last line is "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './lib/build.ts';
import { binDir, repoRoot } from './lib/paths.ts';
import { postgresReachable } from '../tests/support/postgres.ts';

type Stage = 'unit' | 'integration' | 'postgres' | 'e2e';
interface StageResult {
  stage: Stage;
  passed: number;
  failed: number;
  note?: string;
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-test-'));

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function vitest(stage: Stage, project: 'unit' | 'integration', env: NodeJS.ProcessEnv = {}): StageResult {
  const report = path.join(reportDir, `${stage}.json`);
  const code = run(
    path.join(binDir, 'vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (!fs.existsSync(report))
    return { stage, passed: 0, failed: 1, note: `vitest stopte met code ${code} zonder rapport` };
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  // A failing setup (e.g. Strapi not starting) fails the run without failing a test: count it.
  const failed = json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0);
  if (json.numTotalTests === 0) return { stage, passed: 0, failed: 1, note: 'geen enkele test gevonden' };
  return { stage, passed: json.numPassedTests, failed };
}

function playwright(): StageResult {
  const report = path.join(reportDir, 'e2e.json');
  const code = run(path.join(binDir, 'playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
  });
  if (!fs.existsSync(report))
    return { stage: 'e2e', passed: 0, failed: 1, note: `playwright stopte met code ${code} zonder rapport` };
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const failed = json.stats.unexpected + (code !== 0 && json.stats.unexpected === 0 ? 1 : 0);
  if (json.stats.expected + json.stats.flaky + json.stats.unexpected === 0) {
    return { stage: 'e2e', passed: 0, failed: 1, note: 'geen enkele test uitgevoerd' };
  }
  return {
    stage: 'e2e',
    passed: json.stats.expected + json.stats.flaky,
    failed,
    note: json.stats.flaky ? `${json.stats.flaky} wisselvallig` : undefined,
  };
}

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] as Stage) : undefined;
  const wanted = (stage: Stage) =>
    only === undefined || only === stage || (only === 'integration' && stage === 'postgres');
  const results: StageResult[] = [];

  console.log('== bouwen ==');
  ensureBuilt({ withPortal: wanted('e2e') });

  if (wanted('unit')) {
    console.log('\n== unit-tests ==');
    results.push(vitest('unit', 'unit'));
  }
  if (wanted('integration')) {
    console.log('\n== integratietests (SQLite) ==');
    results.push(vitest('integration', 'integration', { TEST_DATABASE: 'sqlite' }));
  }
  if (wanted('postgres')) {
    console.log('\n== integratietests (PostgreSQL) ==');
    if (await postgresReachable()) {
      results.push(vitest('postgres', 'integration', { TEST_DATABASE: 'postgres' }));
    } else if (process.env.REQUIRE_POSTGRES === 'true') {
      results.push({
        stage: 'postgres',
        passed: 0,
        failed: 1,
        note: 'PostgreSQL niet bereikbaar en REQUIRE_POSTGRES=true',
      });
    } else {
      const note = 'NIET UITGEVOERD: geen PostgreSQL op TEST_POSTGRES_HOST:PORT (standaard 127.0.0.1:5432)';
      console.log(note);
      results.push({ stage: 'postgres', passed: 0, failed: 0, note });
    }
  }
  if (wanted('e2e')) {
    console.log('\n== end-to-end (Playwright, Chromium) ==');
    results.push(playwright());
  }

  console.log('\n== samenvatting ==');
  for (const result of results) {
    console.log(
      `${result.stage.padEnd(12)} ${result.passed} geslaagd, ${result.failed} mislukt${result.note ? ` — ${result.note}` : ''}`,
    );
  }
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  fs.rmSync(reportDir, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
