/**
 * Where the browser fetches a CMS file. Strapi's local uploads (`/uploads/...`) are served through
 * the portal itself (routes/uploads), so Strapi never has to be reachable from the internet;
 * files on an external storage provider keep their absolute https address.
 */
export function mediaPath(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  if (/^\/uploads\/[^/\\][^\\]*$/.test(url) && !url.includes('..')) return url;
  if (/^https:\/\//i.test(url)) return url;
  return undefined;
}

export function absoluteMediaUrl(url: string | null | undefined, baseUrl: string): string | undefined {
  const path = mediaPath(url);
  if (!path) return undefined;
  return path.startsWith('/') ? `${baseUrl}${path}` : path;
}
