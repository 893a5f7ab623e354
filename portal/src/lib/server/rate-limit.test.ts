import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

function limiter(options: { capacity: number; refillPerMinute: number; maxKeys?: number }) {
  let now = 0;
  const rateLimiter = new RateLimiter({ ...options, now: () => now });
  return { rateLimiter, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the seconds to wait', () => {
    const { rateLimiter } = limiter({ capacity: 3, refillPerMinute: 6 });
    expect([1, 2, 3].map(() => rateLimiter.take('1.2.3.4').allowed)).toEqual([true, true, true]);
    expect(rateLimiter.take('1.2.3.4')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('gives tries back over time, never more than the burst', () => {
    const { rateLimiter, advance } = limiter({ capacity: 2, refillPerMinute: 6 });
    rateLimiter.take('a');
    rateLimiter.take('a');
    expect(rateLimiter.take('a').allowed).toBe(false);
    advance(10_000);
    expect(rateLimiter.take('a').allowed).toBe(true);
    expect(rateLimiter.take('a').allowed).toBe(false);
    advance(60 * 60_000);
    expect([1, 2, 3].map(() => rateLimiter.take('a').allowed)).toEqual([true, true, false]);
  });

  it('counts each client on its own', () => {
    const { rateLimiter } = limiter({ capacity: 1, refillPerMinute: 1 });
    expect(rateLimiter.take('a').allowed).toBe(true);
    expect(rateLimiter.take('a').allowed).toBe(false);
    expect(rateLimiter.take('b').allowed).toBe(true);
  });

  it('forgets the least recently seen clients beyond its memory bound', () => {
    const { rateLimiter } = limiter({ capacity: 1, refillPerMinute: 1, maxKeys: 2 });
    rateLimiter.take('a');
    rateLimiter.take('b');
    rateLimiter.take('c');
    // 'a' was dropped, so it starts with a full bucket again; 'c' is still remembered.
    expect(rateLimiter.take('a').allowed).toBe(true);
    expect(rateLimiter.take('c').allowed).toBe(false);
  });
});
