/**
 * When Meilisearch cannot be reached, search says so plainly and everything else keeps working.
 * serve.ts runs a second portal for this, whose search server address leads nowhere.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support.ts';

const searchDown = `http://127.0.0.1:${process.env.E2E_PORTAL_SEARCH_DOWN_PORT ?? 3312}`;

test('the search page explains that search is unavailable, without an error', async ({ page }) => {
  const response = await page.goto(`${searchDown}/zoeken?q=kerkstraat`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['cache-control']).toBe('no-store');
  await expect(page.getByRole('heading', { name: 'Zoeken is even niet beschikbaar' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Projecten' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every other page still works', async ({ page }) => {
  for (const path of ['/', '/projecten', '/projecten/heraanleg-kerkstraat', '/nieuws', '/beslissingen']) {
    const response = await page.goto(`${searchDown}${path}`);
    expect(response?.status(), path).toBe(200);
  }
});

test('suggestions answer 503 and the combobox says so', async ({ page, request }) => {
  const answer = await request.get(`${searchDown}/zoeken/suggesties?q=kerk`);
  expect(answer.status()).toBe(503);
  expect(await answer.json()).toEqual({ suggestions: [], unavailable: true });

  await page.goto(`${searchDown}/`);
  const combobox = page.getByRole('banner').getByRole('combobox', { name: 'Zoeken op de website' });
  await combobox.pressSequentially('kerk');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/niet beschikbaar/);
  await combobox.press('Enter');
  await expect(page.getByRole('heading', { name: 'Zoeken is even niet beschikbaar' })).toBeVisible();
});
