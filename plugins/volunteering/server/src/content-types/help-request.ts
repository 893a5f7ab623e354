import { DISTRICT_CODES, POSTER_KINDS, REQUEST_LIFECYCLES } from '../../../shared/vocabulary';
import { LIMITS } from '../../../shared/contracts';
import { USER, pluginOptions } from './shared-options';

/** "What we need": a request for help posted by a resident or an approved organisation. */
export const helpRequest = {
  kind: 'collectionType',
  collectionName: 'volunteering_help_requests',
  info: {
    singularName: 'help-request',
    pluralName: 'help-requests',
    displayName: 'Hulpvraag',
    description: 'Een vraag om vrijwilligers, van een inwoner of een goedgekeurde organisatie.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    poster: { type: 'relation', relation: 'manyToOne', target: USER, private: true },
    organisation: { type: 'relation', relation: 'manyToOne', target: 'plugin::volunteering.organisation' },
    posterKind: { type: 'enumeration', enum: [...POSTER_KINDS], required: true, default: 'resident' },
    publicName: { type: 'string', required: true, maxLength: LIMITS.organisationName.max },
    title: { type: 'string', required: true, maxLength: LIMITS.title.max },
    description: { type: 'text', required: true, maxLength: LIMITS.requestDescription.max },
    categories: { type: 'json', required: true },
    district: { type: 'enumeration', enum: [...DISTRICT_CODES], required: true },
    slots: { type: 'json', required: true },
    dates: { type: 'json', required: true },
    volunteersNeeded: { type: 'integer', required: true, min: 1, max: LIMITS.volunteersNeeded.max, default: 1 },
    untilDate: { type: 'date', required: true },
    lifecycle: { type: 'enumeration', enum: [...REQUEST_LIFECYCLES], required: true, default: 'open' },
    acceptedCount: { type: 'integer', required: true, min: 0, default: 0 },
    hiddenByModerator: { type: 'boolean', required: true, default: false },
    contactEmail: { type: 'email', required: true, private: true, maxLength: LIMITS.email.max },
    contactPhone: { type: 'string', private: true, maxLength: 30 },
    closedAt: { type: 'datetime' },
  },
} as const;
