/**
 * Keeps the content indexes in step with what Strapi publishes.
 *
 * - A write to a searchable document (create, update, publish, unpublish, discard, delete) re-reads
 *   that document's *published* versions and writes them to each language's index, or removes it
 *   where none is published. Reading the published state, rather than trusting what was written,
 *   is what keeps drafts out: a draft save re-indexes the unchanged published version.
 * - A write to something a searchable type shows by name (a topic, district, department) re-indexes
 *   the published documents that point to it.
 * - A full rebuild fills fresh indexes and swaps them in atomically, so search never goes empty.
 *   It runs at start-up when the indexes are missing or their settings fingerprint changed, on
 *   request (`npm run search:reindex`), and by itself once Meilisearch is back after a failed write.
 *
 * Meilisearch being down never breaks Strapi: failures are logged (without content) and healed.
 */
import crypto from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTaskPromise,
} from 'meilisearch';
import { z } from 'zod';
import {
  contentIndexName,
  DEFAULT_SEARCH_LOCALE,
  isSearchLocale,
  META_INDEX,
  PORTAL_SEARCH_KEY,
  SEARCH_LOCALES,
  type SearchDocument,
  type SearchLocale,
} from '../../../shared/search-contract';
import type { SearchConfig } from '../config';
import { indexFingerprint, type SettingsPerLocale } from '../domain/index-settings';
import { KeyedQueue } from '../domain/keyed-queue';
import { versionsPerIndex, type PublishedVersion } from '../domain/locale-versions';
import { documentKey, toSearchDocument, type SearchableType } from '../domain/search-document';
import type { RegistryService } from './registry';

const REBUILD_MARKER = '__rebuild_';
const PAGE_SIZE = 200;
const BATCH_SIZE = 500;
const HEAL_RETRY_MS = 30_000;
/** A rebuild index older than this was left by a crashed rebuild and is removed. */
const STALE_REBUILD_MS = 60 * 60_000;
const TASK_TIMEOUT_MS = 120_000;

export interface ReindexReport {
  documents: Record<SearchLocale, number>;
  durationMs: number;
}

/** The Document Service with a uid known only at run time; results are parsed before use. */
interface UntypedDocuments {
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
}

const versionIdentity = z.object({
  documentId: z.string().min(1),
  locale: z.string().nullish(),
  updatedAt: z.union([z.string(), z.date()]).nullish(),
});

const metaSchema = z.object({ id: z.literal('state'), fingerprint: z.string() });

/** What a failure was, without anything from the document (no titles, no addresses). */
export function describeFailure(error: unknown): string {
  if (error instanceof MeilisearchRequestTimeOutError) return 'Meilisearch antwoordde niet op tijd';
  if (error instanceof MeilisearchRequestError) {
    if (error.cause instanceof MeilisearchRequestTimeOutError) return 'Meilisearch antwoordde niet op tijd';
    const code = (error.cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    return `Meilisearch is niet bereikbaar${typeof code === 'string' ? ` (${code})` : ''}`;
  }
  if (error instanceof MeilisearchApiError)
    return `Meilisearch weigerde (${error.cause?.code ?? error.response.status})`;
  if (error instanceof z.ZodError)
    return `document voldoet niet aan het zoekcontract (${error.issues.map((issue) => issue.path.join('.')).join(', ')})`;
  return error instanceof Error ? error.name : 'onbekende fout';
}

async function settled(task: EnqueuedTaskPromise, what: string): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (done.status !== 'succeeded')
    throw new Error(`${what} mislukte in Meilisearch (${done.error?.code ?? done.status})`);
}

export function createIndexer(
  strapi: Core.Strapi,
  config: Extract<SearchConfig, { enabled: true }>,
  registry: RegistryService,
  settings: SettingsPerLocale,
) {
  const client = new Meilisearch({ host: config.url, apiKey: config.masterKey, timeout: 5_000 });
  const queue = new KeyedQueue((key, error) => {
    strapi.log.warn(
      `[search] Zoekindex niet bijgewerkt voor ${key}: ${describeFailure(error)}. Strapi werkt gewoon verder; ` +
        'de index wordt hersteld zodra Meilisearch weer antwoordt (of meteen met `npm run search:reindex`).',
    );
    scheduleHeal();
  });
  let rebuilding: { touched: Set<string> } | undefined;
  let currentRebuild: Promise<ReindexReport> | undefined;
  let healTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  const documents = (uid: string) => strapi.documents(uid as UID.ContentType) as unknown as UntypedDocuments;

  function fingerprint(): string {
    const builders = registry
      .all()
      .map((type) => [type.type, type.uid, JSON.stringify(type.populate), type.toDocument.toString()].join('|'));
    return indexFingerprint(settings, builders);
  }

  function localizedFields(uid: string): string[] {
    const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<
      string,
      { pluginOptions?: unknown }
    >;
    return Object.entries(attributes)
      .filter(
        ([, attribute]) =>
          (attribute.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true,
      )
      .map(([name]) => name);
  }

  async function defaultLocale(): Promise<SearchLocale> {
    const code: unknown = await strapi.plugin('i18n').service('locales').getDefaultLocale();
    return typeof code === 'string' && isSearchLocale(code) ? code : DEFAULT_SEARCH_LOCALE;
  }

  /** Relation target uid → the searchable types (and their attribute) that show it by name. */
  function dependencies(): Map<string, { type: SearchableType; attribute: string }[]> {
    const map = new Map<string, { type: SearchableType; attribute: string }[]>();
    for (const type of registry.all()) {
      const attributes = strapi.contentType(type.uid as UID.ContentType).attributes as Record<
        string,
        { type: string; target?: string }
      >;
      for (const attribute of Object.keys(type.populate)) {
        const target = attributes[attribute]?.type === 'relation' ? attributes[attribute]?.target : undefined;
        if (target) map.set(target, [...(map.get(target) ?? []), { type, attribute }]);
      }
    }
    return map;
  }

  function buildDocuments(
    type: SearchableType,
    versions: PublishedVersion[],
    locale: SearchLocale,
  ): Map<SearchLocale, SearchDocument> {
    const built = new Map<SearchLocale, SearchDocument>();
    for (const [indexLocale, version] of versionsPerIndex(versions, localizedFields(type.uid), locale)) {
      const identity = versionIdentity.parse(version);
      const entry = type.entry.safeParse(version);
      if (!entry.success) {
        strapi.log.warn(
          `[search] ${type.type} ${identity.documentId} niet geïndexeerd: ${describeFailure(entry.error)}`,
        );
        continue;
      }
      const updatedAt =
        identity.updatedAt instanceof Date ? identity.updatedAt.toISOString() : (identity.updatedAt ?? null);
      built.set(
        indexLocale,
        toSearchDocument(
          { type: type.type, documentId: identity.documentId, locale: indexLocale, updatedAt },
          type.toDocument(entry.data),
        ),
      );
    }
    return built;
  }

  async function publishedVersions(type: SearchableType, documentId: string): Promise<PublishedVersion[]> {
    const found = await documents(type.uid).findMany({
      filters: { documentId: { $eq: documentId } },
      status: 'published',
      locale: '*',
      populate: type.populate,
    });
    return found as PublishedVersion[];
  }

  async function syncDocument(type: SearchableType, documentId: string): Promise<void> {
    const built = buildDocuments(type, await publishedVersions(type, documentId), await defaultLocale());
    await Promise.all(
      SEARCH_LOCALES.map((locale) => {
        const index = client.index<SearchDocument>(contentIndexName(locale));
        const document = built.get(locale);
        return document
          ? index.addDocuments([document], { primaryKey: 'id' })
          : index.deleteDocument(documentKey(type.type, documentId));
      }),
    );
  }

  function schedule(uid: string, documentId: string): void {
    const type = registry.get(uid);
    if (!type || stopped) return;
    const key = `${type.type} ${documentId}`;
    rebuilding?.touched.add(`${uid}\n${documentId}`);
    void queue.push(key, () => syncDocument(type, documentId));
  }

  async function dependentDocuments(uid: string, documentId: string): Promise<{ uid: string; documentId: string }[]> {
    const found: { uid: string; documentId: string }[] = [];
    for (const { type, attribute } of dependencies().get(uid) ?? []) {
      const rows = await documents(type.uid).findMany({
        filters: { [attribute]: { documentId: { $eq: documentId } } },
        status: 'published',
        locale: '*',
        fields: ['documentId'],
      });
      for (const row of rows)
        found.push({ uid: type.uid, documentId: versionIdentity.pick({ documentId: true }).parse(row).documentId });
    }
    return found;
  }

  function scheduleDependents(uid: string, documentId: string): void {
    if (stopped || !dependencies().has(uid)) return;
    void queue.push(`${uid} ${documentId} (verwijzingen)`, async () => {
      for (const dependent of await dependentDocuments(uid, documentId)) schedule(dependent.uid, dependent.documentId);
    });
  }

  async function* versionGroups(type: SearchableType): AsyncGenerator<PublishedVersion[]> {
    let group: PublishedVersion[] = [];
    for (let start = 0; ; start += PAGE_SIZE) {
      const page = (await documents(type.uid).findMany({
        status: 'published',
        locale: '*',
        populate: type.populate,
        // Sorted so a document's language versions arrive together, even across pages.
        sort: ['documentId:asc', 'locale:asc'],
        start,
        limit: PAGE_SIZE,
      })) as PublishedVersion[];
      for (const version of page) {
        if (group.length > 0 && group[0]?.documentId !== version.documentId) {
          yield group;
          group = [];
        }
        group.push(version);
      }
      if (page.length < PAGE_SIZE) break;
    }
    if (group.length > 0) yield group;
  }

  async function rebuild(): Promise<ReindexReport> {
    const started = Date.now();
    const suffix = `${REBUILD_MARKER}${started.toString(36)}${crypto.randomBytes(3).toString('hex')}`;
    const fresh = Object.fromEntries(
      SEARCH_LOCALES.map((locale) => [locale, `${contentIndexName(locale)}${suffix}`]),
    ) as Record<SearchLocale, string>;
    const state = { touched: new Set<string>() };
    rebuilding = state;
    const counts = Object.fromEntries(SEARCH_LOCALES.map((locale) => [locale, 0])) as Record<SearchLocale, number>;
    try {
      for (const locale of SEARCH_LOCALES) {
        await settled(client.createIndex(fresh[locale], { primaryKey: 'id' }), `aanmaken van ${fresh[locale]}`);
        await settled(
          client.index(fresh[locale]).updateSettings(settings[locale]),
          `instellingen van ${fresh[locale]}`,
        );
      }

      const locale = await defaultLocale();
      const pending: Promise<void>[] = [];
      const buffers = new Map<SearchLocale, SearchDocument[]>(SEARCH_LOCALES.map((code) => [code, []]));
      const flush = (code: SearchLocale) => {
        const batch = buffers.get(code) ?? [];
        if (batch.length === 0) return;
        buffers.set(code, []);
        counts[code] += batch.length;
        pending.push(
          settled(client.index(fresh[code]).addDocuments(batch, { primaryKey: 'id' }), `vullen van ${fresh[code]}`),
        );
      };
      for (const type of registry.all()) {
        for await (const versions of versionGroups(type)) {
          for (const [code, document] of buildDocuments(type, versions, locale)) {
            buffers.get(code)?.push(document);
            if ((buffers.get(code)?.length ?? 0) >= BATCH_SIZE) flush(code);
          }
        }
      }
      SEARCH_LOCALES.forEach(flush);
      await Promise.all(pending);

      // Swapping needs both sides; on a new server the live index does not exist yet.
      const existing = new Set((await client.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid));
      for (const code of SEARCH_LOCALES) {
        if (!existing.has(contentIndexName(code))) {
          await settled(
            client.createIndex(contentIndexName(code), { primaryKey: 'id' }),
            `aanmaken van ${contentIndexName(code)}`,
          );
        }
      }
      await settled(
        client.swapIndexes(
          SEARCH_LOCALES.map((code) => ({ indexes: [contentIndexName(code), fresh[code]], rename: false })),
        ),
        'wisselen van de indexen',
      );
      // After the swap the fresh names hold the old contents.
      for (const code of SEARCH_LOCALES) await settled(client.deleteIndex(fresh[code]), `opruimen van ${fresh[code]}`);
      await settled(
        client
          .index(META_INDEX)
          .addDocuments([{ id: 'state', fingerprint: fingerprint(), rebuiltAt: new Date().toISOString() }], {
            primaryKey: 'id',
          }),
        'bewaren van de vingerafdruk',
      );
      return { documents: counts, durationMs: Date.now() - started };
    } catch (error) {
      for (const code of SEARCH_LOCALES) await client.deleteIndexIfExists(fresh[code]).catch(() => false);
      throw error;
    } finally {
      rebuilding = undefined;
      // Writes during the rebuild may have reached the old index only: apply them to the new one.
      for (const touched of state.touched) {
        const [uid = '', documentId = ''] = touched.split('\n');
        schedule(uid, documentId);
      }
    }
  }

  /** Rebuilds every content index; a second call while one runs waits for that one. */
  function reindexAll(): Promise<ReindexReport> {
    currentRebuild ??= rebuild().finally(() => {
      currentRebuild = undefined;
    });
    return currentRebuild;
  }

  async function removeStaleRebuilds(): Promise<void> {
    const { results } = await client.getRawIndexes({ limit: 1000 });
    const stale = results.filter(
      (index) => index.uid.includes(REBUILD_MARKER) && Date.now() - Date.parse(index.createdAt) > STALE_REBUILD_MS,
    );
    for (const index of stale) await client.deleteIndexIfExists(index.uid);
  }

  async function readFingerprint(): Promise<string | undefined> {
    try {
      return metaSchema.parse(await client.index(META_INDEX).getDocument('state')).fingerprint;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.response.status === 404) return undefined;
      throw error;
    }
  }

  /** The portal's search-only key must exist for the value it was configured with to work. */
  async function ensurePortalKey(): Promise<void> {
    try {
      await client.getKey(PORTAL_SEARCH_KEY.uid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.response.status !== 404) throw error;
      await client.createKey({ ...PORTAL_SEARCH_KEY });
    }
  }

  /** At start-up: rebuild when an index is missing or was built with other settings. */
  async function ensureIndexes(): Promise<'current' | ReindexReport> {
    await ensurePortalKey();
    await removeStaleRebuilds();
    const [built, { results }] = await Promise.all([readFingerprint(), client.getRawIndexes({ limit: 1000 })]);
    const names = new Set(results.map((index) => index.uid));
    if (built === fingerprint() && SEARCH_LOCALES.every((locale) => names.has(contentIndexName(locale))))
      return 'current';
    return reindexAll();
  }

  function scheduleHeal(): void {
    if (healTimer || stopped) return;
    healTimer = setTimeout(() => {
      healTimer = undefined;
      reindexAll().then(
        (report) =>
          strapi.log.info(`[search] Zoekindex hersteld (${report.documents[DEFAULT_SEARCH_LOCALE]} documenten).`),
        () => scheduleHeal(),
      );
    }, HEAL_RETRY_MS);
    healTimer.unref();
  }

  return {
    enabled: true as const,
    /** Called after a committed write through the Document Service. */
    documentChanged(uid: string, documentId: string): void {
      schedule(uid, documentId);
      scheduleDependents(uid, documentId);
    },
    /** For a delete: the documents that point to it can only be found before it is gone. */
    async dependentsBeforeDelete(uid: string, documentId: string): Promise<{ uid: string; documentId: string }[]> {
      if (!dependencies().has(uid)) return [];
      return dependentDocuments(uid, documentId).catch(() => []);
    },
    schedule,
    reindexAll,
    ensureIndexes,
    scheduleHeal,
    /** Resolves when every queued index update has been sent. */
    idle: () => queue.idle(),
    async stop(): Promise<void> {
      stopped = true;
      if (healTimer) clearTimeout(healTimer);
      await Promise.race([queue.idle(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    },
  };
}

export type Indexer = ReturnType<typeof createIndexer>;
