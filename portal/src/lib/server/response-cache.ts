/**
 * A small in-process cache for CMS answers. Published content changes a few times a day, while the
 * home page may be asked for hundreds of times a second; reusing an answer for a few seconds keeps
 * the portal fast without a shared cache. Concurrent misses for the same key share one request,
 * and when the CMS is down an answer up to `staleMs` old is served rather than an error page.
 */
interface Entry<T> {
  value: T;
  storedAt: number;
}

export interface CacheOptions {
  ttlMs: number;
  /** How long past its TTL an entry may still be served when loading fails. */
  staleMs: number;
  maxEntries: number;
  now?: () => number;
}

export class ResponseCache<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #inFlight = new Map<string, Promise<T>>();
  readonly #options: Required<CacheOptions>;

  constructor(options: CacheOptions) {
    this.#options = { now: Date.now, ...options };
  }

  async getOrLoad(key: string, load: () => Promise<T>): Promise<T> {
    const { ttlMs, staleMs, now } = this.#options;
    const entry = this.#entries.get(key);
    if (entry && ttlMs > 0 && now() - entry.storedAt < ttlMs) return entry.value;

    const pending = this.#inFlight.get(key);
    if (pending) return pending;

    const loading = load()
      .then((value) => {
        if (ttlMs > 0) this.#store(key, value);
        return value;
      })
      .catch((error: unknown) => {
        if (entry && now() - entry.storedAt < ttlMs + staleMs) return entry.value;
        throw error;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    return loading;
  }

  #store(key: string, value: T): void {
    this.#entries.delete(key); // re-insert so Map order is least-recently-stored first
    this.#entries.set(key, { value, storedAt: this.#options.now() });
    while (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}
