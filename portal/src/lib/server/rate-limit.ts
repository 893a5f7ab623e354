/**
 * A token bucket per client address for log-in and registration: a few quick tries are fine, a
 * stream of them is slowed to a steady trickle. Kept in this process's memory, which is right for
 * one portal instance; several instances behind a load balancer each count on their own, so they
 * need a shared store (e.g. Redis) to hold the same limit together.
 */
export interface RateLimiterOptions {
  /** Tries allowed in a burst. */
  capacity: number;
  /** How many tries come back per minute. */
  refillPerMinute: number;
  /** Memory bound: the oldest buckets are dropped beyond this many addresses. */
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #options: Required<RateLimiterOptions>;

  constructor(options: RateLimiterOptions) {
    this.#options = { maxKeys: 10_000, now: Date.now, ...options };
  }

  /** Takes one try for `key` when there is one left. */
  take(key: string): RateDecision {
    const { capacity, refillPerMinute, now } = this.#options;
    const at = now();
    const perMs = refillPerMinute / 60_000;
    const stored = this.#buckets.get(key);
    const tokens = stored ? Math.min(capacity, stored.tokens + (at - stored.updatedAt) * perMs) : capacity;
    if (tokens < 1) {
      this.#remember(key, { tokens, updatedAt: at });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    this.#remember(key, { tokens: tokens - 1, updatedAt: at });
    return { allowed: true };
  }

  #remember(key: string, bucket: Bucket): void {
    // Re-inserting keeps the map in least-recently-used order, so the oldest is dropped first.
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    while (this.#buckets.size > this.#options.maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest === undefined) break;
      this.#buckets.delete(oldest);
    }
  }
}
