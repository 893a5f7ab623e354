import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtom, renderRss, renderSitemap, type Feed } from './xml';

const feed: Feed = {
  title: 'Denkmee Lokeren – Nieuws',
  description: 'Nieuws & updates',
  language: 'nl-BE',
  pageUrl: 'https://denkmee.lokeren.be/nieuws',
  selfUrl: 'https://denkmee.lokeren.be/rss/nieuws.xml',
  author: 'Stad Lokeren',
  entries: [
    {
      url: 'https://denkmee.lokeren.be/nieuws/a?b=1&c=2',
      title: 'Werken in de <Kerkstraat> & omgeving',
      summary: '"Hinder" beperkt\u0007',
      published: '2025-03-01',
      updated: '2025-03-02T10:00:00.000Z',
      categories: ['Mobiliteit'],
    },
  ],
};

describe('escapeXml', () => {
  it('escapes markup and drops control characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('renderRss', () => {
  it('writes an RSS 2.0 channel with escaped items and RFC 822 dates', () => {
    const xml = renderRss(feed);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<title>Werken in de &lt;Kerkstraat&gt; &amp; omgeving</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://denkmee.lokeren.be/nieuws/a?b=1&amp;c=2</guid>');
    expect(xml).toContain('<pubDate>Sat, 01 Mar 2025 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Sun, 02 Mar 2025 10:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<description>&quot;Hinder&quot; beperkt</description>');
    expect(xml).not.toContain('\u0007');
  });
});

describe('renderAtom', () => {
  it('writes an Atom 1.0 feed with ids, self link and updated times', () => {
    const xml = renderAtom(feed);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-BE">');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://denkmee.lokeren.be/rss/nieuws.xml" />',
    );
    expect(xml).toContain('<updated>2025-03-02T10:00:00.000Z</updated>');
    expect(xml).toContain('<published>2025-03-01T00:00:00.000Z</published>');
    expect(xml).toContain('<category term="Mobiliteit" />');
  });
});

describe('renderSitemap', () => {
  it('lists URLs with lastmod and hreflang alternates', () => {
    const xml = renderSitemap([
      {
        url: 'https://denkmee.lokeren.be/projecten',
        lastmod: '2025-03-02T10:00:00.000Z',
        alternates: [
          { hreflang: 'nl', url: 'https://denkmee.lokeren.be/projecten' },
          { hreflang: 'fr', url: 'https://denkmee.lokeren.be/fr/projecten' },
        ],
      },
    ]);
    expect(xml).toContain('<loc>https://denkmee.lokeren.be/projecten</loc>');
    expect(xml).toContain('<lastmod>2025-03-02T10:00:00.000Z</lastmod>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="fr" href="https://denkmee.lokeren.be/fr/projecten" />',
    );
  });
});
