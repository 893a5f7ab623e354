import { createGatingController } from './gating';
import { createVerificationController } from './verification';

export default {
  verification: createVerificationController,
  gating: createGatingController,
};
