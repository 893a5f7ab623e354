/** Every content type of this plugin: visible to staff in the content manager, not editable as a schema. */
export const pluginOptions = {
  'content-manager': { visible: true },
  'content-type-builder': { visible: false },
} as const;

export const USER = 'plugin::users-permissions.user';
