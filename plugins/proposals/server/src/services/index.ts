import { createAgendaService } from './agenda';
import { createDeadlinesService } from './deadlines';
import { createInvitationsService } from './invitations';
import { createLifecycleService } from './lifecycle';
import { createNotifierService } from './notifier';
import { createPersonalDataService } from './personal-data';
import { createProposalsService } from './proposals';
import { createSettingsService } from './settings';
import { createStaffService } from './staff';

export default {
  settings: createSettingsService,
  proposals: createProposalsService,
  lifecycle: createLifecycleService,
  agenda: createAgendaService,
  deadlines: createDeadlinesService,
  notifier: createNotifierService,
  invitations: createInvitationsService,
  staff: createStaffService,
  'personal-data': createPersonalDataService,
};
