/** The resident's organisation profile, abuse reports, and the public per-district overview. */
import type { Core } from '@strapi/strapi';
import { organisationInputSchema, reportInputSchema } from '../../../shared/contracts';
import { getService } from '../get-service';
import { bodyData, parseInput } from '../validation';
import { accountOf, type Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOrganisation(ctx: Ctx) {
    return { data: await getService(strapi, 'organisations').getMine(accountOf(ctx)) };
  },
  async saveOrganisation(ctx: Ctx) {
    const input = parseInput(organisationInputSchema, bodyData(ctx.request.body));
    return { data: await getService(strapi, 'organisations').saveMine(accountOf(ctx), input) };
  },
  async report(ctx: Ctx) {
    const input = parseInput(reportInputSchema, bodyData(ctx.request.body));
    const data = await getService(strapi, 'reports').create(accountOf(ctx), input);
    ctx.status = 201;
    return { data };
  },
  async districts() {
    return { data: await getService(strapi, 'statistics').perDistrict() };
  },
});
