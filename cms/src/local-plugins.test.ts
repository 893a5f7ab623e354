import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertLocalPluginsLoaded, localPluginConfig } from './local-plugins';

const made: string[] = [];
function pluginsFolder(built: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-plugins-'));
  made.push(root);
  for (const name of built) {
    fs.mkdirSync(path.join(root, name, 'dist', 'server', 'src'), { recursive: true });
    fs.writeFileSync(path.join(root, name, 'dist', 'server', 'src', 'index.js'), 'module.exports = {};');
  }
  return root;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('local plugin wiring', () => {
  it('resolves every built local plugin to its folder', () => {
    const root = pluginsFolder(['proposals']);
    expect(localPluginConfig({ proposals: 'proposals' }, root)).toEqual({
      proposals: { enabled: true, resolve: path.join(root, 'proposals') },
    });
  });

  it('refuses to configure a plugin whose build is missing, naming it and the fix', () => {
    const root = pluginsFolder([]);
    expect(() => localPluginConfig({ proposals: 'proposals' }, root)).toThrow(
      /"proposals" is niet gebouwd.*npm run build/s,
    );
  });

  it('stops start-up when a registered plugin did not load', () => {
    const strapi = { plugin: (name: string) => (name === 'search' ? ({} as never) : undefined) } as never;
    expect(() => assertLocalPluginsLoaded(strapi, { search: 'search', votes: 'votes' })).toThrow(/votes/);
    expect(() => assertLocalPluginsLoaded(strapi, { search: 'search' })).not.toThrow();
  });
});
