import type { Core } from '@strapi/strapi';
import { getService } from './services/get-service';

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  // Fail at start-up, not at the first verification, when a setting is missing or wrong.
  const settings = getService(strapi, 'settings').get();
  if (!settings.enabled) {
    strapi.log.warn(
      `verification: e-ID-verificatie staat UIT, want ${settings.missing.join(' en ')} ontbreekt. ` +
        'Zonder die instellingen kan niemand voorstellen indienen of stemmen. (In productie stopt Strapi dan.)',
    );
  }
  getService(strapi, 'account-settings').installPasswordRule();
}
