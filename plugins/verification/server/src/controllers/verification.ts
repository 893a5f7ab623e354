import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { verificationCallbackRequestSchema } from '../../../shared/contracts';
import { getService } from '../services/get-service';

function userId(ctx: Context): number {
  // The is-authenticated policy on every route guarantees a user.
  return (ctx.state.user as { id: number }).id;
}

export const createVerificationController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/verification/start → { data: { authorizationUrl, expiresAt } } */
  async start(ctx: Context) {
    const data = await getService(strapi, 'verification').start(userId(ctx));
    ctx.body = { data };
  },

  /** POST /api/verification/callback { state, code, iss } or { state, error } → { data: status } */
  async callback(ctx: Context) {
    const parsed = verificationCallbackRequestSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError(
        'Het antwoord van de aanmeldingsdienst is onvolledig. Start de verificatie opnieuw.',
        {
          reason: 'response-invalid',
        },
      );
    }
    const data = await getService(strapi, 'verification').complete(userId(ctx), parsed.data);
    ctx.body = { data };
  },

  /** GET /api/verification/me → { data: status, meta: { minimumAssuranceLevel, minimumAge } } */
  async me(ctx: Context) {
    const settings = getService(strapi, 'settings').get();
    ctx.body = {
      data: await getService(strapi, 'verification').status(userId(ctx)),
      meta: { minimumAssuranceLevel: settings.minimumAssuranceLevel, minimumAge: settings.minimumAge },
    };
  },
});
