/**
 * The blocked-word list: stored in the `moderation-setting` single type (one word or phrase per
 * line, so staff can edit it in the content manager), seeded with a default list once.
 */
import type { Core } from '@strapi/strapi';
import type { BlockedWords } from '../../../shared/contracts';
import { DEFAULT_BLOCKED_WORDS, blockedWordsMessage, findBlockedWords } from '../domain/blocked-words';
import { createStore, type ModerationSettingRecord } from '../store';
import { validationError, type Problem } from '../validation';

function lines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean);
}

function fromRecord(record: ModerationSettingRecord | null): BlockedWords {
  if (!record) return DEFAULT_BLOCKED_WORDS;
  return { nl: lines(record.blockedWordsNl), fr: lines(record.blockedWordsFr) };
}

export const createWordsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function current(): Promise<BlockedWords> {
    return fromRecord(await store.settings.findFirst());
  }

  return {
    current,

    async ensureSeeded(): Promise<void> {
      if (await store.settings.findFirst()) return;
      await store.settings.create({
        data: {
          blockedWordsNl: DEFAULT_BLOCKED_WORDS.nl.join('\n'),
          blockedWordsFr: DEFAULT_BLOCKED_WORDS.fr.join('\n'),
        },
      });
    },

    async replace(words: BlockedWords): Promise<BlockedWords> {
      const data = { blockedWordsNl: words.nl.join('\n'), blockedWordsFr: words.fr.join('\n') };
      const existing = await store.settings.findFirst();
      const saved = existing
        ? await store.settings.update({ documentId: existing.documentId, data })
        : await store.settings.create({ data });
      return fromRecord(saved);
    },

    /** Refuses the post, naming each field and the words found in it. */
    async assertClean(fields: Record<string, string | null | undefined>): Promise<void> {
      const list = await current();
      const problems: Problem[] = [];
      for (const [field, value] of Object.entries(fields)) {
        if (!value) continue;
        const found = findBlockedWords(value, list);
        if (found.length > 0) problems.push({ path: [field], message: blockedWordsMessage(found) });
      }
      if (problems.length > 0) throw validationError(problems);
    },
  };
};
