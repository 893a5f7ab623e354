/**
 * A co-initiator: invited by e-mail by an initiator, becomes one by accepting with a verified
 * account. Only the display name is public; the address and the token (stored hashed) are not.
 */
export default {
  kind: 'collectionType',
  collectionName: 'proposals_co_initiators',
  info: {
    singularName: 'co-initiator',
    pluralName: 'co-initiators',
    displayName: 'Mede-indiener',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    proposalDocumentId: { type: 'string', required: true, maxLength: 64 },
    /** SHA-256 of the invitation token; the token itself travels only in the e-mail. */
    tokenHash: { type: 'string', required: true, private: true, maxLength: 64 },
    invitedEmail: { type: 'email', private: true },
    invitedAt: { type: 'datetime', required: true },
    /** Set when accepted. */
    userId: { type: 'integer', private: true },
    displayName: { type: 'string', maxLength: 80 },
    acceptedAt: { type: 'datetime' },
  },
  indexes: [
    { name: 'proposals_co_initiators_token_unique', columns: ['token_hash'], type: 'unique' },
    { name: 'proposals_co_initiators_proposal_idx', columns: ['proposal_document_id'] },
  ],
};
