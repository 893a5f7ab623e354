/**
 * A requested change of e-mail address, waiting for the click on the link sent to the NEW address.
 * The account keeps its old address (and can still log in) until then. Only a hash of the link's
 * token is kept; the row goes when used, replaced, expired, or when the account is deleted.
 */
export default {
  kind: 'collectionType',
  collectionName: 'account_email_changes',
  info: {
    singularName: 'email-change',
    pluralName: 'email-changes',
    displayName: 'Gevraagde wijziging van e-mailadres',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: 'plugin::users-permissions.user', private: true },
    newEmail: { type: 'email', required: true, private: true },
    tokenHash: { type: 'string', required: true, private: true, column: { unique: true } },
    expiresAt: { type: 'datetime', required: true },
  },
};
