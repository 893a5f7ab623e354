import demographics from './demographics/schema';
import emailChange from './email-change/schema';
import verification from './verification/schema';
import verificationAttempt from './verification-attempt/schema';
import voterKey from './voter-key/schema';

export const VERIFICATION_UID = 'plugin::verification.verification';
export const ATTEMPT_UID = 'plugin::verification.verification-attempt';
export const VOTER_KEY_UID = 'plugin::verification.voter-key';
export const DEMOGRAPHICS_UID = 'plugin::verification.demographics';
export const EMAIL_CHANGE_UID = 'plugin::verification.email-change';
export const USER_UID = 'plugin::users-permissions.user';

export default {
  verification: { schema: verification },
  'verification-attempt': { schema: verificationAttempt },
  'voter-key': { schema: voterKey },
  demographics: { schema: demographics },
  'email-change': { schema: emailChange },
};
