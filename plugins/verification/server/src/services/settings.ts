import type { Core } from '@strapi/strapi';
import { parseSettings, type VerificationSettings } from '../config';

/** The validated plugin settings, parsed once. */
export const createSettingsService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: VerificationSettings | undefined;
  return {
    get(): VerificationSettings {
      cached ??= parseSettings(strapi.config.get('plugin::verification'));
      return cached;
    },
  };
};

export type SettingsService = ReturnType<typeof createSettingsService>;
