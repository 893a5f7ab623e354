/**
 * Strapi's public list endpoints as the portal calls them: published documents, Dutch, with the
 * relations a list page shows. Each is checked to answer 2xx before it is measured.
 */
import type { BenchCase } from './measure.ts';

export function cmsCases(cmsUrl: string): BenchCase[] {
  const endpoint = (name: string, path: string): BenchCase => ({
    suite: 'cms',
    name,
    url: `${cmsUrl}${path}`,
    headers: { accept: 'application/json' },
  });
  return [
    endpoint(
      'projects + relations',
      '/api/projects?locale=nl&populate[coverImage]=true&populate[department]=true&populate[topics]=true&populate[districts]=true&populate[phases]=true',
    ),
    endpoint('news-articles', '/api/news-articles?locale=nl&sort=date:desc&populate[coverImage]=true'),
    endpoint('decisions', '/api/decisions?locale=nl&sort=decisionDate:desc&populate[department]=true'),
  ];
}
