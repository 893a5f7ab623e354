import { createAccountController } from './account';
import { createGatingController } from './gating';
import { createVerificationController } from './verification';

export default {
  verification: createVerificationController,
  gating: createGatingController,
  account: createAccountController,
};
