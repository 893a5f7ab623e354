/**
 * XML for the feeds and the sitemap, written by hand because the formats are small and fixed.
 * Every text goes through escapeXml, which also drops characters XML 1.0 does not allow.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface FeedEntry {
  /** Absolute URL of the item's page; also its permanent id. */
  url: string;
  title: string;
  summary: string;
  /** When it was published (ISO date or timestamp). */
  published: string;
  /** When it last changed (ISO timestamp). */
  updated: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** BCP 47, e.g. nl-BE. */
  language: string;
  /** The HTML page listing the same items. */
  pageUrl: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  author: string;
  entries: FeedEntry[];
}

const instant = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);

function lastUpdated(feed: Feed): Date {
  const times = feed.entries.map((entry) => instant(entry.updated).getTime()).filter((time) => !Number.isNaN(time));
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

export function renderRss(feed: Feed): string {
  const items = feed.entries.map(
    (entry) => `    <item>
      <title>${escapeXml(entry.title)}</title>
      <link>${escapeXml(entry.url)}</link>
      <guid isPermaLink="true">${escapeXml(entry.url)}</guid>
      <pubDate>${instant(entry.published).toUTCString()}</pubDate>
      <description>${escapeXml(entry.summary)}</description>
${entry.categories.map((category) => `      <category>${escapeXml(category)}</category>\n`).join('')}    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.pageUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>${escapeXml(feed.language)}</language>
    <lastBuildDate>${lastUpdated(feed).toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml" />
${items.join('\n')}
  </channel>
</rss>
`;
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <id>${escapeXml(entry.url)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}" />
    <published>${instant(entry.published).toISOString()}</published>
    <updated>${instant(entry.updated).toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
${entry.categories.map((category) => `    <category term="${escapeXml(category)}" />\n`).join('')}  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <id>${escapeXml(feed.selfUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}" />
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}" />
  <updated>${lastUpdated(feed).toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}

export interface SitemapEntry {
  url: string;
  /** ISO timestamp or date of the last change, when known. */
  lastmod?: string | undefined;
  /** The same page in each language (hreflang → absolute URL), including this one. */
  alternates: Array<{ hreflang: string; url: string }>;
}

export function renderSitemap(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `\n    <lastmod>${instant(entry.lastmod).toISOString()}</lastmod>` : '';
    const links = entry.alternates
      .map(
        (alternate) =>
          `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.url)}" />`,
      )
      .join('');
    return `  <url>\n    <loc>${escapeXml(entry.url)}</loc>${lastmod}${links}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
