import { MATCH_SIDES } from '../../../shared/vocabulary';
import { LIMITS } from '../../../shared/contracts';
import { USER, pluginOptions } from './shared-options';

/** A message between the two sides of a match, kept on the platform so no address is exchanged. */
export const matchMessage = {
  kind: 'collectionType',
  collectionName: 'volunteering_match_messages',
  info: {
    singularName: 'match-message',
    pluralName: 'match-messages',
    displayName: 'Bericht bij een match',
    description: 'Berichten tussen vrijwilliger en hulpvrager via het platform.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    match: { type: 'relation', relation: 'manyToOne', target: 'plugin::volunteering.match' },
    sender: { type: 'relation', relation: 'manyToOne', target: USER, private: true },
    senderSide: { type: 'enumeration', enum: [...MATCH_SIDES], required: true },
    body: { type: 'text', required: true, maxLength: LIMITS.message.max },
  },
} as const;
