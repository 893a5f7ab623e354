/**
 * Help requests in the site-wide search (plugins/search): open, visible requests only, with their
 * public fields only. The `entry` schema is the allow-list: anything it does not name (contact
 * details, the poster's account) is stripped before `toDocument` runs, and a request that is not
 * open, is hidden, or whose poster is blocked fails the schema and is removed from the index.
 * The search plugin re-indexes a request whenever the Document Service writes it, so accepting
 * the last volunteer, closing, hiding and the hourly expiry job all take it out of search.
 */
import { z } from 'zod';
import { PORTAL_PATHS } from '../../shared/paths';
import { CATEGORIES, CATEGORY_CODES, DISTRICTS, DISTRICT_CODES } from '../../shared/vocabulary';
import { CONTENT_TYPES } from './content-types';

/** The shape plugins/search expects (its SearchableType), declared here so the plugins stay apart. */
export interface SearchableTypeDeclaration<Entry> {
  uid: string;
  type: string;
  populate: Record<string, unknown>;
  entry: z.ZodType<Entry>;
  toDocument(entry: Entry): {
    title: string;
    summary?: string | null;
    body?: string | null;
    path: string;
    topics?: readonly string[];
    districts?: readonly string[];
    status?: 'open' | null;
    date?: string | null;
    recentAt?: string | null;
    activity: number;
  };
}

const openRequestEntry = z.object({
  documentId: z.string(),
  title: z.string(),
  description: z.string(),
  categories: z.array(z.enum(CATEGORY_CODES)),
  district: z.enum(DISTRICT_CODES),
  untilDate: z.string(),
  createdAt: z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString() : value)),
  lifecycle: z.literal('open'),
  hiddenByModerator: z.literal(false),
  poster: z.object({ blocked: z.boolean().nullish() }).refine((poster) => poster.blocked !== true),
});

const SUMMARY_LENGTH = 280;

export const helpRequestSearchType: SearchableTypeDeclaration<z.output<typeof openRequestEntry>> = {
  uid: CONTENT_TYPES.helpRequest,
  type: 'volunteer-request',
  populate: { poster: { fields: ['blocked'] } },
  entry: openRequestEntry,
  toDocument(request) {
    return {
      title: request.title,
      summary:
        request.description.length > SUMMARY_LENGTH
          ? `${request.description.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`
          : request.description,
      body: request.description,
      path: PORTAL_PATHS.request(request.documentId),
      topics: request.categories.map((category) => CATEGORIES[category].nl),
      districts: [DISTRICTS[request.district].nl],
      status: 'open',
      date: request.untilDate,
      recentAt: request.createdAt,
      activity: 2,
    };
  },
};
