/**
 * A typed face on the Document Service for this plugin's content types. Strapi types
 * `strapi.documents()` from the app's generated UIDs, which a plugin built on its own does not
 * have; this is the one place that bridges the two.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from './content-types';
import type {
  HelpRequestRecord,
  MatchRecord,
  MessageRecord,
  OfferRecord,
  OrganisationRecord,
  ReportRecord,
} from './domain/records';

type Params = Record<string, unknown>;

export interface Documents<T> {
  findMany(params?: Params): Promise<T[]>;
  findOne(params: { documentId: string } & Params): Promise<T | null>;
  findFirst(params?: Params): Promise<T | null>;
  create(params: { data: Params } & Params): Promise<T>;
  update(params: { documentId: string; data: Params } & Params): Promise<T>;
  delete(params: { documentId: string }): Promise<unknown>;
  count(params?: Params): Promise<number>;
}

export interface ModerationSettingRecord {
  id: number;
  documentId: string;
  blockedWordsNl: string | null;
  blockedWordsFr: string | null;
}

export interface UserRecord {
  id: number;
  documentId: string;
  username: string;
  email: string;
  confirmed: boolean | null;
  blocked: boolean | null;
}

export const USER_UID = 'plugin::users-permissions.user';

function documents<T>(strapi: Core.Strapi, uid: string): Documents<T> {
  return strapi.documents(uid as never) as unknown as Documents<T>;
}

export function createStore(strapi: Core.Strapi) {
  return {
    offers: documents<OfferRecord>(strapi, CONTENT_TYPES.offer),
    requests: documents<HelpRequestRecord>(strapi, CONTENT_TYPES.helpRequest),
    organisations: documents<OrganisationRecord>(strapi, CONTENT_TYPES.organisation),
    matches: documents<MatchRecord>(strapi, CONTENT_TYPES.match),
    messages: documents<MessageRecord>(strapi, CONTENT_TYPES.matchMessage),
    reports: documents<ReportRecord>(strapi, CONTENT_TYPES.abuseReport),
    settings: documents<ModerationSettingRecord>(strapi, CONTENT_TYPES.moderationSetting),
    users: documents<UserRecord>(strapi, USER_UID),
  };
}
export type Store = ReturnType<typeof createStore>;

/**
 * Runs `work` in one database transaction with the help request's row locked (PostgreSQL; SQLite
 * serialises writers anyway), so two accepts racing for the last place cannot both win.
 */
export async function withRequestLocked<T>(
  strapi: Core.Strapi,
  requestDocumentId: string,
  work: () => Promise<T>,
): Promise<T> {
  return strapi.db.transaction(async () => {
    await strapi.db
      .queryBuilder(CONTENT_TYPES.helpRequest as never)
      .select(['id'])
      .where({ documentId: requestDocumentId })
      .forUpdate()
      .first()
      .execute();
    return work();
  });
}
