import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import {
  accountDeleteRequestSchema,
  demographicsRequestSchema,
  emailChangeConfirmSchema,
  emailChangeRequestSchema,
} from '../../../shared/contracts';
import { getService } from '../services/get-service';

const DISTRICT_UID = 'api::district.district';

function userId(ctx: Context): number {
  // The is-authenticated policy on every route guarantees a user.
  return (ctx.state.user as { id: number }).id;
}

export const createAccountController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/account/export → { data: everything the server holds about this person } */
  async export(ctx: Context) {
    ctx.set('cache-control', 'private, no-store');
    ctx.body = { data: await getService(strapi, 'personal-data').exportFor(userId(ctx)) };
  },

  /** POST /api/account/delete { password } → { data: { deleted: true } } */
  async delete(ctx: Context) {
    const parsed = accountDeleteRequestSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) throw new errors.ValidationError('Vul je wachtwoord in om je account te verwijderen.');
    await getService(strapi, 'personal-data').deleteAccount(userId(ctx), parsed.data.password);
    ctx.body = { data: { deleted: true } };
  },

  /** GET /api/account/demographics → { data: answers | null } (null: never asked yet) */
  async demographics(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'demographics').forUser(userId(ctx)) };
  },

  /** PUT /api/account/demographics { ageBand, district, educationLevel } (each nullable) → { data: answers } */
  async saveDemographics(ctx: Context) {
    const parsed = demographicsRequestSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) throw new errors.ValidationError('Deze antwoorden kunnen we niet bewaren.');
    const { district } = parsed.data;
    // The city's own districts (editorial content); an invented one would skew the reach figures.
    if (district !== null && (await strapi.db.query(DISTRICT_UID).count({ where: { slug: district } })) === 0) {
      throw new errors.ValidationError('Deze deelgemeente kennen we niet.');
    }
    ctx.body = { data: await getService(strapi, 'demographics').save(userId(ctx), parsed.data) };
  },

  /** POST /api/account/email { email, password } → { data: { sent: true } }; the link goes to the new address. */
  async requestEmailChange(ctx: Context) {
    const parsed = emailChangeRequestSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) throw new errors.ValidationError('Vul een geldig e-mailadres en je wachtwoord in.');
    await getService(strapi, 'email-change').request(userId(ctx), parsed.data.email, parsed.data.password);
    ctx.body = { data: { sent: true } };
  },

  /** POST /api/account/email/confirm { token } → { data: { email } } */
  async confirmEmailChange(ctx: Context) {
    const parsed = emailChangeConfirmSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) throw new errors.ValidationError('Deze link is onvolledig.', { reason: 'link-invalid' });
    ctx.body = { data: await getService(strapi, 'email-change').confirm(parsed.data.token) };
  },
});
