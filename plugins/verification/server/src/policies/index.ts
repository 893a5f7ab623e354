import type { Core } from '@strapi/strapi';

export default {
  /** The route needs a logged-in account (role permissions alone would let a misconfigured public role in). */
  'is-authenticated': (
    policyContext: { state: { user?: unknown } },
    _config: unknown,
    _deps: { strapi: Core.Strapi },
  ) => Boolean(policyContext.state.user),
};
