/**
 * Every stage change of a proposal, as the public timeline shows it: when, what, and who by role.
 * For a resident that is the initiator's public display name, never an account.
 */
import { ACTOR_ROLES, STAGES, TRANSITION_ACTIONS } from '../../../shared/contracts';

export default {
  kind: 'collectionType',
  collectionName: 'proposals_transitions',
  info: {
    singularName: 'transition',
    pluralName: 'transitions',
    displayName: 'Faseovergang',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    proposalDocumentId: { type: 'string', required: true, maxLength: 64 },
    action: { type: 'enumeration', enum: [...TRANSITION_ACTIONS], required: true },
    fromStage: { type: 'enumeration', enum: [...STAGES], required: true },
    toStage: { type: 'enumeration', enum: [...STAGES], required: true },
    actorRole: { type: 'enumeration', enum: [...ACTOR_ROLES], required: true },
    /** What the timeline shows as actor: the initiator's display name, or the role's label. */
    actorLabel: { type: 'string', required: true, maxLength: 80 },
    note: { type: 'text' },
    at: { type: 'datetime', required: true },
  },
  indexes: [{ name: 'proposals_transitions_proposal_idx', columns: ['proposal_document_id', 'at'] }],
};
