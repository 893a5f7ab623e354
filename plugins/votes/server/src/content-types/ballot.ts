/**
 * A ballot: something people vote on once each. It belongs to something votable (its subject: a
 * proposal's support, a poll, an idea, a nomination round), named by type and documentId so the
 * engine needs to know nothing about it. Created by the owning plugin through the ballots service.
 */
import { BALLOT_KINDS, RESULTS_VISIBILITIES } from '../../../shared/contracts';

export default {
  kind: 'collectionType',
  collectionName: 'votes_ballots',
  info: {
    singularName: 'ballot',
    pluralName: 'ballots',
    displayName: 'Stemming',
    description: 'Eén stemming (steun, keuze, ja/nee); aangemaakt door het onderdeel waarop gestemd wordt.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    /**
     * Stable name of the ballot, e.g. `proposal:<documentId>`. Part of each voter key's derivation
     * (plugins/verification: voterKey = HMAC(secret, "ballot:v1:" + key + verificationKey)).
     */
    key: { type: 'string', required: true, unique: true, maxLength: 200 },
    subjectType: { type: 'string', required: true, maxLength: 40 },
    subjectId: { type: 'string', required: true, maxLength: 64 },
    title: { type: 'string', required: true, maxLength: 300 },
    kind: { type: 'enumeration', enum: [...BALLOT_KINDS], required: true },
    /** [{ key, label }] for single and multiple choice; empty for support and yes/no. */
    options: { type: 'json', required: true },
    maxChoices: { type: 'integer', required: true, min: 1, default: 1 },
    opensAt: { type: 'datetime', required: true },
    closesAt: { type: 'datetime' },
    /** { minimumAge?, allowedDistricts? }, asked of the gating service when someone votes. */
    eligibility: { type: 'json', required: true },
    resultsVisibility: { type: 'enumeration', enum: [...RESULTS_VISIBILITIES], required: true, default: 'live' },
  },
  indexes: [{ name: 'votes_ballots_subject_idx', columns: ['subject_type', 'subject_id'] }],
};
