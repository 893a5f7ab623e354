/**
 * One e-ID verification per account. Holds derived facts only: never the national number, never
 * tokens or userinfo (eid.md "What we store"). Hidden from the admin panel.
 */
export default {
  kind: 'collectionType',
  collectionName: 'verification_records',
  info: {
    singularName: 'verification',
    pluralName: 'verifications',
    displayName: 'e-ID-verificatie',
    description: 'Afgeleide gegevens van een e-ID-verificatie; nooit het rijksregisternummer.',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: 'plugin::users-permissions.user', private: true },
    /** HMAC-SHA256(secret, "be-nrn:v1:" + number); unique, so one person verifies one account. */
    verificationKey: { type: 'string', required: true, private: true, column: { unique: true } },
    birthYear: { type: 'integer', required: true },
    /** The minimum age checked when verifying; age only grows, so it stays true. */
    minimumAgeConfirmed: { type: 'integer', required: true },
    assuranceLevel: { type: 'integer', required: true },
    method: {
      type: 'enumeration',
      enum: ['eid-card', 'itsme', 'one-time-code', 'password', 'unknown'],
      required: true,
    },
    issuer: { type: 'string', required: true },
    verifiedAt: { type: 'datetime', required: true },
    expiresAt: { type: 'datetime', required: true },
    /** Only when the city keeps names (VERIFICATION_KEEP_NAMES); locked, the user cannot edit them. */
    givenName: { type: 'string', private: true },
    surname: { type: 'string', private: true },
  },
};
