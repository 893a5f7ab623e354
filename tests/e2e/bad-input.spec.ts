import { expect, test } from '@playwright/test';
import { publishedProjects, seededDecisions } from './support';

test('nonsense filter values and page numbers give a normal page, never an error', async ({ page }) => {
  for (const query of [
    'pagina=-1',
    'pagina=abc',
    'pagina=999999999999999999999',
    'thema=bestaat-niet&deelgemeente=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `beleidsfase=${'x'.repeat(5000)}`,
    'voortgang[]=active&thema=cultuur&thema=mobiliteit',
  ]) {
    const response = await page.goto(`/projecten?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projecten');
  }

  // A filter value that is not offered is ignored: the whole list is shown.
  await page.goto('/projecten?deelgemeente=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`${publishedProjects.length} resultaten`);
  expect(await page.content()).not.toContain('<script>alert(1)</script>');
});

test('a page number past the end shows an empty page with a way back', async ({ page }) => {
  const response = await page.goto('/nieuws?pagina=500');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Op deze pagina staan geen resultaten.')).toBeVisible();
  await page.getByRole('link', { name: 'Naar de eerste pagina' }).click();
  await expect(page).toHaveURL(/\/nieuws$/);
});

test('decision filters ignore a year that is not a year and an unknown body', async ({ page }) => {
  for (const query of ['jaar=abc', 'jaar=1850', 'orgaan=koning', 'dienst=../../admin', 'jaar=2024%00']) {
    const response = await page.goto(`/beslissingen?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`${seededDecisions.length} resultaten`);
  }
});

test('script-like slugs and paths are a 404, with nothing reflected unescaped', async ({ request }) => {
  for (const path of [
    '/projecten/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    `/nieuws/${'a'.repeat(3000)}`,
    '/beslissingen/..%2F..%2Fadmin',
    '/uploads/..%2F..%2Fpackage.json',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain('<script>alert(1)</script>');
  }
});
