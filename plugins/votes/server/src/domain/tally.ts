/**
 * Counting. The engine keeps one counter per (ballot, option), changed in the transaction that
 * stores or removes a vote; these functions recount from the stored votes and compare, which is how
 * the audit proves the counters right.
 */

export type Counts = Readonly<Record<string, number>>;

/**
 * The counter of people who voted, beside one counter per option: in a multiple-choice ballot the
 * option counts add up to more than the voters. Option keys cannot start with `_`, so it never
 * clashes with an option.
 */
export const VOTERS_COUNTER = '_voters';

/** The counters a ballot with these options has. */
export function counterKeys(optionKeys: readonly string[]): string[] {
  return [VOTERS_COUNTER, ...optionKeys];
}

/** Counts every option the ballot has, starting at zero, and the voters, from the stored choices. */
export function recount(
  optionKeys: readonly string[],
  storedChoices: readonly (readonly string[])[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(counterKeys(optionKeys).map((key) => [key, 0]));
  counts[VOTERS_COUNTER] = storedChoices.length;
  for (const choices of storedChoices) {
    for (const choice of choices) counts[choice] = (counts[choice] ?? 0) + 1;
  }
  return counts;
}

/** Option keys whose counter differs from the recount (also keys present on one side only). */
export function differences(counters: Counts, recounted: Counts): string[] {
  const keys = new Set([...Object.keys(counters), ...Object.keys(recounted)]);
  return [...keys].filter((key) => (counters[key] ?? 0) !== (recounted[key] ?? 0)).sort();
}
