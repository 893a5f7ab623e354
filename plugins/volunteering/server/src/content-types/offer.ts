import { CATEGORY_CODES, FREQUENCY_CODES } from '../../../shared/vocabulary';
import { LIMITS } from '../../../shared/contracts';
import { USER, pluginOptions } from './shared-options';

/** "What I can do": a volunteer's offer of help. */
export const offer = {
  kind: 'collectionType',
  collectionName: 'volunteering_offers',
  info: {
    singularName: 'offer',
    pluralName: 'offers',
    displayName: 'Vrijwilligersaanbod',
    description: `Wat een vrijwilliger kan doen. Categorieën: ${CATEGORY_CODES.join(', ')}.`,
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    owner: { type: 'relation', relation: 'manyToOne', target: USER, private: true },
    publicName: { type: 'string', required: true, maxLength: LIMITS.publicName.max },
    title: { type: 'string', required: true, maxLength: LIMITS.title.max },
    description: { type: 'text', required: true, maxLength: LIMITS.offerDescription.max },
    categories: { type: 'json', required: true },
    districts: { type: 'json', required: true },
    availability: { type: 'json', required: true },
    frequency: { type: 'enumeration', enum: [...FREQUENCY_CODES], required: true, default: 'recurring' },
    visible: { type: 'boolean', required: true, default: true },
    hiddenByModerator: { type: 'boolean', required: true, default: false },
    contactEmail: { type: 'email', required: true, private: true, maxLength: LIMITS.email.max },
    contactPhone: { type: 'string', private: true, maxLength: 30 },
  },
} as const;
