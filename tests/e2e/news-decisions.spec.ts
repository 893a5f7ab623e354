import { expect, test } from '@playwright/test';
import { seededDecisions, seededNews, yearOfDaysAgo } from './support';

test('the news list is newest first and paginated; an article shows its project', async ({ page }) => {
  await page.goto('/nieuws');
  const newest = [...seededNews].sort((a, b) => a.daysAgo - b.daysAgo);
  const titles = await page.locator('main h2 a').allInnerTexts();
  expect(titles).toEqual(newest.slice(0, 10).map((article) => article.title));

  const pagination = page.getByRole('navigation', { name: 'Paginering' });
  await pagination.getByRole('link', { name: /Volgende pagina/ }).click();
  await expect(page).toHaveURL(/pagina=2/);
  expect(await page.locator('main h2 a').allInnerTexts()).toEqual(newest.slice(10, 20).map((article) => article.title));
  await expect(pagination.getByRole('link', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page');

  const article = seededNews.find((item) => item.slug === 'werken-kerkstraat-starten');
  await page.goto('/nieuws/werken-kerkstraat-starten');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article?.title ?? '');
  await expect(page.locator('main time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole('link', { name: 'Heraanleg Kerkstraat' }).click();
  await expect(page).toHaveURL(/\/projecten\/heraanleg-kerkstraat$/);
});

test('the decisions list filters by deciding body and year', async ({ page }) => {
  await page.goto('/beslissingen');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`${seededDecisions.length} resultaten`);

  const museum = seededDecisions.find(
    (decision) => decision.slug === 'lastvoorwaarden-ontwerpwedstrijd-stedelijk-museum',
  );
  const year = yearOfDaysAgo(museum?.daysAgo ?? 0);
  await page.getByLabel('Orgaan').selectOption({ label: 'Gemeenteraad' });
  await page.getByLabel('Jaar').selectOption(String(year));
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(new RegExp(`orgaan=gemeenteraad.*jaar=${year}`));

  const expected = seededDecisions.filter(
    (decision) => decision.decidingBody === 'gemeenteraad' && yearOfDaysAgo(decision.daysAgo) === year,
  );
  const titles = await page.locator('main h2 a').allInnerTexts();
  expect(titles.sort()).toEqual(expected.map((decision) => decision.title).sort());
  expect(titles.length).toBeLessThan(seededDecisions.length);
  for (const time of await page.locator('main .decision-list time').all()) {
    expect(await time.getAttribute('datetime')).toMatch(new RegExp(`^${year}-`));
  }
  for (const body of await page.locator('main .decision-list .body').allInnerTexts()) expect(body).toBe('Gemeenteraad');
});

test('the decisions list filters by department', async ({ page }) => {
  await page.goto('/beslissingen?dienst=mobiliteit');
  const expected = seededDecisions.filter((decision) => decision.department === 'mobiliteit');
  expect((await page.locator('main h2 a').allInnerTexts()).sort()).toEqual(
    expected.map((decision) => decision.title).sort(),
  );
  await expect(page.getByLabel('Stadsdienst')).toHaveValue('mobiliteit');
});

test('a decision page shows its facts and offers its documents for download', async ({ page }) => {
  const decision = seededDecisions.find((item) => item.documents && item.documents.length > 0);
  if (!decision) throw new Error('de seed heeft geen beslissing met documenten');
  await page.goto(`/beslissingen/${decision.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(decision.title);
  await expect(page.locator('dl.facts')).toContainText('Beslist op');
  const documents = page.locator('section[aria-labelledby="documents"] a');
  await expect(documents).toHaveCount(decision.documents?.length ?? 0);
  const href = await documents.first().getAttribute('href');
  expect(href).toMatch(/^\/uploads\/.+\.pdf$/);
  const download = await page.request.get(href ?? '');
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
  if (decision.project) {
    await expect(page.locator('dl.facts').getByRole('link')).toHaveAttribute('href', `/projecten/${decision.project}`);
  }
});

test('static pages are linked in the footer and render their content', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const [title, slug] of [
    ['Over Denkmee', 'over-denkmee'],
    ['Privacyverklaring', 'privacy'],
    ['Toegankelijkheidsverklaring', 'toegankelijkheid'],
  ]) {
    await expect(footer.getByRole('link', { name: title })).toHaveAttribute('href', `/${slug}`);
  }
  await footer.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
  expect(await page.locator('main .prose p').count()).toBeGreaterThan(0);
});
