import { expect, test, type Page } from '@playwright/test';
import { DRAFT_PROJECT_SLUG, publishedProjects, seededDecisions, seededNews } from './support';

/** Parses with the browser's own XML parser: a document with a parsererror is not well-formed. */
async function parseXml(
  page: Page,
  xml: string,
): Promise<{ root: string; namespace: string | null; error: string | null }> {
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const error = document.getElementsByTagName('parsererror')[0];
    return {
      root: document.documentElement.localName,
      namespace: document.documentElement.namespaceURI,
      error: error ? error.textContent : null,
    };
  }, xml);
}

test('the news and decision feeds are well-formed RSS 2.0 and Atom 1.0 with the seeded items', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/healthz');
  const newestNews = [...seededNews].sort((a, b) => a.daysAgo - b.daysAgo)[0];
  const newestDecision = [...seededDecisions].sort((a, b) => a.daysAgo - b.daysAgo)[0];

  for (const [path, root, contentType, item] of [
    ['/rss/nieuws.xml', 'rss', 'application/rss+xml', newestNews?.slug],
    ['/atom/nieuws.xml', 'feed', 'application/atom+xml', newestNews?.slug],
    ['/rss/beslissingen.xml', 'rss', 'application/rss+xml', newestDecision?.slug],
    ['/atom/beslissingen.xml', 'feed', 'application/atom+xml', newestDecision?.slug],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toContain(contentType);
    const xml = await response.text();
    const parsed = await parseXml(page, xml);
    expect(parsed.error, path).toBeNull();
    expect(parsed.root).toBe(root);
    if (root === 'feed') expect(parsed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(xml).toContain(`${baseURL}/${path.includes('nieuws') ? 'nieuws' : 'beslissingen'}/${item}`);
  }
  const rss = await (await request.get('/rss/nieuws.xml')).text();
  expect(rss.match(/<item>/g)?.length).toBe(Math.min(30, seededNews.length));
  expect(rss).toContain(`<atom:link href="${baseURL}/rss/nieuws.xml" rel="self"`);

  const french = await (await request.get('/fr/rss/beslissingen.xml')).text();
  expect(french).toContain('<language>fr-BE</language>');
  expect(french).toContain(`${baseURL}/fr/beslissingen/`);
});

test('the sitemap lists every published page in every language with lastmod and hreflang', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/healthz');
  // The seeded proposals that have gone through the council or were closed: other specs only
  // ever open new ones, so these are public before and after, whatever runs alongside.
  const cmsUrl = `http://127.0.0.1:${process.env.E2E_CMS_PORT ?? 1351}`;
  const settled: string[] = [];
  for (const stage of ['on-agenda', 'answered', 'not-within-competence', 'expired']) {
    const list = (await (await request.get(`${cmsUrl}/api/proposals?stage=${stage}`)).json()) as {
      data: Array<{ documentId: string }>;
    };
    settled.push(...list.data.map((proposal) => proposal.documentId));
  }
  expect(settled.length).toBeGreaterThanOrEqual(4);
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect((await parseXml(page, xml)).error).toBeNull();
  for (const project of publishedProjects) {
    expect(xml).toContain(`<loc>${baseURL}/projecten/${project.slug}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/fr/projecten/${project.slug}</loc>`);
  }
  for (const article of seededNews) expect(xml).toContain(`<loc>${baseURL}/nieuws/${article.slug}</loc>`);
  for (const decision of seededDecisions) expect(xml).toContain(`<loc>${baseURL}/beslissingen/${decision.slug}</loc>`);
  for (const path of [
    '/',
    '/projecten',
    '/nieuws',
    '/beslissingen',
    '/voorstellen',
    '/gemeenteraad',
    '/vrijwilligers',
    '/over-denkmee',
    '/privacy',
    '/toegankelijkheid',
  ]) {
    expect(xml).toContain(`<loc>${baseURL}${path}</loc>`);
  }
  expect(xml).toContain(
    `<xhtml:link rel="alternate" hreflang="en" href="${baseURL}/en/projecten/heraanleg-kerkstraat" />`,
  );
  expect(xml).toContain(
    `<xhtml:link rel="alternate" hreflang="x-default" href="${baseURL}/projecten/heraanleg-kerkstraat" />`,
  );
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  for (const documentId of settled) {
    expect(xml).toContain(`<loc>${baseURL}/voorstellen/${documentId}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/fr/voorstellen/${documentId}</loc>`);
  }
  expect(xml).not.toContain(DRAFT_PROJECT_SLUG);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
