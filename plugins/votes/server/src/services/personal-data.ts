/**
 * What the engine holds about a person, for "download my data" (plugins/verification's
 * personal-data registry). Votes carry no account: they are found by the person's voter key in
 * each ballot, which only their own verification can derive. Nothing to erase on deletion: the
 * votes stay, unlinkable, so a returning person cannot vote twice (eid.md).
 */
import type { Core } from '@strapi/strapi';
import { BALLOT_UID, VOTE_UID } from '../content-types';
import { ballotRecordSchema, voteRecordSchema } from '../domain/records';
import { getService } from './get-service';

export const createPersonalDataService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async exportFor(userId: number) {
    const ballots = (await strapi.db.query(BALLOT_UID as never).findMany({})).map((row) =>
      ballotRecordSchema.parse(row),
    );
    const votes = [];
    for (const ballot of ballots) {
      const voterKey = await getService(strapi, 'voters').voterKey({ id: userId }, ballot.key);
      if (voterKey === null) return { votes: [] };
      const row = await strapi.db.query(VOTE_UID as never).findOne({
        where: { ballotId: ballot.id, voterKey },
        select: ['id', 'ballotId', 'choices', 'offline', 'castAt'],
      });
      if (!row) continue;
      const vote = voteRecordSchema.parse(row);
      votes.push({
        ballot: ballot.documentId,
        title: ballot.title,
        subject: { type: ballot.subjectType, documentId: ballot.subjectId },
        choices: vote.choices,
        offline: vote.offline,
        castAt: vote.castAt.toISOString(),
      });
    }
    return { votes };
  },
});
