/**
 * What residents notice: typos are forgiven, their words for things find the city's words, facets
 * narrow the results, hostile filter values change nothing, and a full rebuild never empties search.
 */
import { describe, expect, it } from 'vitest';
import { contentIndexName } from '../shared/search-contract';
import { parseSearchParams, resultsQueries } from '../shared/search-query';
import {
  eventually,
  masterMeili,
  meiliMasterKey,
  publishedProject,
  search,
  triggerReindex,
  uniqueWord,
} from './support';

/** The demo content has been indexed once Strapi's start-up rebuild has run. */
async function seededIndex(): Promise<void> {
  await eventually(async () => {
    const { hits } = await search('kerkstraat');
    expect(hits.length).toBeGreaterThan(0);
  }, 30_000);
}

describe('relevance', () => {
  it('finds the Kerkstraat road works despite a typo', async () => {
    await seededIndex();
    const { hits } = await search('kerkstrat');
    expect(hits[0]).toMatchObject({ type: 'project', title: expect.stringMatching(/Kerkstraat/) });
  });

  it.each([
    ['wegenwerken', 'heraanleg'],
    ['fietspad', 'fietsroute'],
    ['bib', 'bibliotheek'],
  ])('lets "%s" find an item that only says "%s"', async (typed, written) => {
    const word = uniqueWord();
    const documentId = await publishedProject({
      title: `${written[0]?.toUpperCase()}${written.slice(1)} ${word}`,
      summary: 'Zonder het andere woord.',
    });
    await eventually(async () => {
      const { hits } = await search(`${typed} ${word}`, { matchingStrategy: 'all' });
      expect(hits.map((hit) => hit.documentId)).toEqual([documentId]);
    });
    // The control: a word that is not a synonym does not find it.
    const { hits } = await search(`zwembad ${word}`, { matchingStrategy: 'all' });
    expect(hits).toEqual([]);
  });

  it('ranks a running project before a finished one when both match equally', async () => {
    const word = uniqueWord();
    const finished = await publishedProject({ title: `Speelbos ${word}`, progress: 'completed' });
    const running = await publishedProject({ title: `Speelbos ${word}`, progress: 'active' });
    await eventually(async () => {
      const { hits } = await search(word);
      expect(hits.map((hit) => hit.documentId)).toEqual([running, finished]);
    });
  });
});

describe('facets', () => {
  it('narrows the results to the chosen type and reports counts per value', async () => {
    await seededIndex();
    const all = await search('kerkstraat', { facets: ['type'] });
    const types = Object.keys(all.facetDistribution?.type ?? {});
    expect(types.length).toBeGreaterThan(1);

    const projectsOnly = await search('kerkstraat', { facets: ['type'], filter: [['type = "project"']] });
    expect(projectsOnly.hits.length).toBeGreaterThan(0);
    expect(projectsOnly.hits.every((hit) => hit.type === 'project')).toBe(true);
    expect(projectsOnly.estimatedTotalHits).toBeLessThan(all.estimatedTotalHits ?? 0);
    expect(projectsOnly.estimatedTotalHits).toBe(all.facetDistribution?.type?.project);
  });

  it('treats filter injection from the URL as a plain value, as the portal sends it', async () => {
    await seededIndex();
    const baseline = await search('kerkstraat');
    for (const query of [
      'q=kerkstraat&type=project%20OR%201%3D1',
      'q=kerkstraat&thema=x%22%20OR%20type%20%3D%20%22news',
      'q=kerkstraat&dienst=%5C%22%20OR%20type%20EXISTS%20OR%20%5C%22',
    ]) {
      const request = parseSearchParams(new URLSearchParams(query));
      const [main] = resultsQueries(request, contentIndexName('nl'));
      const { q, filter } = main ?? { q: '', filter: [] };
      const result = await search(q, { filter });
      if (filter.length === 0) expect(result.estimatedTotalHits).toBe(baseline.estimatedTotalHits);
      else expect(result.hits).toEqual([]);
    }
  });
});

describe('full rebuild', () => {
  it('refuses to start without the master key', async () => {
    expect((await triggerReindex(undefined)).status).toBe(403);
    expect((await triggerReindex('not-the-key-at-all-but-long')).status).toBe(403);
  });

  it('swaps in fresh indexes while search keeps answering', async () => {
    await seededIndex();
    const word = uniqueWord();
    const documentId = await publishedProject({ title: `Hondenweide ${word}` });
    await eventually(async () => expect((await search(word)).hits).toHaveLength(1));

    let polling = true;
    const emptyAnswers: number[] = [];
    let answers = 0;
    const poller = (async () => {
      while (polling) {
        const { hits } = await search('kerkstraat');
        answers += 1;
        if (hits.length === 0) emptyAnswers.push(answers);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const response = await triggerReindex(meiliMasterKey);
    polling = false;
    await poller;

    expect(response.status).toBe(200);
    const report = (await response.json()) as { data: { documents: Record<string, number> } };
    expect(report.data.documents.nl).toBeGreaterThan(30);
    expect(answers).toBeGreaterThan(3);
    expect(emptyAnswers).toEqual([]);
    expect((await search(word)).hits.map((hit) => hit.documentId)).toEqual([documentId]);
    const { results } = await masterMeili.getRawIndexes({ limit: 100 });
    expect(results.map((index) => index.uid).filter((uid) => uid.includes('__rebuild_'))).toEqual([]);
  });
});
