/** The optional profile answers of one account (content type demographics). */
import type { Core } from '@strapi/strapi';
import type { Demographics, DemographicsRequest } from '../../../shared/contracts';
import { DEMOGRAPHICS_UID } from '../content-types';

interface DemographicsRow {
  id: number;
  ageBand: Demographics['ageBand'];
  district: string | null;
  educationLevel: Demographics['educationLevel'];
  answeredAt: string | Date;
}

export const createDemographicsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const rowOf = (userId: number) =>
    strapi.db.query(DEMOGRAPHICS_UID).findOne({ where: { user: { id: userId } } }) as Promise<DemographicsRow | null>;

  return {
    async forUser(userId: number): Promise<Demographics | null> {
      const row = await rowOf(userId);
      if (!row) return null;
      return {
        ageBand: row.ageBand ?? null,
        district: row.district ?? null,
        educationLevel: row.educationLevel ?? null,
        answeredAt: new Date(row.answeredAt).toISOString(),
      };
    },

    /** Replaces the answers (one row per account; answering with all nulls is "rather not say"). */
    async save(userId: number, answers: DemographicsRequest): Promise<Demographics> {
      const data = { ...answers, answeredAt: new Date() };
      const existing = await rowOf(userId);
      if (existing) await strapi.db.query(DEMOGRAPHICS_UID).update({ where: { id: existing.id }, data });
      else await strapi.db.query(DEMOGRAPHICS_UID).create({ data: { ...data, user: userId } });
      return { ...answers, answeredAt: data.answeredAt.toISOString() };
    },

    async forgetUsers(userIds: number[]): Promise<void> {
      if (userIds.length === 0) return;
      await strapi.db.query(DEMOGRAPHICS_UID).deleteMany({ where: { user: { id: { $in: userIds } } } });
    },
  };
};
