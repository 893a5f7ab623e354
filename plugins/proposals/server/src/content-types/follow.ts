/** A resident following a proposal: they get an e-mail on each of its stage changes. */
export default {
  kind: 'collectionType',
  collectionName: 'proposals_follows',
  info: {
    singularName: 'follow',
    pluralName: 'follows',
    displayName: 'Volger',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    proposalDocumentId: { type: 'string', required: true, maxLength: 64 },
    userId: { type: 'integer', required: true, private: true },
    followedAt: { type: 'datetime', required: true },
  },
  indexes: [
    { name: 'proposals_follows_proposal_user_unique', columns: ['proposal_document_id', 'user_id'], type: 'unique' },
  ],
};
