/**
 * The local plugins under ../plugins that this CMS loads.
 *
 * Strapi silently skips a registered local plugin whose dist/ is missing, and its schema sync then
 * drops that plugin's tables (stack.md trap 1). `assertLocalPluginsLoaded` runs in register() and
 * stops start-up instead, so a forgotten build can never cost data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** Plugin name → folder under plugins/. Add a participation plugin here and nowhere else. */
export const LOCAL_PLUGINS: Readonly<Record<string, string>> = {
  search: 'search',
  verification: 'verification',
  volunteering: 'volunteering',
  votes: 'votes',
  proposals: 'proposals',
};

// cms/dist/src (built) or cms/src (type-check): the repository root is two or three levels up.
function pluginsRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i += 1) {
    const candidate = path.join(dir, 'plugins');
    if (fs.existsSync(path.join(dir, 'cms')) && fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`Kan de map plugins/ niet vinden vanaf ${__dirname}`);
}

export function localPluginConfig(
  plugins: Readonly<Record<string, string>> = LOCAL_PLUGINS,
  root: string = pluginsRoot(),
): Record<string, { enabled: true; resolve: string }> {
  return Object.fromEntries(
    Object.entries(plugins).map(([name, folder]) => {
      const resolve = path.join(root, folder);
      const entry = path.join(resolve, 'dist', 'server', 'src', 'index.js');
      if (!fs.existsSync(entry)) {
        throw new Error(
          `Lokale plugin "${name}" is niet gebouwd (${entry} ontbreekt). ` +
            'Voer "npm run build" uit in de hoofdmap; Strapi start niet zonder, om dataverlies te voorkomen.',
        );
      }
      return [name, { enabled: true as const, resolve }];
    }),
  );
}

export function assertLocalPluginsLoaded(
  strapi: Pick<Core.Strapi, 'plugin'>,
  plugins: Readonly<Record<string, string>> = LOCAL_PLUGINS,
): void {
  const missing = Object.keys(plugins).filter((name) => !strapi.plugin(name));
  if (missing.length > 0) {
    throw new Error(`Lokale plugin(s) niet geladen: ${missing.join(', ')}. Strapi stopt om dataverlies te voorkomen.`);
  }
}
