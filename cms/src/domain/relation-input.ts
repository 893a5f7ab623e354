/**
 * Reading the target of a to-one relation from the many shapes Strapi 5 accepts as input:
 * `"documentId"`, `12`, `{ documentId }`, `{ id }`, `[x]`, `{ connect: [x] }`, `{ set: [x] }`.
 */
import { z } from 'zod';

export type RelationTarget = { documentId: string } | { id: number };

const reference = z.union([
  z
    .string()
    .min(1)
    .transform((documentId): RelationTarget => ({ documentId })),
  z
    .number()
    .int()
    .positive()
    .transform((id): RelationTarget => ({ id })),
  z.object({ documentId: z.string().min(1) }).transform(({ documentId }): RelationTarget => ({ documentId })),
  z.object({ id: z.number().int().positive() }).transform(({ id }): RelationTarget => ({ id })),
]);

const referenceList = z.array(z.unknown());

/**
 * The single target a to-one relation input points to, `null` when it clears the relation, or
 * `undefined` when the input does not say (absent, or only disconnects).
 */
export function toOneRelationTarget(input: unknown): RelationTarget | null | undefined {
  if (input === undefined) return undefined;
  if (input === null) return null;
  const direct = reference.safeParse(input);
  if (direct.success) return direct.data;
  if (Array.isArray(input)) return lastReference(input) ?? null;
  if (typeof input === 'object') {
    const { set, connect } = input as { set?: unknown; connect?: unknown };
    const setList = referenceList.safeParse(set);
    if (setList.success) return lastReference(setList.data) ?? null;
    const connectList = referenceList.safeParse(connect);
    if (connectList.success && connectList.data.length > 0) return lastReference(connectList.data);
  }
  return undefined;
}

function lastReference(items: unknown[]): RelationTarget | undefined {
  const last = items.at(-1);
  if (last === undefined) return undefined;
  const parsed = reference.safeParse(last);
  return parsed.success ? parsed.data : undefined;
}
