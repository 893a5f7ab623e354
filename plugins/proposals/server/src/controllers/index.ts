import { createMeetingsController } from './meetings';
import { createProposalsController } from './proposals';
import { createStaffController } from './staff';

export default {
  proposals: createProposalsController,
  meetings: createMeetingsController,
  staff: createStaffController,
};
