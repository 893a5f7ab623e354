/**
 * On a slow phone the page's script arrives seconds after the form is visible, and people start
 * typing. Hydration must not write over what they typed (Svelte writes '' over a field whose
 * value is '' in the template), here held back deliberately until the fields are filled.
 */
import { expect, test } from '@playwright/test';

test('what a person types before the script arrives survives hydration', async ({ page }) => {
  let releaseScripts: () => void = () => {};
  const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route('**/_app/immutable/**', async (route) => {
    await scriptsReleased;
    await route.continue();
  });

  // Not even DOMContentLoaded fires while module scripts are held back: wait for the form itself.
  await page.goto('/aanmelden', { waitUntil: 'commit' });
  await expect(page.getByLabel('Wachtwoord')).toBeVisible();
  await page.getByLabel('E-mailadres of gebruikersnaam').fill('traag@voorbeeld.test');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await expect(page.getByRole('combobox')).toHaveCount(0);
  releaseScripts();
  // The header's search field becomes a combobox once the page is hydrated.
  await expect(page.getByRole('combobox')).toHaveCount(1, { timeout: 15_000 });

  await expect(page.getByLabel('E-mailadres of gebruikersnaam')).toHaveValue('traag@voorbeeld.test');
  await expect(page.getByLabel('Wachtwoord')).toHaveValue('een lang wachtwoord');
});
