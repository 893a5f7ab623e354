/** The page number's query parameter in every list. */
export const PAGE_PARAM = 'pagina';

/** A link to the same list with other values, dropping empty ones and page 1 (for pagination and "reset"). */
export function listHref(path: string, values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '' || (name === PAGE_PARAM && value === 1)) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
