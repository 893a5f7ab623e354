import { describe, expect, it } from 'vitest';
import type { Measurement } from './measure.ts';
import { checkTargets, formatTable } from './report.ts';

function measurement(overrides: Partial<Measurement>): Measurement {
  return {
    suite: 'portal',
    name: 'home',
    path: '/',
    requests: 5000,
    requestsPerSecond: 500,
    latencyMs: { mean: 19, p50: 18, p95: 31.25, p99: 44, max: 80 },
    errors: 0,
    non2xx: 0,
    statusCodes: { '200': 5000 },
    rssMiB: { cms: { start: 250, peak: 260 }, portal: { start: 80, peak: 95.4 } },
    cpuMsPerRequest: { cms: 0.4, portal: 2.346 },
    ...overrides,
  };
}

describe('formatTable', () => {
  it('prints one aligned Markdown row per measurement with CPU per request and memory before → peak', () => {
    const table = formatTable(
      [
        measurement({}),
        measurement({ suite: 'cms', name: 'decisions', requestsPerSecond: 412.6, rssMiB: {}, cpuMsPerRequest: {} }),
      ],
      ['cms', 'portal'],
    );
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^\| suite +\| case +\| req\/s \| p50 ms \| p95 ms \| p99 ms \| errors \| non-2xx \| CPU cms ms\/req \| RSS cms MiB \| CPU portal ms\/req \| RSS portal MiB \|$/,
    );
    expect(lines[2]).toMatch(/\| +31\.3 \|/);
    expect(lines[2]).toMatch(/\| +2\.35 \| +80 → 95 \|$/);
    expect(lines[3]).toMatch(/\| +413 \|/);
    expect(lines[3]).toMatch(/\| +– \| +– \| +– \| +– \|$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('checkTargets', () => {
  it('meets the home-page target only below 50 ms p95 and without failed requests', () => {
    expect(checkTargets([measurement({})])[0]?.met).toBe(true);
    expect(checkTargets([measurement({ latencyMs: { mean: 40, p50: 40, p95: 50, p99: 60, max: 90 } })])[0]?.met).toBe(
      false,
    );
    expect(checkTargets([measurement({ non2xx: 3 })])[0]?.met).toBe(false);
  });

  it('says nothing when the home page was not measured', () => {
    expect(checkTargets([measurement({ suite: 'cms', name: 'decisions' })])).toEqual([]);
  });
});
