import { pluginOptions } from './shared-options';

/** Staff-maintained moderation settings: the blocked words, one per line, Dutch and French. */
export const moderationSetting = {
  kind: 'singleType',
  collectionName: 'volunteering_moderation_settings',
  info: {
    singularName: 'moderation-setting',
    pluralName: 'moderation-settings',
    displayName: 'Moderatie vrijwilligerswerk',
    description: 'Geweigerde woorden in aanbod, hulpvragen en berichten: één woord of woordgroep per regel.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    blockedWordsNl: { type: 'text' },
    blockedWordsFr: { type: 'text' },
  },
} as const;
