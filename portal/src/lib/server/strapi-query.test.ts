import { describe, expect, it } from 'vitest';
import { toQueryString } from './strapi-query';

describe('toQueryString', () => {
  it('writes nested filters, populate and arrays in bracket notation', () => {
    const query = toQueryString({
      filters: { slug: { $eq: 'stadsmuseum' }, topics: { slug: { $in: ['mobiliteit', 'cultuur'] } } },
      populate: { phases: { populate: { methods: true } } },
      sort: ['date:desc'],
      pagination: { page: 2, pageSize: 10 },
      locale: 'fr',
    });
    expect(decodeURIComponent(query).split('&')).toEqual([
      'filters[slug][$eq]=stadsmuseum',
      'filters[topics][slug][$in][0]=mobiliteit',
      'filters[topics][slug][$in][1]=cultuur',
      'populate[phases][populate][methods]=true',
      'sort[0]=date:desc',
      'pagination[page]=2',
      'pagination[pageSize]=10',
      'locale=fr',
    ]);
  });

  it('escapes values so they cannot add parameters of their own', () => {
    const query = toQueryString({ filters: { slug: { $eq: 'a&status=draft' } } });
    expect(query).toBe('filters[slug][%24eq]=a%26status%3Ddraft');
    expect(new URLSearchParams(query).get('status')).toBeNull();
  });

  it('leaves out undefined values', () => {
    expect(toQueryString({ locale: undefined, filters: { year: undefined } })).toBe('');
  });
});
