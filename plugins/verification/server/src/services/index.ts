import { createAccountSettingsService } from './account-settings';
import { createAttemptsService } from './attempts';
import { createDemographicsService } from './demographics';
import { createEmailChangeService } from './email-change';
import { createGatingService } from './gating';
import { createPersonalDataService } from './personal-data';
import { createRelyingPartyService } from './relying-party';
import { createSettingsService } from './settings';
import { createVerificationService } from './verification';
import { createVoterKeysService } from './voter-keys';

export default {
  settings: createSettingsService,
  'relying-party': createRelyingPartyService,
  attempts: createAttemptsService,
  verification: createVerificationService,
  gating: createGatingService,
  'voter-keys': createVoterKeysService,
  'account-settings': createAccountSettingsService,
  'personal-data': createPersonalDataService,
  demographics: createDemographicsService,
  'email-change': createEmailChangeService,
};
