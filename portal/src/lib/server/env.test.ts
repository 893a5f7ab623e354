import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePortalEnv } from './env';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const minimal = { CMS_URL: 'http://127.0.0.1:1337/', PUBLIC_BASE_URL: 'https://denkmee.lokeren.be/' };

describe('parsePortalEnv', () => {
  it('applies defaults and trims trailing slashes', () => {
    const env = parsePortalEnv(minimal, path.join(repoRoot, 'portal'));
    expect(env.CMS_URL).toBe('http://127.0.0.1:1337');
    expect(env.PUBLIC_BASE_URL).toBe('https://denkmee.lokeren.be');
    expect(env.CMS_CACHE_TTL_SECONDS).toBe(30);
    expect(env.PAGE_CACHE_TTL_SECONDS).toBe(10);
    expect(env.CMS_API_TOKEN).toBeUndefined();
  });

  it('finds the city configuration from the repository root, whatever the working folder below it', () => {
    expect(parsePortalEnv(minimal, path.join(repoRoot, 'portal')).cityConfigFile).toBe(
      path.join(repoRoot, 'config/city.lokeren.json'),
    );
    expect(parsePortalEnv(minimal, path.join(repoRoot, 'portal/build')).cityConfigFile).toBe(
      path.join(repoRoot, 'config/city.lokeren.json'),
    );
    expect(parsePortalEnv({ ...minimal, DENKMEE_CITY_CONFIG: '/srv/stad.json' }).cityConfigFile).toBe('/srv/stad.json');
  });

  it('names every wrong variable in Dutch', () => {
    expect(() => parsePortalEnv({ CMS_URL: 'geen-url', PAGE_CACHE_TTL_SECONDS: '-1' })).toThrow(
      /Ongeldige configuratie voor het portaal:[\s\S]*CMS_URL[\s\S]*PUBLIC_BASE_URL[\s\S]*PAGE_CACHE_TTL_SECONDS/,
    );
  });

  it('treats empty values as unset', () => {
    expect(parsePortalEnv({ ...minimal, CMS_API_TOKEN: '' }, repoRoot).CMS_API_TOKEN).toBeUndefined();
  });
});
