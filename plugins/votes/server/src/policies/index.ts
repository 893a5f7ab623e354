import isParticipationOfficer from './is-participation-officer';

export default { 'is-participation-officer': isParticipationOfficer };
