import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { gatingDecideRequestSchema } from '../../../shared/contracts';
import type { AccountLike } from '../services/gating';
import { getService } from '../services/get-service';

export const createGatingController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/gating/decide { action, context } → { data: decision }; open to anonymous visitors too. */
  async decide(ctx: Context) {
    const parsed = gatingDecideRequestSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError('Ongeldige vraag', {
        issues: parsed.error.issues.map((issue) => issue.message),
      });
    }
    const account = (ctx.state.user as AccountLike | undefined) ?? null;
    ctx.body = { data: await getService(strapi, 'gating').decide(account, parsed.data.action, parsed.data.context) };
  },
});
