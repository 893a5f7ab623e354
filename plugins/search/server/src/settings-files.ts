/**
 * Reads the versioned index settings from config/meilisearch/ in the repository (found upwards from
 * this file, so it works from plugins/search/dist and from a container that copies the tree).
 * A file that does not match its schema stops Strapi at start-up with the file named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_LOCALES, type SearchLocale } from '../../shared/search-contract';
import { buildAllIndexSettings, type SettingsPerLocale } from './domain/index-settings';

export function findSettingsDir(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'config', 'meilisearch');
    if (fs.existsSync(path.join(candidate, 'settings.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`config/meilisearch/settings.json niet gevonden boven ${from}`);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Zoekinstellingen ${file} zijn niet leesbaar: ${(error as Error).message}`, { cause: error });
  }
}

export function loadIndexSettings(dir = findSettingsDir()): SettingsPerLocale {
  const languages = Object.fromEntries(
    SEARCH_LOCALES.map((locale) => [locale, readJson(path.join(dir, `${locale}.json`))]),
  ) as Record<SearchLocale, unknown>;
  try {
    return buildAllIndexSettings(readJson(path.join(dir, 'settings.json')), languages);
  } catch (error) {
    throw new Error(`Zoekinstellingen in ${dir} zijn ongeldig: ${(error as Error).message}`, { cause: error });
  }
}
