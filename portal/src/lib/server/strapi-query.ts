/**
 * Strapi's REST parameters (filters, populate, fields, sort, pagination, locale) use qs-style
 * bracket notation: `filters[slug][$eq]=x&populate[phases][populate][methods]=true`. The portal
 * cannot add the qs package, and the subset it needs is small, so it is written out here.
 */
export type QueryValue =
  string | number | boolean | undefined | readonly QueryValue[] | { readonly [key: string]: QueryValue };

export function toQueryString(query: Record<string, QueryValue>): string {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}[${encodeURIComponent(key)}]`, inner);
    } else {
      pairs.push(`${prefix}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(query)) walk(encodeURIComponent(key), value);
  return pairs.join('&');
}
