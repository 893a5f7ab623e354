/**
 * Search with JavaScript: the header box becomes a combobox with suggestions as you type; the
 * results page has facets, highlights and pagination; hostile input gives a normal page.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, seededProject } from './support.ts';

const kerkstraat = seededProject('heraanleg-kerkstraat');

/** The header's search box, once the page's script has made it a combobox. */
async function headerCombobox(page: Page) {
  const combobox = page.getByRole('banner').getByRole('combobox', { name: 'Zoeken op de website' });
  await expect(combobox).toBeVisible();
  return combobox;
}

test('search from the header, narrow with a facet, open a result', async ({ page }) => {
  await page.goto('/');
  const combobox = await headerCombobox(page);
  await combobox.fill('kerkstraat');
  await combobox.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\?q=kerkstraat$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken');
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /resultaten voor ‘kerkstraat’/ }),
  ).toBeVisible();
  const results = page.locator('.result');
  const total = await results.count();
  expect(total).toBeGreaterThan(1);
  await expect(results.first().locator('mark').first()).toHaveText(/kerkstraat/i);

  const facets = page.getByRole('region', { name: 'Verfijn je zoekresultaten' });
  await facets.getByRole('link', { name: /^Project \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/[?&]type=project(&|$)/);
  await expect(facets.getByRole('link', { name: /^✓?\s*Project \(\d+\)/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.result .type').first()).toHaveText('Project');
  for (const label of await page.locator('.result .type').allInnerTexts()) expect(label).toBe('PROJECT');

  await page.getByRole('link', { name: kerkstraat.title }).click();
  await expect(page).toHaveURL(/\/projecten\/heraanleg-kerkstraat$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kerkstraat.title);
});

test('forgives a typo and knows residents’ words for things', async ({ page }) => {
  await page.goto('/zoeken?q=kerkstrat');
  await expect(page.locator('.result h3').first()).toHaveText(kerkstraat.title);
  await page.goto('/zoeken?q=wegenwerken');
  await expect(page.locator('.result h3').first()).toHaveText(/heraanleg/i);
});

test('the combobox works with the keyboard and announces its suggestions', async ({ page }) => {
  await page.goto('/');
  const combobox = await headerCombobox(page);
  await combobox.focus();
  await page.keyboard.type('bibliot');
  const listbox = page.getByRole('listbox', { name: 'Suggesties' });
  await expect(listbox).toBeVisible();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await expect(combobox).toHaveAttribute('aria-controls', (await listbox.getAttribute('id')) ?? '');
  const options = listbox.getByRole('option');
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(new RegExp(`^${count} suggesties`));

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox).toBeHidden();
  await expect(combobox).toHaveValue('bibliot');
  await expect(combobox).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(listbox).toBeVisible();
  const chosen = (await options.nth(0).locator('.title').innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen);
});

test('axe finds nothing wrong with the open suggestion list', async ({ page }) => {
  await page.goto('/');
  const combobox = await headerCombobox(page);
  await combobox.pressSequentially('museum');
  await expect(page.getByRole('listbox', { name: 'Suggesties' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expectNoAxeViolations(page);
});

test('paginates long result lists', async ({ page }) => {
  await page.goto('/zoeken?type=news&type=decision');
  const pagination = page.getByRole('navigation', { name: 'Paginering' });
  await expect(pagination).toBeVisible();
  const firstPage = await page.locator('.result h3').allInnerTexts();
  expect(firstPage).toHaveLength(10);
  await pagination.getByRole('link', { name: /Volgende pagina/ }).click();
  await expect(page).toHaveURL(/pagina=2/);
  const secondPage = await page.locator('.result h3').allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
});

test.describe('hostile or odd input gives a normal, escaped page', () => {
  const cases = [
    ['a very long query', `q=${encodeURIComponent('kerkstraat '.repeat(300))}`],
    ['only punctuation', `q=${encodeURIComponent('?!…;')}`],
    ['a lone quote', `q=${encodeURIComponent('"')}`],
    ['a script tag', `q=${encodeURIComponent('<script>window.pwned=1</script>')}`],
    [
      'filter injection',
      `q=kerkstraat&type=${encodeURIComponent('project OR 1=1')}&thema=${encodeURIComponent('x" OR type = "news')}`,
    ],
    ['a page far out of range', 'q=kerkstraat&pagina=99999'],
  ] as const;
  for (const [name, query] of cases) {
    test(name, async ({ page }) => {
      const response = await page.goto(`/zoeken?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken');
      expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
      await expect(page.locator('main script')).toHaveCount(0);
    });
  }

  test('the script tag is shown as text', async ({ page }) => {
    await page.goto(`/zoeken?q=${encodeURIComponent('<b>vet</b>')}`);
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'voor ‘<b>vet</b>’' })).toBeVisible();
    await expect(page.locator('main b')).toHaveCount(0);
  });

  test('a filter injection does not change what is found', async ({ page }) => {
    await page.goto('/zoeken?q=kerkstraat');
    const plain = await page.locator('.result h3').allInnerTexts();
    await page.goto(`/zoeken?q=kerkstraat&type=${encodeURIComponent('project OR 1=1')}`);
    expect(await page.locator('.result h3').allInnerTexts()).toEqual(plain);
    await page.goto(`/zoeken?q=kerkstraat&thema=${encodeURIComponent('x" OR type = "news')}`);
    await expect(page.locator('.result')).toHaveCount(0);
    await expect(page.getByText('Geen resultaten voor ‘kerkstraat’.')).toBeVisible();
  });
});

test.describe('axe finds nothing wrong with the search page', () => {
  for (const [name, path] of [
    ['start', '/zoeken'],
    ['results with a facet', '/zoeken?q=kerkstraat&type=project'],
    ['no results', '/zoeken?q=qwxzyvbn'],
    ['results in French', '/fr/zoeken?q=museum'],
  ] as const) {
    test(name, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
