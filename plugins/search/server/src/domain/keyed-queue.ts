/**
 * Runs tasks one after another per key, and folds a burst of requests for the same key into one run.
 *
 * Index updates read the document's current state and write it to Meilisearch. Two updates of one
 * document racing each other could write the older state last; chaining them per document keeps the
 * order, and since each run reads the latest state, a request waiting behind another adds nothing.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #waiting = new Set<string>();

  constructor(private readonly onError: (key: string, error: unknown) => void) {}

  /** Resolves when a run that started after this call has finished (never rejects). */
  push(key: string, task: () => Promise<void>): Promise<void> {
    const tail = this.#tails.get(key);
    if (tail && this.#waiting.has(key)) return tail;
    this.#waiting.add(key);
    const run = (tail ?? Promise.resolve()).then(async () => {
      this.#waiting.delete(key);
      try {
        await task();
      } catch (error) {
        this.onError(key, error);
      }
    });
    this.#tails.set(key, run);
    void run.then(() => {
      if (this.#tails.get(key) === run) this.#tails.delete(key);
    });
    return run;
  }

  /** Resolves when everything queued so far has run. */
  async idle(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all([...this.#tails.values()]);
  }
}
