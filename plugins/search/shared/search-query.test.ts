import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S } from './search-contract';
import {
  buildFilter,
  cleanQuery,
  filterLiteral,
  hasSearchableText,
  highlightSegments,
  mergeFacetCounts,
  parseSearchParams,
  resultsQueries,
  searchHref,
} from './search-query';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('parseSearchParams', () => {
  it('reads the query, facet values and page', () => {
    expect(parse('q=kerkstraat&type=project&type=news&thema=Mobiliteit&jaar=2025&pagina=2')).toEqual({
      query: 'kerkstraat',
      filters: { type: ['project', 'news'], topics: ['Mobiliteit'], year: ['2025'] },
      page: 2,
    });
  });

  it.each([
    ['type=project OR 1=1', {}],
    ['type=project%22%20OR%20type%3D%22news', {}],
    ['status=active%20OR%20status%20EXISTS', {}],
    ['jaar=2025 OR 1=1', {}],
    ['jaar=12345', {}],
    ['jaar=1066', {}],
  ])('ignores %s, which no allow-list accepts', (query, filters) => {
    expect(parse(query).filters).toEqual(filters);
  });

  it('keeps a name with quotes as a literal value (it is escaped later, not interpreted)', () => {
    expect(parse('thema=x%22%20OR%20type%20%3D%20%22news').filters).toEqual({ topics: ['x" OR type = "news'] });
  });

  it('refuses over-long names, control characters and more than ten values', () => {
    expect(parse(`thema=${'a'.repeat(121)}`).filters).toEqual({});
    expect(parse('thema=a%00b').filters).toEqual({});
    const many = Array.from({ length: 15 }, (_, i) => `thema=t${i}`).join('&');
    expect(parse(many).filters.topics).toHaveLength(10);
  });

  it('clamps the page and falls back to the first', () => {
    expect(parse('pagina=-3').page).toBe(1);
    expect(parse('pagina=abc').page).toBe(1);
    expect(parse('pagina=999999').page).toBe(100);
  });

  it('cuts a very long query and removes control characters', () => {
    expect(parse(`q=${'woord '.repeat(100)}`).query.length).toBeLessThanOrEqual(200);
    expect(cleanQuery('a\u0002b\u0003\nc')).toBe('a b c');
  });
});

describe('hasSearchableText', () => {
  it.each([
    ['?!…', false],
    ['"', false],
    ['   ', false],
    ['<script>', true],
    ['2025', true],
    ['é', true],
  ])('%j → %s', (query, expected) => {
    expect(hasSearchableText(query)).toBe(expected);
  });
});

describe('filters', () => {
  it('quote and escape every value', () => {
    expect(filterLiteral('Cultuur & Erfgoed')).toBe('"Cultuur & Erfgoed"');
    expect(filterLiteral('x" OR type = "news')).toBe('"x\\" OR type = \\"news"');
    expect(filterLiteral('a\\" OR 1=1')).toBe('"a\\\\\\" OR 1=1"');
  });

  it('OR values within a facet and AND facets together, numbers for years', () => {
    expect(buildFilter({ type: ['project', 'news'], year: ['2025'] })).toEqual([
      ['type = "project"', 'type = "news"'],
      ['year = 2025'],
    ]);
  });

  it('leave one facet out for that facet’s own counts', () => {
    expect(buildFilter({ type: ['project'], topics: ['Mobiliteit'] }, 'type')).toEqual([['topics = "Mobiliteit"']]);
  });
});

describe('resultsQueries', () => {
  it('asks the counts of each filtered facet without its own filter', () => {
    const request = parse('q=kerk&type=project&thema=Mobiliteit');
    const [main, ...perFacet] = resultsQueries(request, 'content_nl');
    expect(main).toMatchObject({
      q: 'kerk',
      filter: [['type = "project"'], ['topics = "Mobiliteit"']],
      page: 1,
      hitsPerPage: 10,
    });
    expect(perFacet.map((query) => [query.facets, query.filter])).toEqual([
      [['type'], [['topics = "Mobiliteit"']]],
      [['topics'], [['type = "project"']]],
    ]);
  });
});

describe('mergeFacetCounts', () => {
  it('takes a filtered facet’s counts from its own query and keeps chosen values visible', () => {
    const request = parse('type=project&thema=Weg');
    const counts = mergeFacetCounts(request, [
      { type: { project: 3 }, status: { active: 2 } },
      { type: { project: 3, news: 5 } },
      { topics: { Mobiliteit: 4 } },
    ]);
    expect(counts.type).toEqual({ project: 3, news: 5 });
    expect(counts.status).toEqual({ active: 2 });
    expect(counts.topics).toEqual({ Mobiliteit: 4, Weg: 0 });
  });
});

describe('highlightSegments', () => {
  it('splits on the markers and never interprets anything else', () => {
    expect(highlightSegments(`Heraanleg ${S}Kerkstraat${E} <b>nu</b>`)).toEqual([
      { text: 'Heraanleg ', highlighted: false },
      { text: 'Kerkstraat', highlighted: true },
      { text: ' <b>nu</b>', highlighted: false },
    ]);
    expect(highlightSegments('')).toEqual([]);
  });
});

describe('searchHref', () => {
  const request = parse('q=kerk&type=project&pagina=3');
  it('toggles a facet value and returns to the first page', () => {
    expect(searchHref('/zoeken', request, { toggle: ['type', 'news'] })).toBe('/zoeken?q=kerk&type=project&type=news');
    expect(searchHref('/zoeken', request, { toggle: ['type', 'project'] })).toBe('/zoeken?q=kerk');
  });
  it('links another page with the same filters, and clears filters', () => {
    expect(searchHref('/fr/zoeken', request, { page: 4 })).toBe('/fr/zoeken?q=kerk&type=project&pagina=4');
    expect(searchHref('/zoeken', request, { clearFilters: true })).toBe('/zoeken?q=kerk');
  });
});
