/**
 * The voter keys used in each ballot (README: "Voter keys"). No link to an account, so it
 * survives account deletion: a returning person derives the same key and cannot vote twice.
 */
export default {
  kind: 'collectionType',
  collectionName: 'verification_voter_keys',
  info: {
    singularName: 'voter-key',
    pluralName: 'voter-keys',
    displayName: 'Gebruikte stemsleutel',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    ballot: { type: 'string', required: true },
    /** HMAC(secret, "ballot:v1:" + ballot + "\n" + verificationKey); unique: one use per person and ballot. */
    voterKey: { type: 'string', required: true, private: true, column: { unique: true } },
    castAt: { type: 'datetime', required: true },
  },
};
