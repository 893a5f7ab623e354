/**
 * The plugin's content types (`plugin::volunteering.*`). Draft & publish is off: a post is live
 * as soon as it is created, and visibility is the owner's `visible` switch plus the moderator's
 * `hiddenByModerator`. Contact fields are private, so no generic Strapi sanitizer ever outputs
 * them; the plugin's own responses are built field by field (domain/presenting.ts).
 *
 * Staff see these types in the admin content manager; the content-type builder hides them, so the
 * schema stays in code.
 */
import { abuseReport } from './abuse-report';
import { helpRequest } from './help-request';
import { match } from './match';
import { matchMessage } from './match-message';
import { moderationSetting } from './moderation-setting';
import { offer } from './offer';
import { organisation } from './organisation';

export const CONTENT_TYPES = {
  offer: 'plugin::volunteering.offer',
  helpRequest: 'plugin::volunteering.help-request',
  organisation: 'plugin::volunteering.organisation',
  match: 'plugin::volunteering.match',
  matchMessage: 'plugin::volunteering.match-message',
  abuseReport: 'plugin::volunteering.abuse-report',
  moderationSetting: 'plugin::volunteering.moderation-setting',
} as const;

export default {
  offer: { schema: offer },
  'help-request': { schema: helpRequest },
  organisation: { schema: organisation },
  match: { schema: match },
  'match-message': { schema: matchMessage },
  'abuse-report': { schema: abuseReport },
  'moderation-setting': { schema: moderationSetting },
};
