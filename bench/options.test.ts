import { describe, expect, it } from 'vitest';
import { readBenchOptions } from './options.ts';

describe('readBenchOptions', () => {
  it('defaults to 10 connections for 10 s on SQLite, both suites, starting its own processes', () => {
    expect(readBenchOptions([], {})).toEqual({
      database: 'sqlite',
      durationSeconds: 10,
      warmupSeconds: 3,
      connections: 10,
      suites: ['portal', 'cms'],
      portalUrl: undefined,
      cmsUrl: undefined,
    });
  });

  it('reads the database, duration, connections and suite from the arguments', () => {
    const options = readBenchOptions(
      ['--db', 'postgres', '--duration', '5', '--connections', '20', '--only', 'cms'],
      {},
    );
    expect(options).toMatchObject({ database: 'postgres', durationSeconds: 5, connections: 20, suites: ['cms'] });
  });

  it('targets running processes on loopback addresses, without a trailing slash', () => {
    const options = readBenchOptions([], {
      BENCH_PORTAL_URL: 'http://127.0.0.1:3340/',
      BENCH_CMS_URL: 'http://localhost:1380',
    });
    expect(options.portalUrl).toBe('http://127.0.0.1:3340');
    expect(options.cmsUrl).toBe('http://localhost:1380');
  });

  it('refuses any target that is not on this machine, naming the variable', () => {
    expect(() => readBenchOptions([], { BENCH_PORTAL_URL: 'https://participatie.lokeren.be' })).toThrow(
      /BENCH_PORTAL_URL: moet een adres op 127\.0\.0\.1/,
    );
    expect(() => readBenchOptions([], { BENCH_CMS_URL: 'http://10.0.0.5:1337' })).toThrow(/BENCH_CMS_URL/);
    expect(() => readBenchOptions([], { BENCH_CMS_URL: 'http://127.0.0.1.example.com' })).toThrow(/BENCH_CMS_URL/);
  });

  it('bounds the run: no unbounded duration or connection count, no unknown suite or database', () => {
    expect(() => readBenchOptions(['--duration', '600'], {})).toThrow(/--duration/);
    expect(() => readBenchOptions(['--connections', '0'], {})).toThrow(/--connections/);
    expect(() => readBenchOptions(['--only', 'search'], {})).toThrow(/--only/);
    expect(() => readBenchOptions(['--db', 'mysql'], {})).toThrow(/--db/);
    expect(() => readBenchOptions(['--fast'], {})).toThrow();
  });
});
