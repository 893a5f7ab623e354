/**
 * Helpers for the search integration tests: write content the way editors do (Strapi's admin API),
 * and read Meilisearch the way the portal does (search-only key) or, to prove what is never
 * indexed, with the master key.
 */
import crypto from 'node:crypto';
import { inject } from 'vitest';
import { Meilisearch, type SearchParams, type SearchResponse } from 'meilisearch';
import { contentIndexName, SEARCH_LOCALES, type SearchDocument, type SearchLocale } from '../shared/search-contract';

export const cmsUrl = inject('cmsUrl');
export const meiliUrl = inject('meiliUrl');
export const meiliMasterKey = inject('meiliMasterKey');

const portalClient = new Meilisearch({ host: meiliUrl, apiKey: inject('meiliSearchKey') });
const masterClient = new Meilisearch({ host: meiliUrl, apiKey: meiliMasterKey });

/** A word no seeded content contains, so a test finds only what it wrote. */
export function uniqueWord(prefix = 'zoektest'): string {
  return `${prefix}${crypto
    .randomBytes(4)
    .toString('hex')
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? 'x')}`;
}

/** Strapi's admin API as an editor uses it (content manager), for the given Strapi and account. */
export function createEditor(baseUrl: string, email: string, password: string) {
  let token: string | undefined;

  async function adminToken(): Promise<string> {
    if (token) return token;
    const response = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`admin-login mislukt: ${response.status}`);
    token = ((await response.json()) as { data: { token: string } }).data.token;
    return token;
  }

  async function admin(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const response = await fetch(`${baseUrl}/content-manager/collection-types/${path}`, {
      method,
      headers: { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? ((JSON.parse(text) as { data?: Record<string, unknown> }).data ?? {}) : {};
  }

  return {
    async create(uid: string, data: Record<string, unknown>, locale = 'nl'): Promise<string> {
      const created = await admin('POST', `${uid}?locale=${locale}`, data);
      return String(created.documentId);
    },
    async update(uid: string, documentId: string, data: Record<string, unknown>, locale = 'nl'): Promise<void> {
      await admin('PUT', `${uid}/${documentId}?locale=${locale}`, data);
    },
    async publish(uid: string, documentId: string, locale = 'nl'): Promise<void> {
      await admin('POST', `${uid}/${documentId}/actions/publish?locale=${locale}`, {});
    },
    async unpublish(uid: string, documentId: string, locale = 'nl'): Promise<void> {
      await admin('POST', `${uid}/${documentId}/actions/unpublish?locale=${locale}`, {});
    },
    async remove(uid: string, documentId: string, locale = 'nl'): Promise<void> {
      await admin('DELETE', `${uid}/${documentId}?locale=${locale}`);
    },
    async findOne(uid: string, filterField: string, value: string): Promise<Record<string, unknown> | undefined> {
      const response = await fetch(
        `${baseUrl}/content-manager/collection-types/${uid}?filters[${filterField}][$eq]=${encodeURIComponent(value)}&pageSize=1`,
        { headers: { authorization: `Bearer ${await adminToken()}` } },
      );
      const body = (await response.json()) as { results: Record<string, unknown>[] };
      return body.results[0];
    },
  };
}

export const editor = createEditor(cmsUrl, inject('adminEmail'), inject('adminPassword'));

/** The fields every test project needs, around the ones a test cares about. */
export function projectFields(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    slug: uniqueWord('slug'),
    summary: 'Een project om het zoeken te testen.',
    progress: 'active',
    policyStage: 'beleidsuitvoering',
    ...fields,
  };
}

export async function publishedProject(fields: Record<string, unknown>): Promise<string> {
  const documentId = await editor.create('api::project.project', projectFields(fields));
  await editor.publish('api::project.project', documentId);
  return documentId;
}

/** Searches like the portal: search-only key, Dutch index unless told otherwise. */
export function search(
  query: string,
  params: SearchParams = {},
  locale: SearchLocale = 'nl',
): Promise<SearchResponse<SearchDocument>> {
  return portalClient.index<SearchDocument>(contentIndexName(locale)).search(query, params);
}

export const masterMeili = masterClient;

/** Every document in every content index, read with the master key. */
export async function allIndexedDocuments(): Promise<SearchDocument[]> {
  const all: SearchDocument[] = [];
  for (const locale of SEARCH_LOCALES) {
    const { results } = await masterClient
      .index<SearchDocument>(contentIndexName(locale))
      .getDocuments({ limit: 10_000 });
    all.push(...results);
  }
  return all;
}

/** Polls until `check` passes (indexing is asynchronous by design), failing with its last error. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/** Waits until Meilisearch has processed every task enqueued so far. */
export async function indexingSettled(): Promise<void> {
  await eventually(async () => {
    const { results } = await masterClient.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
    if (results.length > 0) throw new Error('Meilisearch is nog bezig');
  }, 30_000);
}

export async function triggerReindex(key: string | undefined): Promise<Response> {
  return fetch(`${cmsUrl}/api/search/reindex`, {
    method: 'POST',
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
}
