import { createMatchesService } from './matches';
import { createModerationService } from './moderation';
import { createNotificationsService } from './notifications';
import { createOffersService } from './offers';
import { createOrganisationsService } from './organisations';
import { createPersonalDataService } from './personal-data';
import { createReportsService } from './reports';
import { createRequestsService } from './requests';
import { createStatisticsService } from './statistics';
import { createWordsService } from './words';

export default {
  offers: createOffersService,
  requests: createRequestsService,
  matches: createMatchesService,
  organisations: createOrganisationsService,
  reports: createReportsService,
  moderation: createModerationService,
  statistics: createStatisticsService,
  notifications: createNotificationsService,
  words: createWordsService,
  'personal-data': createPersonalDataService,
};
