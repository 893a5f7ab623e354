/**
 * A citizen proposal (burgervoorstel). Its stage moves only through the lifecycle service
 * (domain/proposal-lifecycle.ts); its support count only inside a support's transaction (the
 * votes engine calls back, see services/support-subject.ts). Residents appear only by the display
 * name the initiator chose; the account behind it is private.
 */
import { ANSWER_OUTCOMES, STAGES } from '../../../shared/contracts';

export default {
  kind: 'collectionType',
  collectionName: 'proposals_proposals',
  info: {
    singularName: 'proposal',
    pluralName: 'proposals',
    displayName: 'Burgervoorstel',
    description: 'Voorstel van een inwoner; fasen en steun worden door het platform bijgehouden.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 160 },
    summary: { type: 'text' },
    body: { type: 'text' },
    topic: { type: 'relation', relation: 'manyToOne', target: 'api::topic.topic' },
    district: { type: 'relation', relation: 'manyToOne', target: 'api::district.district' },
    stage: { type: 'enumeration', enum: [...STAGES], required: true, default: 'draft' },
    initiator: { type: 'relation', relation: 'manyToOne', target: 'plugin::users-permissions.user', private: true },
    initiatorDisplayName: { type: 'string', required: true, maxLength: 80 },
    supportCount: { type: 'integer', required: true, default: 0, min: 0 },
    /** Fixed from the setting when the proposal opens, so a later change of the setting is not retroactive. */
    supportThreshold: { type: 'integer' },
    supportOpensAt: { type: 'datetime' },
    supportClosesAt: { type: 'datetime' },
    /** The votes engine ballot that holds the supports. */
    ballotDocumentId: { type: 'string', maxLength: 64 },
    publicSince: { type: 'datetime' },
    submittedAt: { type: 'datetime' },
    thresholdReachedAt: { type: 'datetime' },
    competenceReason: { type: 'text' },
    answerOutcome: { type: 'enumeration', enum: [...ANSWER_OUTCOMES] },
    officialAnswer: { type: 'text' },
    answeredAt: { type: 'datetime' },
  },
  indexes: [{ name: 'proposals_stage_closes_idx', columns: ['stage', 'support_closes_at'] }],
};
