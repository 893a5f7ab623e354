/**
 * Remembers which demo fixtures the seed has already put in place, in Strapi's core store.
 *
 * A fixture is created at most once: never twice (its slug is checked too), and never again after
 * staff deleted it. Entries staff edited are never touched, because the seed only creates.
 */
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const STORE_KEY = { type: 'core', name: 'denkmee', key: 'demo-seed-ledger' } as const;

const storedKeys = z.array(z.string()).catch([]);

export interface SeedLedger {
  has(key: string): boolean;
  record(key: string): Promise<void>;
  readonly created: number;
}

export async function openSeedLedger(strapi: Core.Strapi): Promise<SeedLedger> {
  const keys = new Set(storedKeys.parse(await strapi.store.get(STORE_KEY)));
  let created = 0;
  return {
    has: (key) => keys.has(key),
    async record(key) {
      keys.add(key);
      created += 1;
      await strapi.store.set({ ...STORE_KEY, value: [...keys] });
    },
    get created() {
      return created;
    },
  };
}

/**
 * Puts a fixture in place once. `find` looks for it (by slug, name or file), `create` makes it.
 * Returns what exists afterwards, or null when staff removed a fixture the seed made earlier.
 */
export async function once<T>(
  ledger: SeedLedger,
  key: string,
  find: () => Promise<T | null>,
  create: () => Promise<T>,
): Promise<T | null> {
  if (ledger.has(key)) return find();
  const existing = await find();
  const result = existing ?? (await create());
  await ledger.record(key);
  return result;
}
