/**
 * One measurement: a short warm-up (not counted), then `connections` concurrent connections for
 * `durationSeconds`, recording every response time and the memory of the processes under test.
 */
import autocannon from 'autocannon';
import type { Suite } from './options.ts';
import { sampleUsage } from './process-usage.ts';
import { summarizeLatencies, type LatencySummary } from './stats.ts';

export interface BenchCase {
  suite: Suite;
  /** Short label for the table. */
  name: string;
  url: string;
  headers?: Record<string, string>;
}

export interface WatchedProcess {
  label: string;
  pid: number;
}

export interface MeasureSettings {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  watched: readonly WatchedProcess[];
}

export interface Measurement {
  suite: Suite;
  name: string;
  path: string;
  requests: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** MiB per watched process group: at the start of the measurement and the peak during it. */
  rssMiB: Record<string, { start: number; peak: number }>;
  /** CPU milliseconds each watched process group spent per completed request. */
  cpuMsPerRequest: Record<string, number>;
}

const MiB = 1024 * 1024;

/** A page or endpoint that does not answer 2xx would make every figure meaningless: stop early. */
export async function assertAnswers(benchCase: BenchCase): Promise<void> {
  const response = await fetch(benchCase.url, { headers: benchCase.headers, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  if (!response.ok)
    throw new Error(`${benchCase.name} (${benchCase.url}) antwoordt ${response.status}; eerst herstellen, dan meten.`);
}

function run(benchCase: BenchCase, connections: number, durationSeconds: number, onResponse?: (ms: number) => void) {
  const instance = autocannon({
    url: benchCase.url,
    connections,
    duration: durationSeconds,
    headers: benchCase.headers,
    timeout: 10,
  });
  if (onResponse) instance.on('response', (_client, _status, _bytes, responseTimeMs) => onResponse(responseTimeMs));
  return instance;
}

export async function measure(benchCase: BenchCase, settings: MeasureSettings): Promise<Measurement> {
  if (settings.warmupSeconds > 0) await run(benchCase, settings.connections, settings.warmupSeconds);

  const latencies: number[] = [];
  const samplers = settings.watched.map((watched) => ({ label: watched.label, sampler: sampleUsage(watched.pid) }));
  const result = await run(benchCase, settings.connections, settings.durationSeconds, (ms) => latencies.push(ms));
  const usage = samplers.map(({ label, sampler }) => ({ label, ...sampler.stop() }));
  const rssMiB = Object.fromEntries(
    usage.map(({ label, rssStart, rssPeak }) => [label, { start: rssStart / MiB, peak: rssPeak / MiB }]),
  );
  const cpuMsPerRequest = Object.fromEntries(
    usage.map(({ label, cpuSeconds }) => [
      label,
      latencies.length ? (cpuSeconds * 1000) / latencies.length : Number.NaN,
    ]),
  );

  return {
    suite: benchCase.suite,
    name: benchCase.name,
    path: new URL(benchCase.url).pathname + new URL(benchCase.url).search,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    latencyMs: summarizeLatencies(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    rssMiB,
    cpuMsPerRequest,
  };
}
