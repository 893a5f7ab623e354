import { errors } from '@strapi/utils';
import { proposalRefusalMessages, type ProposalRefusal } from '../../../shared/contracts';
import type { FieldProblem } from '../domain/draft';
import type { TransitionProblem } from '../domain/proposal-lifecycle';

/**
 * Every refusal carries `details.reason`, in Strapi's error envelope. 403s are PolicyErrors: Strapi
 * replaces any other ForbiddenError thrown behind a content-API route with a bare "Forbidden".
 */
export function refuse(reason: ProposalRefusal, extra: Record<string, unknown> = {}): never {
  const message = proposalRefusalMessages[reason].nl;
  const details = { reason, ...extra };
  switch (reason) {
    case 'not-found':
      throw new errors.NotFoundError(message, details);
    case 'not-initiator':
    case 'wrong-actor':
      throw new errors.PolicyError(message, details);
    case 'incomplete':
    case 'missing-field':
    case 'unknown-topic':
    case 'unknown-district':
    case 'invitation-invalid':
      throw new errors.ValidationError(message, details);
    default:
      throw new errors.ApplicationError(message, details);
  }
}

/** Field problems the portal shows next to each field: details.errors = [{ path, message }]. */
export function refuseFields(reason: 'incomplete' | 'missing-field', problems: readonly FieldProblem[]): never {
  const first = problems[0]?.message;
  throw new errors.ValidationError(first ?? proposalRefusalMessages[reason].nl, {
    reason,
    errors: problems.map((problem) => ({ path: problem.path, message: problem.message })),
  });
}

export function refusePlan(problem: TransitionProblem): never {
  if (problem.problem === 'wrong-stage') refuse('wrong-stage', { allowedFrom: problem.allowedFrom });
  if (problem.problem === 'wrong-actor') refuse('wrong-actor');
  const names = { reason: 'een openbare motivering', outcome: 'de uitkomst', answer: 'het officiële antwoord' };
  refuseFields(
    'missing-field',
    problem.fields.map((field) => ({
      path: [field],
      message: `Vul ${names[field]} in.`,
    })),
  );
}
