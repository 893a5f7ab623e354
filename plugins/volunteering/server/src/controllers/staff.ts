/** Staff endpoints on the admin API: moderation and the city's statistics. */
import type { Core } from '@strapi/strapi';
import {
  blockedWordsSchema,
  documentIdSchema,
  moderationListQuerySchema,
  organisationReviewSchema,
  reportResolutionSchema,
} from '../../../shared/contracts';
import { getService } from '../get-service';
import { bodyData, parseInput } from '../validation';
import { idParam, type Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const moderation = () => getService(strapi, 'moderation');
  const id = (ctx: Ctx) => parseInput(documentIdSchema, idParam(ctx));
  return {
    async organisations(ctx: Ctx) {
      const { approval } = parseInput(moderationListQuerySchema, ctx.query);
      return { data: await getService(strapi, 'organisations').listForStaff(approval) };
    },
    async reviewOrganisation(ctx: Ctx) {
      const input = parseInput(organisationReviewSchema, bodyData(ctx.request.body));
      return { data: await getService(strapi, 'organisations').review(id(ctx), input.approval, input.reason) };
    },
    async offers() {
      return { data: await moderation().listOffers() };
    },
    async requests() {
      return { data: await moderation().listRequests() };
    },
    async hideOffer(ctx: Ctx) {
      return { data: await moderation().setOfferHidden(id(ctx), true) };
    },
    async showOffer(ctx: Ctx) {
      return { data: await moderation().setOfferHidden(id(ctx), false) };
    },
    async hideRequest(ctx: Ctx) {
      return { data: await moderation().setRequestHidden(id(ctx), true) };
    },
    async showRequest(ctx: Ctx) {
      return { data: await moderation().setRequestHidden(id(ctx), false) };
    },
    async blockAccount(ctx: Ctx) {
      return { data: await moderation().setAccountBlocked(id(ctx), true) };
    },
    async unblockAccount(ctx: Ctx) {
      return { data: await moderation().setAccountBlocked(id(ctx), false) };
    },
    async reports(ctx: Ctx) {
      const { state } = parseInput(moderationListQuerySchema, ctx.query);
      return { data: await getService(strapi, 'reports').listForStaff(state) };
    },
    async resolveReport(ctx: Ctx) {
      const input = parseInput(reportResolutionSchema, bodyData(ctx.request.body));
      return { data: await getService(strapi, 'reports').resolve(id(ctx), input.outcome, input.note) };
    },
    async blockedWords() {
      return { data: await getService(strapi, 'words').current() };
    },
    async replaceBlockedWords(ctx: Ctx) {
      const input = parseInput(blockedWordsSchema, bodyData(ctx.request.body));
      return { data: await getService(strapi, 'words').replace(input) };
    },
    async statistics() {
      return { data: await getService(strapi, 'statistics').forCity() };
    },
  };
};
