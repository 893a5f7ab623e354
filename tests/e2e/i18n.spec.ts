import { expect, test } from '@playwright/test';
import { publishedProjects } from './support';

test('the language switcher leads to French and English versions of the same page', async ({ page }) => {
  await page.goto('/projecten/heraanleg-kerkstraat');
  const languages = page.getByRole('navigation', { name: 'Taal' });
  await expect(languages.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'true');

  await languages.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/projecten\/heraanleg-kerkstraat$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réaménagement de la Kerkstraat');
  await expect(
    page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Projets' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
  await expect(page.locator('li[aria-current="step"]')).toContainText('Phase actuelle');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_BE');

  await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/projecten\/heraanleg-kerkstraat$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kerkstraat redevelopment');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/projecten\/heraanleg-kerkstraat$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('lists show translations where they exist and the Dutch original elsewhere', async ({ page }) => {
  await page.goto('/fr/projecten');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`${publishedProjects.length} résultats`);
  const translated = page.getByRole('link', { name: 'Réaménagement de la Kerkstraat' });
  await expect(translated).toHaveAttribute('href', '/fr/projecten/heraanleg-kerkstraat');
  await expect(page.locator('main h2', { has: translated })).not.toHaveAttribute('lang', /.+/);
  const untranslated = publishedProjects.find((project) => !project.translations?.fr);
  await expect(page.locator('main h2', { hasText: untranslated?.title ?? '' })).toHaveAttribute('lang', 'nl');
});

test('untranslated content falls back to Dutch, marked as such, inside a French page', async ({ page }) => {
  await page.goto('/fr/nieuws');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actualités');
  // News is not translated in the seed: Dutch titles, marked with lang="nl" for screen readers.
  const firstTitle = page.locator('main h2').first();
  await expect(firstTitle).toHaveAttribute('lang', 'nl');
  await firstTitle.getByRole('link').click();
  await expect(page).toHaveURL(/\/fr\/nieuws\//);
  await expect(page.getByText('Ce contenu n’est pas encore traduit')).toBeVisible();
});

test('a prefix naming the default language redirects to the plain address', async ({ request }) => {
  const response = await request.get('/nl/projecten?thema=cultuur', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/projecten?thema=cultuur');
});

test('the 404 page is Dutch by default and follows the language prefix', async ({ page }) => {
  let response = await page.goto('/deze/pagina/bestaat/niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  response = await page.goto('/fr/cette-page-n-existe-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  response = await page.goto('/en/nieuws/does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
