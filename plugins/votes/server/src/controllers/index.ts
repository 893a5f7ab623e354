import { createBallotsController } from './ballots';
import { createStaffController } from './staff';

export default {
  ballots: createBallotsController,
  staff: createStaffController,
};
