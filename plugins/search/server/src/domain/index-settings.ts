/**
 * Turns the versioned files in config/meilisearch/ into the settings of each content index, and
 * fingerprints them so a changed setting (or a changed way of building documents) is noticed and
 * the indexes are rebuilt. Pure: reading the files is the caller's job.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { SEARCH_LOCALES, type SearchLocale } from '../../../shared/search-contract';

const word = z.string().trim().min(1);

export const sharedSettingsSchema = z.object({
  searchableAttributes: z.array(word).min(1),
  filterableAttributes: z.array(word),
  sortableAttributes: z.array(word),
  rankingRules: z.array(word).min(1),
  typoTolerance: z.object({
    enabled: z.boolean(),
    minWordSizeForTypos: z.object({ oneTypo: z.number().int().min(0), twoTypos: z.number().int().min(0) }),
    disableOnAttributes: z.array(word),
  }),
  pagination: z.object({ maxTotalHits: z.number().int().min(1) }),
  faceting: z.object({
    maxValuesPerFacet: z.number().int().min(1),
    sortFacetValuesBy: z.record(z.string(), z.enum(['count', 'alpha'])),
  }),
});
export type SharedSettings = z.infer<typeof sharedSettingsSchema>;

export const languageSettingsSchema = z.object({
  /** ISO 639-3 code Meilisearch uses to segment and normalise the language. */
  meilisearchLocale: z.string().regex(/^[a-z]{3}$/),
  stopWords: z.array(word),
  /** Groups of words that mean the same to residents; each finds every other in its group. */
  synonymGroups: z.array(z.array(word).min(2)),
});
export type LanguageSettings = z.infer<typeof languageSettingsSchema>;

/** The subset of Meilisearch's settings object we manage. */
export type IndexSettings = SharedSettings & {
  stopWords: string[];
  synonyms: Record<string, string[]>;
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[];
};

/**
 * Meilisearch synonyms are one-way (`a: [b]` lets "a" find "b", not the reverse); a group is
 * expanded into every direction so editors only write each group once.
 */
export function expandSynonymGroups(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((entry) => entry.trim().toLowerCase()).filter(Boolean))];
    for (const entry of words) {
      const others = synonyms.get(entry) ?? new Set<string>();
      for (const other of words) if (other !== entry) others.add(other);
      synonyms.set(entry, others);
    }
  }
  return Object.fromEntries(
    [...synonyms.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([entry, others]) => [entry, [...others].sort()]),
  );
}

export function buildIndexSettings(shared: SharedSettings, language: LanguageSettings): IndexSettings {
  return {
    ...shared,
    stopWords: [...new Set(language.stopWords.map((entry) => entry.toLowerCase()))].sort(),
    synonyms: expandSynonymGroups(language.synonymGroups),
    localizedAttributes: [{ attributePatterns: ['*'], locales: [language.meilisearchLocale] }],
  };
}

export type SettingsPerLocale = Record<SearchLocale, IndexSettings>;

export function buildAllIndexSettings(shared: unknown, languages: Record<SearchLocale, unknown>): SettingsPerLocale {
  const parsedShared = sharedSettingsSchema.parse(shared);
  return Object.fromEntries(
    SEARCH_LOCALES.map((locale) => [
      locale,
      buildIndexSettings(parsedShared, languageSettingsSchema.parse(languages[locale])),
    ]),
  ) as SettingsPerLocale;
}

/**
 * A short hash of everything that decides what the indexes contain: the settings, and a
 * description of how each type builds its documents. Stored beside the indexes; a mismatch at
 * start-up triggers a rebuild.
 */
export function indexFingerprint(settings: SettingsPerLocale, documentBuilders: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify(settings));
  for (const builder of [...documentBuilders].sort()) hash.update(`\n${builder}`);
  return hash.digest('hex').slice(0, 32);
}
