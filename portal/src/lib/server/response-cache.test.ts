import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('ResponseCache', () => {
  it('reuses an answer within its TTL and reloads after it', async () => {
    const time = clock();
    const cache = new ResponseCache<number>({ ttlMs: 1000, staleMs: 0, maxEntries: 10, now: time.now });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad('home', load)).toBe(1);
    time.advance(999);
    expect(await cache.getOrLoad('home', load)).toBe(1);
    time.advance(2);
    expect(await cache.getOrLoad('home', load)).toBe(2);
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new ResponseCache<string>({ ttlMs: 1000, staleMs: 0, maxEntries: 10 });
    let loads = 0;
    const load = () => new Promise<string>((resolve) => setTimeout(() => resolve(`answer ${++loads}`), 5));
    const answers = await Promise.all([
      cache.getOrLoad('k', load),
      cache.getOrLoad('k', load),
      cache.getOrLoad('k', load),
    ]);
    expect(answers).toEqual(['answer 1', 'answer 1', 'answer 1']);
    expect(loads).toBe(1);
  });

  it('serves a stale answer while the source fails, then gives up after staleMs', async () => {
    const time = clock();
    const cache = new ResponseCache<string>({ ttlMs: 1000, staleMs: 5000, maxEntries: 10, now: time.now });
    await cache.getOrLoad('k', async () => 'fresh');
    const failing = async (): Promise<string> => {
      throw new Error('CMS down');
    };
    time.advance(3000);
    expect(await cache.getOrLoad('k', failing)).toBe('fresh');
    time.advance(4000);
    await expect(cache.getOrLoad('k', failing)).rejects.toThrow('CMS down');
  });

  it('does not cache when the TTL is 0', async () => {
    const cache = new ResponseCache<number>({ ttlMs: 0, staleMs: 0, maxEntries: 10 });
    let loads = 0;
    await cache.getOrLoad('k', async () => ++loads);
    await cache.getOrLoad('k', async () => ++loads);
    expect(loads).toBe(2);
  });

  it('forgets the oldest entries beyond maxEntries', async () => {
    const cache = new ResponseCache<string>({ ttlMs: 1000, staleMs: 0, maxEntries: 2 });
    await cache.getOrLoad('a', async () => 'a1');
    await cache.getOrLoad('b', async () => 'b1');
    await cache.getOrLoad('c', async () => 'c1');
    expect(await cache.getOrLoad('a', async () => 'a2')).toBe('a2');
    expect(await cache.getOrLoad('c', async () => 'c2')).toBe('c1');
  });
});
