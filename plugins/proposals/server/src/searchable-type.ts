/**
 * Proposals in the site search (plugins/search): only public stages, only public fields. The
 * declaration has the shape of the search plugin's `SearchableType` (see its registry service);
 * plugins are compiled on their own, so the shape is written out here rather than imported.
 *
 * A proposal that is not public fails the `entry` schema (its stage is not in the list), so the
 * indexer keeps it out of the index (and removes it if it was there).
 */
import { z } from 'zod';
import { PORTAL_PATHS, PUBLIC_STAGES, type PublicStage } from '../../shared/contracts';

/** The search plugin's status facet and activity ranks (plugins/search/shared/search-contract.ts). */
type SearchStatus = 'planned' | 'open' | 'active' | 'closed' | 'completed';
const RUNNING = 2;
const FINISHED = 0;

const STATUS: Record<PublicStage, { status: SearchStatus; activity: number }> = {
  'open-for-support': { status: 'open', activity: RUNNING },
  'threshold-reached': { status: 'active', activity: RUNNING },
  'on-agenda': { status: 'active', activity: RUNNING },
  'in-progress': { status: 'active', activity: RUNNING },
  answered: { status: 'completed', activity: FINISHED },
  expired: { status: 'closed', activity: FINISHED },
  'not-within-competence': { status: 'closed', activity: FINISHED },
};

const named = z
  .object({ name: z.string() })
  .nullish()
  .transform((item) => item?.name ?? null);

const entry = z.object({
  documentId: z.string(),
  title: z.string(),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  stage: z.enum(PUBLIC_STAGES),
  initiatorDisplayName: z.string(),
  officialAnswer: z.string().nullish(),
  competenceReason: z.string().nullish(),
  publicSince: z.string().nullish(),
  updatedAt: z.string().nullish(),
  topic: named,
  district: named,
});
type Entry = z.infer<typeof entry>;

export const proposalSearchableType = {
  uid: 'plugin::proposals.proposal',
  type: 'proposal',
  populate: { topic: { fields: ['name'] }, district: { fields: ['name'] } },
  entry,
  toDocument(proposal: Entry) {
    const { status, activity } = STATUS[proposal.stage];
    return {
      title: proposal.title,
      summary: proposal.summary ?? null,
      body: [proposal.body, proposal.competenceReason, proposal.officialAnswer, proposal.initiatorDisplayName]
        .filter(Boolean)
        .join('\n'),
      path: PORTAL_PATHS.proposal(proposal.documentId),
      topics: [proposal.topic],
      districts: [proposal.district],
      status,
      date: proposal.publicSince ?? null,
      recentAt: proposal.updatedAt ?? null,
      activity,
    };
  },
};
