/** Reading back what a visitor sent, so a refused form shows their input again. */
export type SentValues = Record<string, string | string[]> | undefined;

export function textOf(values: SentValues, name: string, fallback = ''): string {
  const value = values?.[name];
  if (value === undefined) return fallback;
  return Array.isArray(value) ? (value[0] ?? '') : value;
}

export function listOf(values: SentValues, name: string, fallback: readonly string[] = []): string[] {
  const value = values?.[name];
  if (value === undefined) return [...fallback];
  return Array.isArray(value) ? value : [value];
}
