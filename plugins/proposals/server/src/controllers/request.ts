/** Reading a request: the documentId in the path and the body, each through its zod schema. */
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { z } from 'zod';
import { proposalRefusalMessages } from '../../../shared/contracts';
import type { Account } from '../services/engine';

const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;

/** A tampered id is refused before any query runs. */
export function documentIdFrom(ctx: Context): string {
  const value: unknown = ctx.params.documentId;
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) {
    throw new errors.ValidationError(proposalRefusalMessages['not-found'].nl, { reason: 'not-found' });
  }
  return value;
}

export function parse<Schema extends z.ZodType>(schema: Schema, value: unknown, message: string): z.infer<Schema> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    throw new errors.ValidationError(message, {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
    });
  }
  return parsed.data;
}

export function accountOf(ctx: Context): Account | null {
  return (ctx.state.user as Account | undefined) ?? null;
}
