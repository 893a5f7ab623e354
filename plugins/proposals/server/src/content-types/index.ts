import agendaItem from './agenda-item';
import coInitiator from './co-initiator';
import councilMeeting from './council-meeting';
import follow from './follow';
import proposal from './proposal';
import transition from './transition';

export const PROPOSAL_UID = 'plugin::proposals.proposal';
export const TRANSITION_UID = 'plugin::proposals.transition';
export const CO_INITIATOR_UID = 'plugin::proposals.co-initiator';
export const FOLLOW_UID = 'plugin::proposals.follow';
export const MEETING_UID = 'plugin::proposals.council-meeting';
export const AGENDA_ITEM_UID = 'plugin::proposals.agenda-item';
export const USER_UID = 'plugin::users-permissions.user';

export const TABLES = {
  proposals: proposal.collectionName,
  transitions: transition.collectionName,
  coInitiators: coInitiator.collectionName,
} as const;

export default {
  proposal: { schema: proposal },
  transition: { schema: transition },
  'co-initiator': { schema: coInitiator },
  follow: { schema: follow },
  'council-meeting': { schema: councilMeeting },
  'agenda-item': { schema: agendaItem },
};
