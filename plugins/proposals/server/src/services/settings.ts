import { readProposalSettings, type ProposalSettings } from '../domain/settings';

/** The validated settings, read once (register() reads them first, so a wrong value stops start-up). */
export const createSettingsService = () => {
  let cached: ProposalSettings | undefined;
  return {
    get(): ProposalSettings {
      cached ??= readProposalSettings(process.env);
      return cached;
    },
  };
};

export type SettingsService = ReturnType<typeof createSettingsService>;
