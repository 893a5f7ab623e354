/**
 * `npx tsx bench/search.ts`: search latency with a realistic amount of content. Generates ≥ 10,000
 * documents (projects, news, decisions, pages in Lokeren's vocabulary) into a throw-away
 * Meilisearch with the versioned settings, then measures with autocannon:
 *   - the portal's results page /zoeken (server-rendered, facets and highlights),
 *   - the portal's as-you-type endpoint /zoeken/suggesties,
 *   - Meilisearch directly (the same multi-search the portal sends, with the search-only key).
 * Each cycles through a mix of queries: words, typos, synonyms, two-word queries, facet filters.
 * Prints req/s and p50/p95/p99 per case; the target is p95 < 50 ms through the portal.
 *
 *   --documents <n>     generated documents (default 12000, at least 10000)
 *   --duration <s>      measuring time per case (default 10), after --warmup <s> (default 3)
 *   --connections <n>   concurrent connections (default 10)
 *   --no-build          use the existing builds instead of building what is missing
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import {
  contentIndexName,
  searchDocumentSchema,
  type SearchDocument,
} from '../plugins/search/shared/search-contract.ts';
import { parseSearchParams, resultsQueries } from '../plugins/search/shared/search-query.ts';
import { loadIndexSettings } from '../plugins/search/server/src/settings-files.ts';
import { ensureBuilt } from '../scripts/lib/build.ts';
import { createSecrets } from '../scripts/lib/dev-secrets.ts';
import { startMeilisearch } from '../scripts/lib/meilisearch.ts';
import { repoRoot } from '../scripts/lib/paths.ts';
import { freePort, stopAll } from '../scripts/lib/processes.ts';
import { startCms, startPortal } from '../scripts/lib/services.ts';
import { summarizeLatencies, type LatencySummary } from './stats.ts';

/** A request autocannon sends; each connection cycles through a list of them. */
interface BenchRequest {
  method?: string;
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

const TARGET_P95_MS = 50;

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '12000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    'no-build': { type: 'boolean', default: false },
  },
  strict: true,
});
const options = z
  .object({
    documents: z.coerce.number().int().min(10_000).max(200_000),
    duration: z.coerce.number().int().min(1).max(60),
    warmup: z.coerce.number().int().min(0).max(30),
    connections: z.coerce.number().int().min(1).max(100),
  })
  .parse(values);

// ------------------------------------------------------------------ generated content

/** A small deterministic generator (mulberry32), so every run indexes the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const streets = [
  'Kerkstraat',
  'Markt',
  'Stationsstraat',
  'Durmelaan',
  'Oudebrugstraat',
  'Groentemarkt',
  'Zelebaan',
  'Heirbrugstraat',
  'Daknamdorp',
  'Eksaardedorp',
  'Kapellestraat',
  'Molenstraat',
  'Weverslaan',
  'Sint-Laurentiusplein',
  'Koutermolenstraat',
  'Bergendries',
  'Spoele',
  'Zeveneken',
];
const subjects = [
  'heraanleg',
  'nieuw fietspad',
  'speelplein',
  'bibliotheekfiliaal',
  'parkeerplan',
  'vergroening',
  'riolering',
  'openbare verlichting',
  'ontmoetingsplek',
  'zitbanken',
  'bomenrij',
  'trage weg',
  'schoolstraat',
  'sporthal',
  'jeugdlokaal',
  'zwemvijver',
  'stadsmuseum',
  'hondenweide',
];
const topics = [
  'Mobiliteit',
  'Openbaar domein',
  'Cultuur',
  'Erfgoed',
  'Jeugd',
  'Sport en spel',
  'Groen en klimaat',
  'Samenleven',
  'Welzijn',
  'Onderwijs',
];
const districts = ['Lokeren', 'Daknam', 'Eksaarde'];
const departments = [
  'Mobiliteit',
  'Openbare Werken',
  'Cultuur & Erfgoed',
  'Bibliotheek',
  'Jeugd & Sport',
  'Omgeving',
  'Communicatie & Participatie',
  'Welzijn',
];
const sentences = [
  'De stad werkt samen met de bewoners aan een veiliger en groener straatbeeld.',
  'Tijdens de werken blijven de winkels en woningen bereikbaar voor voetgangers.',
  'Op de infoavond in het stadhuis konden buurtbewoners het ontwerp bekijken.',
  'Het college keurde de raming en de planning van de werken goed.',
  'Kinderen uit de buurt tekenden mee aan hun ideale speelruimte.',
  'De gemeenteraad volgt het project op en krijgt elk kwartaal een stand van zaken.',
  'Er komen extra fietsenstallingen en bredere voetpaden.',
  'De werken starten na het bouwverlof en duren ongeveer zes maanden.',
];
const types = ['project', 'news', 'news', 'decision', 'decision', 'page'] as const;
const statuses = ['planned', 'active', 'completed'] as const;

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function generateDocuments(count: number): SearchDocument[] {
  const next = random(9160);
  return Array.from({ length: count }, (_, index) => {
    const type = pick(next, types);
    const street = pick(next, streets);
    const subject = pick(next, subjects);
    const year = 2015 + Math.floor(next() * 12);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const status = type === 'project' ? pick(next, statuses) : null;
    const title = `${subject[0]?.toUpperCase()}${subject.slice(1)} ${street}${type === 'decision' ? ' goedgekeurd' : ''}`;
    return searchDocumentSchema.parse({
      id: `${type}-bench${index}`,
      documentId: `bench${index}`,
      type,
      locale: 'nl',
      title,
      summary: `${pick(next, sentences)} ${subject} in de ${street}.`,
      body: Array.from({ length: 8 }, () => pick(next, sentences)).join('\n'),
      path: `/${type === 'project' ? 'projecten' : type === 'news' ? 'nieuws' : type === 'decision' ? 'beslissingen' : 'over'}/bench-${index}`,
      topics: [pick(next, topics), pick(next, topics)].filter(
        (value, position, all) => all.indexOf(value) === position,
      ),
      districts: type === 'project' ? [pick(next, districts)] : [],
      department: type === 'page' ? null : pick(next, departments),
      status,
      year: type === 'page' ? null : year,
      date: type === 'page' ? null : date,
      recency: Math.floor(Date.parse(date) / 1000),
      activity: status === 'active' ? 2 : status === 'completed' ? 0 : 1,
    });
  });
}

/** What residents type: words, prefixes, typos, synonyms, two words, and facet filters. */
const searches = [
  'q=kerkstraat',
  'q=kerkstrat',
  'q=heraanleg',
  'q=wegenwerken',
  'q=fietspad',
  'q=fietsroute+stationsstraat',
  'q=bib',
  'q=biblioteek',
  'q=speelplein+daknam',
  'q=parkeerplan',
  'q=zitbanken+markt',
  'q=riolering&type=project',
  'q=groentemarkt&type=news&type=decision',
  'q=vergroening&thema=Groen+en+klimaat',
  'q=sporthal&jaar=2024',
  'q=ontmoetingsplek&status=active',
  'q=museum&pagina=2',
  'type=decision&jaar=2025',
];
/**
 * Searches that are all different (word pairs, typos, filters, pages), each connection in its own
 * order: what Meilisearch and the portal cost when nothing can be answered from the portal's cache.
 */
function distinctSearches(): string[] {
  const filters = [
    '',
    '&type=project',
    '&type=news&type=decision',
    '&jaar=2024',
    '&status=active',
    '&thema=Mobiliteit',
  ];
  const typo = (word: string) => (word.length > 6 ? `${word.slice(0, 3)}${word.slice(4)}` : word);
  const list: string[] = [];
  for (const subject of subjects)
    for (const street of streets)
      for (const [index, filter] of filters.entries()) {
        const words =
          index % 2 === 0 ? `${subject} ${street}` : `${typo(street.toLowerCase())} ${subject.split(' ')[0] ?? ''}`;
        list.push(`q=${encodeURIComponent(words)}${filter}`);
      }
  return list;
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const prefixes = ['ker', 'kerkstr', 'bibl', 'spee', 'fiets', 'parke', 'stadsm', 'zwem', 'hond', 'molen'];

// ------------------------------------------------------------------ measuring

interface Row {
  name: string;
  requests: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  failures: number;
}

async function load(
  name: string,
  url: string,
  requests: BenchRequest[],
  order: 'same' | 'per-connection' = 'same',
): Promise<Row> {
  const setupClient =
    order === 'per-connection'
      ? (client: { setRequests(list: BenchRequest[]): void }) => client.setRequests(shuffled(requests))
      : undefined;
  const run = (duration: number, onResponse?: (ms: number, status: number) => void) => {
    // requests and setupClient are autocannon options that bench/autocannon.d.ts does not declare.
    const settings = { url, connections: options.connections, duration, timeout: 10, requests, setupClient };
    const instance = autocannon(settings as autocannon.Options);
    if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(ms, status));
    return instance;
  };
  if (options.warmup > 0) await run(options.warmup);
  const latencies: number[] = [];
  let failures = 0;
  const result = await run(options.duration, (ms, status) => {
    latencies.push(ms);
    if (status >= 400) failures += 1;
  });
  return {
    name,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    latency: summarizeLatencies(latencies),
    failures: failures + result.errors + result.timeouts,
  };
}

function table(rows: Row[]): string {
  const header = ['meting', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'fouten'];
  const lines = rows.map((row) => [
    row.name,
    row.requestsPerSecond.toFixed(0),
    row.latency.p50.toFixed(1),
    row.latency.p95.toFixed(1),
    row.latency.p99.toFixed(1),
    String(row.failures),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [format(header), ...lines.map(format)].join('\n');
}

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-bench-search-'));
  try {
    if (!values['no-build']) ensureBuilt({ withPortal: true });
    const meili = await startMeilisearch({
      dataDir: path.join(workDir, 'meilisearch'),
      port: await freePort(),
      logFile: path.join(workDir, 'meilisearch.log'),
    });
    const admin = new Meilisearch({ host: meili.url, apiKey: meili.masterKey, timeout: 60_000 });
    const indexUid = contentIndexName('nl');

    console.log(`• ${options.documents} documenten genereren en indexeren …`);
    const started = Date.now();
    await admin.createIndex(indexUid, { primaryKey: 'id' }).waitTask();
    await admin
      .index(indexUid)
      .updateSettings(loadIndexSettings(path.join(repoRoot, 'config', 'meilisearch')).nl)
      .waitTask();
    const documents = generateDocuments(options.documents);
    for (let start = 0; start < documents.length; start += 2_000) {
      const task = await admin
        .index(indexUid)
        .addDocuments(documents.slice(start, start + 2_000), { primaryKey: 'id' })
        .waitTask({ timeout: 600_000 });
      if (task.status !== 'succeeded') throw new Error(`indexeren mislukte: ${task.error?.code ?? task.status}`);
    }
    const stats = await admin.index(indexUid).getStats();
    console.log(
      `  ${stats.numberOfDocuments} documenten geïndexeerd in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    // Strapi serves the layout's data; its own search indexing stays off (no MEILI_URL), so the
    // generated index is exactly what is measured.
    console.log('• Strapi en het portaal starten …');
    const cms = await startCms({
      host: '127.0.0.1',
      port: await freePort(),
      database: { client: 'sqlite', filename: path.join(workDir, 'cms.db') },
      secrets: createSecrets(),
      portalUrl: 'http://127.0.0.1:9',
      seedDemoContent: true,
      logFile: path.join(workDir, 'cms.log'),
    });
    const portalPort = await freePort();
    const portal = await startPortal({
      host: '127.0.0.1',
      port: portalPort,
      cmsUrl: cms.url,
      publicUrl: `http://127.0.0.1:${portalPort}`,
      logFile: path.join(workDir, 'portal.log'),
      extraEnv: { MEILI_URL: meili.url, MEILI_SEARCH_KEY: meili.searchKey },
    });

    const check = await fetch(`${portal.url}/zoeken?q=kerkstrat`);
    const html = await check.text();
    if (!check.ok || !html.includes('Kerkstraa'))
      throw new Error(`het portaal vindt niets (${check.status}); zie ${workDir}`);

    const rows: Row[] = [];
    console.log('• meten: portaal / (ter vergelijking: een pagina zonder zoeken) …');
    rows.push(await load('portaal / (startpagina, ter vergelijking)', portal.url, [{ path: '/' }]));
    console.log('• meten: portaal /zoeken …');
    const resultsPage = await load(
      'portaal /zoeken (resultatenpagina)',
      portal.url,
      searches.map((query) => ({ path: `/zoeken?${query}` })),
    );
    rows.push(resultsPage);
    console.log('• meten: portaal /zoeken, telkens een andere zoekvraag …');
    const distinct = await load(
      'portaal /zoeken, alle zoekvragen verschillend',
      portal.url,
      distinctSearches().map((query) => ({ path: `/zoeken?${query}` })),
      'per-connection',
    );
    rows.push(distinct);
    console.log('• meten: portaal /zoeken/suggesties …');
    rows.push(
      await load(
        'portaal /zoeken/suggesties',
        portal.url,
        prefixes.map((prefix) => ({ path: `/zoeken/suggesties?q=${prefix}` })),
      ),
    );
    console.log('• meten: Meilisearch rechtstreeks …');
    const headers = { authorization: `Bearer ${meili.searchKey}`, 'content-type': 'application/json' };
    rows.push(
      await load(
        'Meilisearch multi-search (zelfde vragen)',
        meili.url,
        searches.map((query) => ({
          method: 'POST',
          path: '/multi-search',
          headers,
          body: JSON.stringify({ queries: resultsQueries(parseSearchParams(new URLSearchParams(query)), indexUid) }),
        })),
      ),
    );

    console.log(
      `\nZoeken op ${stats.numberOfDocuments} documenten, ${options.connections} verbindingen, ${options.duration} s per meting (belasting bij start: ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')})\n`,
    );
    console.log(table(rows));
    const portalP95 = resultsPage.latency.p95;
    console.log(
      `\nDoel p95 < ${TARGET_P95_MS} ms via het portaal: ${portalP95 < TARGET_P95_MS ? 'gehaald' : 'NIET gehaald'} (${portalP95.toFixed(1)} ms; ` +
        `zonder hulp van de cache ${distinct.latency.p95.toFixed(1)} ms).`,
    );
    if (rows.some((row) => row.failures > 0)) process.exitCode = 1;
  } finally {
    await stopAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
