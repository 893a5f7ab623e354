/**
 * Staff routes (admin API, participation officer only): paper votes entered at the counter and the
 * audit of a ballot (counters against a recount of the stored votes).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { offlineVoteRequestSchema, voteRefusalMessages } from '../../../shared/contracts';
import { getService } from '../services/get-service';
import { ballotIdFrom } from './ballots';

export const createStaffController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /votes/ballots/:documentId/audit → { data: audit } */
  async audit(ctx: Context) {
    const ballot = await getService(strapi, 'ballots').findByDocumentId(ballotIdFrom(ctx));
    if (!ballot) throw new errors.NotFoundError(voteRefusalMessages['unknown-ballot'].nl, { reason: 'unknown-ballot' });
    ctx.body = { data: await getService(strapi, 'casting').audit(ballot) };
  },

  /** POST /votes/ballots/:documentId/offline-votes { nationalNumber, choices } → { data: receipt } */
  async castOffline(ctx: Context) {
    const documentId = ballotIdFrom(ctx);
    const body = offlineVoteRequestSchema.safeParse(ctx.request.body ?? {});
    if (!body.success) {
      throw new errors.ValidationError('Vul het rijksregisternummer van de kiezer en de gekozen optie(s) in.', {
        fields: body.error.issues.map((issue) => issue.path.join('.')),
      });
    }
    const ballot = await getService(strapi, 'ballots').findByDocumentId(documentId);
    if (!ballot) throw new errors.NotFoundError(voteRefusalMessages['unknown-ballot'].nl, { reason: 'unknown-ballot' });
    const voterKey = await getService(strapi, 'voters').voterKeyForPaperVote(body.data.nationalNumber, ballot.key);
    const admin = ctx.state.user as { id: number };
    ctx.body = {
      data: await getService(strapi, 'casting').castOffline({
        ballotDocumentId: documentId,
        voterKey,
        requested: body.data.choices,
        enteredByAdminId: admin.id,
      }),
    };
  },
});
