import { REPORT_REASON_CODES, REPORT_STATES, REPORT_TARGETS } from '../../../shared/vocabulary';
import { LIMITS } from '../../../shared/contracts';
import { USER, pluginOptions } from './shared-options';

/** A resident's report of an offer, request, message or organisation, handled by staff. */
export const abuseReport = {
  kind: 'collectionType',
  collectionName: 'volunteering_abuse_reports',
  info: {
    singularName: 'abuse-report',
    pluralName: 'abuse-reports',
    displayName: 'Melding van misbruik',
    description: 'Meldingen van inwoners over vrijwilligersaanbod, hulpvragen, berichten of organisaties.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    reporter: { type: 'relation', relation: 'manyToOne', target: USER, private: true },
    targetType: { type: 'enumeration', enum: [...REPORT_TARGETS], required: true },
    targetId: { type: 'string', required: true, maxLength: 40 },
    reason: { type: 'enumeration', enum: [...REPORT_REASON_CODES], required: true },
    explanation: { type: 'text', maxLength: LIMITS.explanation.max },
    state: { type: 'enumeration', enum: [...REPORT_STATES], required: true, default: 'open' },
    resolutionNote: { type: 'text', maxLength: LIMITS.moderationNote.max },
    handledAt: { type: 'datetime' },
  },
} as const;
