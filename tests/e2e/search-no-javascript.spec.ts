/**
 * Search without JavaScript: the header form is a plain GET form, the results page is rendered on
 * the server, and facets and results are ordinary links.
 */
import { expect, test } from '@playwright/test';
import { seededProject } from './support.ts';

test.use({ javaScriptEnabled: false });

const kerkstraat = seededProject('heraanleg-kerkstraat');

test('search from the header, narrow with a facet and open a result, all without JavaScript', async ({ page }) => {
  await page.goto('/nieuws');
  const header = page.getByRole('search');
  await header.getByRole('searchbox', { name: 'Zoeken op de website' }).fill('kerkstraat');
  await header.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=kerkstraat$/);
  expect(await page.locator('.result').count()).toBeGreaterThan(1);

  const facets = page.getByRole('region', { name: 'Verfijn je zoekresultaten' });
  await facets.getByRole('link', { name: /^Project \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/[?&]type=project(&|$)/);
  for (const label of await page.locator('.result .type').allInnerTexts()) expect(label.toLowerCase()).toBe('project');

  await page.getByRole('link', { name: kerkstraat.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kerkstraat.title);
});

test('the results page has its own search form and keeps the query', async ({ page }) => {
  await page.goto('/zoeken');
  await page.getByLabel('Zoekterm').fill('bibliotheek');
  await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=bibliotheek$/);
  await expect(page.getByLabel('Zoekterm')).toHaveValue('bibliotheek');
  await expect(page.getByRole('search').getByRole('searchbox')).toHaveValue('bibliotheek');
  await expect(page.locator('.result mark').first()).toHaveText(/bib/i);
});
