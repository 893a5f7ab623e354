import { expect, test } from '@playwright/test';
import { publishedProjects } from './support';

test('the home page shows current seeded projects, the latest news and decisions', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toContain('public');
  await expect(page).toHaveTitle(/Denkmee Lokeren/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  const current = page.locator('section[aria-labelledby="current-projects"]');
  await expect(current.getByRole('heading', { name: 'Lopende projecten' })).toBeVisible();
  const cards = current.getByRole('article');
  expect(await cards.count()).toBeGreaterThanOrEqual(3);
  const runningTitles = publishedProjects
    .filter((project) => project.progress === 'active')
    .map((project) => project.title);
  for (const title of await current.getByRole('heading', { level: 3 }).allInnerTexts()) {
    expect(publishedProjects.map((project) => project.title)).toContain(title);
  }
  await expect(current.getByRole('link', { name: runningTitles[0] })).toBeVisible();

  await expect(page.locator('section[aria-labelledby="latest-news"]').getByRole('listitem')).toHaveCount(4);
  await expect(page.locator('section[aria-labelledby="latest-decisions"]').getByRole('listitem')).toHaveCount(4);
});

test('the header carries the city branding, navigation and a search form', async ({ page }) => {
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: /Denkmee Lokeren/ })).toHaveAttribute('href', '/');
  const logo = banner.locator('img').first();
  await expect(logo).toHaveAttribute('src', '/branding/lokeren-logo.svg');
  expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  await expect(navigation.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  for (const name of ['Projecten', 'Nieuws', 'Beslissingen', 'Voorstellen', 'Vrijwilligers'])
    await expect(navigation.getByRole('link', { name })).toBeVisible();

  const search = page.getByRole('search');
  await expect(search).toHaveAttribute('action', '/zoeken');
  await expect(search).toHaveAttribute('method', 'get');
  await expect(search.getByLabel('Zoeken op de website')).toHaveAttribute('name', 'q');
  // The city's colours from config/city.lokeren.json are applied.
  const barColour = await page
    .locator('.site-header .bar')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(barColour).toBe('rgb(15, 90, 120)');
});

test('every page has Open Graph and Twitter card tags with absolute URLs', async ({ page, baseURL }) => {
  await page.goto('/projecten/heraanleg-kerkstraat');
  const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
  expect(await meta('property="og:title"')).toBe('Heraanleg Kerkstraat');
  expect(await meta('property="og:description"')).toContain('Kerkstraat');
  expect(await meta('property="og:url"')).toBe(`${baseURL}/projecten/heraanleg-kerkstraat`);
  expect(await meta('property="og:type"')).toBe('article');
  expect(await meta('property="og:locale"')).toBe('nl_BE');
  expect(await meta('property="og:image"')).toMatch(new RegExp(`^${baseURL}/uploads/`));
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
  expect(await meta('name="description"')).toContain('Kerkstraat');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${baseURL}/projecten/heraanleg-kerkstraat`,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
    'href',
    `${baseURL}/fr/projecten/heraanleg-kerkstraat`,
  );
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
    'href',
    '/rss/nieuws.xml',
  );

  // The shared image is reachable through the portal, as social networks will fetch it.
  const image = await page.request.get((await meta('property="og:image"')) ?? '');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toMatch(/^image\//);

  await page.goto('/nieuws');
  expect(await meta('property="og:image"')).toBe(`${baseURL}/branding/lokeren-social.png`);
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
  const fallbackImage = await page.request.get(`${baseURL}/branding/lokeren-social.png`);
  expect(fallbackImage.headers()['content-type']).toBe('image/png');
});

test('the favicon exists as SVG and ICO', async ({ request }) => {
  const svg = await request.get('/favicon.svg');
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('<svg');
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test('the health check answers plain "ok"', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe('ok');
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/projecten');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhoud')).toBeFocused();
  // The next Tab continues inside the main content, not in the header.
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focusedInMain).toBe(true);
});
