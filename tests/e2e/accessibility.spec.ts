import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';

// Every page type, in Dutch and French: axe (WCAG 2.0/2.1 A and AA rules) finds nothing.
const pages = [
  ['home', '/'],
  ['projects list', '/projecten'],
  ['projects list, filtered', '/projecten?deelgemeente=lokeren&voortgang=active'],
  ['project', '/projecten/heraanleg-kerkstraat'],
  ['news list', '/nieuws'],
  ['news article', '/nieuws/werken-kerkstraat-starten'],
  ['decisions list', '/beslissingen'],
  ['decision', '/beslissingen/gunning-heraanleg-kerkstraat'],
  ['static page', '/toegankelijkheid'],
  ['404', '/bestaat-niet'],
] as const;

for (const [name, path] of pages) {
  for (const prefix of ['', '/fr']) {
    test(`${name} (${prefix ? 'fr' : 'nl'}) has no axe violations`, async ({ page }) => {
      const response = await page.goto(prefix && path === '/' ? prefix : `${prefix}${path}`);
      expect(response?.status()).toBe(name === '404' ? 404 : 200);
      await expectNoAxeViolations(page);
    });
  }
}

test('the project page has no axe violations on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/en/projecten/vernieuwing-stedelijk-museum');
  await expectNoAxeViolations(page);
});

test('pages have landmarks and one h1', async ({ page }) => {
  for (const path of ['/', '/projecten/heraanleg-kerkstraat', '/beslissingen']) {
    await page.goto(path);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});
