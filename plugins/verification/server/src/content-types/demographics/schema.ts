/**
 * What a person chose to tell about themselves, once and optionally, so the city sees which groups
 * it reaches (product.md §14). Every field may stay empty; `answeredAt` records that the question was
 * asked, so the portal does not ask again. Never shown to other residents; deleted with the account.
 */
import { AGE_BANDS, EDUCATION_LEVELS } from '../../../../shared/contracts';

export default {
  kind: 'collectionType',
  collectionName: 'account_demographics',
  info: {
    singularName: 'demographics',
    pluralName: 'demographics-answers',
    displayName: 'Profielvragen (optioneel)',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: 'plugin::users-permissions.user', private: true },
    ageBand: { type: 'enumeration', enum: [...AGE_BANDS] },
    /** A district slug of the CMS's districts; self-declared, so never proof of residence for gating. */
    district: { type: 'string', maxLength: 80 },
    educationLevel: { type: 'enumeration', enum: [...EDUCATION_LEVELS] },
    answeredAt: { type: 'datetime', required: true },
  },
};
