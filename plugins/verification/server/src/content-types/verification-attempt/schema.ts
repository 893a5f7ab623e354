/**
 * A verification in progress: what the callback needs to check the provider's answer (state,
 * nonce, PKCE verifier), bound to the account that started it. Short-lived and used once: the
 * callback deletes the row before it talks to the provider, so a replayed callback finds nothing.
 */
export default {
  kind: 'collectionType',
  collectionName: 'verification_attempts',
  info: {
    singularName: 'verification-attempt',
    pluralName: 'verification-attempts',
    displayName: 'e-ID-verificatiepoging',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    user: { type: 'relation', relation: 'manyToOne', target: 'plugin::users-permissions.user', private: true },
    /** SHA-256 of the state: a database reader cannot complete someone else's attempt with it. */
    stateHash: { type: 'string', required: true, private: true, column: { unique: true } },
    nonce: { type: 'string', required: true, private: true },
    codeVerifier: { type: 'string', required: true, private: true },
    expiresAt: { type: 'datetime', required: true },
  },
};
