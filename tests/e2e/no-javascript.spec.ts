import { expect, test } from '@playwright/test';
import { publishedProjects } from './support';

test.use({ javaScriptEnabled: false });

test('the site can be browsed and filtered without JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Projecten' }).click();
  await expect(page).toHaveURL(/\/projecten$/);

  await page.getByLabel('Thema').selectOption({ label: 'Cultuur' });
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(/thema=cultuur/);
  const cultural = publishedProjects.filter((project) => project.topics.includes('cultuur'));
  expect((await page.locator('main h2 a').allInnerTexts()).sort()).toEqual(
    cultural.map((project) => project.title).sort(),
  );

  await page.getByRole('link', { name: cultural[0]?.title ?? '' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cultural[0]?.title ?? '');
  await expect(page.locator('li[aria-current="step"]')).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goto('/beslissingen');
  await page.getByLabel('Orgaan').selectOption({ label: 'College van burgemeester en schepenen' });
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(/orgaan=college/);
  for (const body of await page.locator('main .decision-list .body').allInnerTexts())
    expect(body).toBe('College van burgemeester en schepenen');

  // The search form submits as a plain GET to /zoeken.
  await page.getByLabel('Zoeken op de website').fill('kerkstraat');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\/zoeken\?q=kerkstraat$/);
});
