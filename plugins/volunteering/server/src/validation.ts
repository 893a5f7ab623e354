/**
 * Input validation with Strapi's error envelope: a 400 ValidationError whose message lists every
 * problem in Dutch and whose details name each field, as Strapi's own validation does:
 * `{ errors: [{ path: ['title'], message: 'Titel mag hoogstens 120 tekens bevatten.', name: 'ValidationError' }] }`.
 */
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { dutchIssueMessage, sentenceFor } from '../../shared/messages';

export interface Problem {
  path: readonly (string | number)[];
  /** A verb phrase read after the field's label, e.g. "is verplicht". */
  message: string;
}

export function validationError(problems: readonly Problem[]): errors.ValidationError {
  const details = problems.map((problem) => ({
    path: problem.path.map(String),
    message: sentenceFor(problem.path, problem.message),
    name: 'ValidationError',
  }));
  const summary = details.map((detail) => detail.message).join(' ');
  return new errors.ValidationError(`Controleer je invoer. ${summary}`.trim(), { errors: details });
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: dutchIssueMessage });
  if (result.success) return result.data;
  throw validationError(
    result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: issue.message,
    })),
  );
}

/** Strapi's convention for write bodies: `{ "data": { ... } }`. */
export function bodyData(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || !('data' in body)) {
    throw validationError([{ path: ['data'], message: 'ontbreekt: stuur de velden in een object "data"' }]);
  }
  return (body as { data: unknown }).data;
}
