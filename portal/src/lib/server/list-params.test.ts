import { describe, expect, it } from 'vitest';
import { listHref } from '../list-href';
import { allowedValue, allowedYear, pageNumber } from './list-params';

const params = (query: string) => new URLSearchParams(query);

describe('pageNumber', () => {
  it.each([
    ['', 1],
    ['pagina=3', 3],
    ['pagina=-1', 1],
    ['pagina=0', 1],
    ['pagina=abc', 1],
    ['pagina=2.5', 1],
    ['pagina=99999999999999999999', 1000],
    ['pagina=5000', 1000],
  ])('%s gives page %i', (query, expected) => expect(pageNumber(params(query))).toBe(expected));
});

describe('allowedValue', () => {
  const stages = ['beleidsvoorbereiding', 'beleidsuitvoering'] as const;
  it('accepts a known value and ignores everything else', () => {
    expect(allowedValue(params('fase=beleidsuitvoering'), 'fase', stages)).toBe('beleidsuitvoering');
    expect(allowedValue(params('fase=onbekend'), 'fase', stages)).toBeUndefined();
    expect(allowedValue(params('fase=<script>alert(1)</script>'), 'fase', stages)).toBeUndefined();
    expect(allowedValue(params(`fase=${'x'.repeat(5000)}`), 'fase', stages)).toBeUndefined();
    expect(allowedValue(params(''), 'fase', stages)).toBeUndefined();
  });
});

describe('allowedYear', () => {
  it('accepts only one of the offered years', () => {
    expect(allowedYear(params('jaar=2024'), 'jaar', [2025, 2024])).toBe(2024);
    expect(allowedYear(params('jaar=abc'), 'jaar', [2025, 2024])).toBeUndefined();
    expect(allowedYear(params('jaar=1999'), 'jaar', [2025, 2024])).toBeUndefined();
    expect(allowedYear(params('jaar=2024abc'), 'jaar', [2025, 2024])).toBeUndefined();
  });
});

describe('listHref', () => {
  it('keeps filters, drops empty values and page 1', () => {
    expect(listHref('/projecten', { thema: 'cultuur', deelgemeente: undefined, pagina: 2 })).toBe(
      '/projecten?thema=cultuur&pagina=2',
    );
    expect(listHref('/fr/projecten', { thema: '', pagina: 1 })).toBe('/fr/projecten');
  });
});
