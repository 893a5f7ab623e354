/**
 * A micro-cache for whole public pages. Rendering the home page takes a few milliseconds of CPU;
 * serving the same bytes again for a few seconds takes almost none, so bursts of anonymous visitors
 * (the city shares a link on Facebook) cost one render per page per TTL. Only requests without
 * cookies or credentials are served from it, so anything personal later added to a page (a signed-in
 * header) is never shared: such requests always render.
 */
export interface CachedPage {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array<ArrayBuffer>;
  storedAt: number;
}

export interface PageCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Larger pages are not kept, so the cache's memory stays bounded (maxEntries × maxBytes). */
  maxBytes: number;
  now?: () => number;
}

export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #options: Required<PageCacheOptions>;

  constructor(options: PageCacheOptions) {
    this.#options = { now: Date.now, ...options };
  }

  get enabled(): boolean {
    return this.#options.ttlMs > 0;
  }

  get(key: string): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    if (this.#options.now() - page.storedAt >= this.#options.ttlMs) {
      this.#pages.delete(key);
      return undefined;
    }
    return page;
  }

  set(key: string, page: Omit<CachedPage, 'storedAt'>): void {
    if (!this.enabled || page.body.byteLength > this.#options.maxBytes) return;
    this.#pages.delete(key);
    this.#pages.set(key, { ...page, storedAt: this.#options.now() });
    while (this.#pages.size > this.#options.maxEntries) {
      const oldest = this.#pages.keys().next().value;
      if (oldest === undefined) break;
      this.#pages.delete(oldest);
    }
  }
}

/** Whether a request may be answered from, and its answer stored in, the shared cache. */
export function isAnonymousRead(request: Request): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.headers.has('cookie') &&
    !request.headers.has('authorization')
  );
}

/**
 * Only complete, public, successful pages (HTML, their JSON data, feeds) that set nothing on the
 * client are shared; files such as uploads stream through untouched.
 */
export function isShareableResponse(response: Response): boolean {
  const cacheControl = response.headers.get('cache-control') ?? '';
  const contentType = response.headers.get('content-type') ?? '';
  return (
    response.status === 200 &&
    !response.headers.has('set-cookie') &&
    /\bpublic\b/.test(cacheControl) &&
    /^(text\/html|application\/json|application\/([a-z]+\+)?xml)\b/.test(contentType)
  );
}
