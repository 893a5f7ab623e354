/**
 * Staff actions on participation (screening proposals, paper votes, audits) belong to the
 * participation officer (admin role code `participation-officer`, created by the CMS bootstrap)
 * and the super admin. Checked on the server for every admin route that needs it, whatever the
 * admin panel shows.
 */
import { errors } from '@strapi/utils';

export const PARTICIPATION_OFFICER_ROLE_CODE = 'participation-officer';
const ALLOWED_ROLE_CODES = new Set([PARTICIPATION_OFFICER_ROLE_CODE, 'strapi-super-admin']);

interface PolicyContext {
  state: { user?: { roles?: Array<{ code?: string }> } };
}

export default (policyContext: PolicyContext): true => {
  const roles = policyContext.state.user?.roles ?? [];
  if (roles.some((role) => role.code !== undefined && ALLOWED_ROLE_CODES.has(role.code))) return true;
  throw new errors.PolicyError('Alleen de participatieambtenaar mag dit doen.', {
    role: PARTICIPATION_OFFICER_ROLE_CODE,
  });
};
