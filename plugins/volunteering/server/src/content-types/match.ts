import { MATCH_LIFECYCLES, MATCH_SIDES } from '../../../shared/vocabulary';
import { LIMITS } from '../../../shared/contracts';
import { USER, pluginOptions } from './shared-options';

/**
 * A volunteer and a help request brought together, by the volunteer responding or the requester
 * inviting. Each side's consent is a timestamp; the volunteer's contact details are copied here
 * when the match starts (from their offer or their response), the requester's stay on the request.
 */
export const match = {
  kind: 'collectionType',
  collectionName: 'volunteering_matches',
  info: {
    singularName: 'match',
    pluralName: 'matches',
    displayName: 'Vrijwilligersmatch',
    description: 'Een vrijwilliger en een hulpvraag; contactgegevens pas zichtbaar als beide kanten akkoord zijn.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    request: { type: 'relation', relation: 'manyToOne', target: 'plugin::volunteering.help-request' },
    offer: { type: 'relation', relation: 'manyToOne', target: 'plugin::volunteering.offer' },
    volunteer: { type: 'relation', relation: 'manyToOne', target: USER, private: true },
    initiatedBy: { type: 'enumeration', enum: [...MATCH_SIDES], required: true },
    lifecycle: { type: 'enumeration', enum: [...MATCH_LIFECYCLES], required: true, default: 'pending' },
    volunteerConsentAt: { type: 'datetime' },
    requesterConsentAt: { type: 'datetime' },
    acceptedAt: { type: 'datetime' },
    endedAt: { type: 'datetime' },
    endedBy: { type: 'enumeration', enum: [...MATCH_SIDES] },
    volunteerName: { type: 'string', required: true, maxLength: LIMITS.publicName.max },
    volunteerContactEmail: { type: 'email', required: true, private: true, maxLength: LIMITS.email.max },
    volunteerContactPhone: { type: 'string', private: true, maxLength: 30 },
  },
} as const;
