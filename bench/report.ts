/**
 * The results as a table for the terminal and as a JSON document for bench/results/.
 */
import type { Measurement } from './measure.ts';

const number = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function formatTable(measurements: readonly Measurement[], processLabels: readonly string[]): string {
  const header = [
    'suite',
    'case',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    ...processLabels.flatMap((label) => [`CPU ${label} ms/req`, `RSS ${label} MiB`]),
  ];
  const rows = measurements.map((entry) => [
    entry.suite,
    entry.name,
    number(entry.requestsPerSecond, 0),
    number(entry.latencyMs.p50),
    number(entry.latencyMs.p95),
    number(entry.latencyMs.p99),
    String(entry.errors),
    String(entry.non2xx),
    ...processLabels.flatMap((label) => {
      const rss = entry.rssMiB[label];
      const cpu = entry.cpuMsPerRequest[label];
      return [cpu === undefined ? '–' : number(cpu, 2), rss ? `${number(rss.start, 0)} → ${number(rss.peak, 0)}` : '–'];
    }),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column < 2 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export interface Target {
  name: string;
  suite: string;
  /** p95 latency must stay below this many milliseconds. */
  p95BelowMs: number;
}

/** Issue 2: "home page p95 under 50 ms at 10 connections on this machine". */
export const TARGETS: readonly Target[] = [{ suite: 'portal', name: 'home', p95BelowMs: 50 }];

export function checkTargets(
  measurements: readonly Measurement[],
): Array<{ target: Target; p95: number; met: boolean }> {
  return TARGETS.flatMap((target) => {
    const measured = measurements.find((entry) => entry.suite === target.suite && entry.name === target.name);
    if (!measured) return [];
    return [
      {
        target,
        p95: measured.latencyMs.p95,
        met: measured.latencyMs.p95 < target.p95BelowMs && measured.errors + measured.non2xx === 0,
      },
    ];
  });
}
