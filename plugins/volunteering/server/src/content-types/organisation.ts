import { ORGANISATION_APPROVALS } from '../../../shared/vocabulary';
import { LIMITS } from '../../../shared/contracts';
import { USER, pluginOptions } from './shared-options';

/** An account's organisation profile; it may post requests as the organisation once staff approved it. */
export const organisation = {
  kind: 'collectionType',
  collectionName: 'volunteering_organisations',
  info: {
    singularName: 'organisation',
    pluralName: 'organisations',
    displayName: 'Organisatie (vrijwilligerswerk)',
    description: 'Een organisatie die hulpvragen plaatst; de stad keurt ze eerst goed.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: USER, private: true },
    name: { type: 'string', required: true, maxLength: LIMITS.organisationName.max },
    description: { type: 'text', maxLength: LIMITS.organisationDescription.max },
    website: { type: 'string', maxLength: LIMITS.website.max },
    approval: { type: 'enumeration', enum: [...ORGANISATION_APPROVALS], required: true, default: 'pending' },
    rejectionReason: { type: 'text', maxLength: LIMITS.moderationNote.max },
    reviewedAt: { type: 'datetime' },
  },
} as const;
