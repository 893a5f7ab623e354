/**
 * Issue 5, end to end: a verified resident submits a proposal in the portal; the participation
 * officer screens it in the Strapi admin panel (by clicking: the queue, the proposal, "Screening
 * starten", a refused step with its message next to the field, "Openstellen voor steun"); two other
 * verified residents support it in the portal and the count goes to 2; a logged-in resident who has
 * not verified sees "Verifieer met e-ID" instead of the support button. Also: staff without the
 * officer's role get no "Burgervoorstellen" in the admin panel.
 *
 * Everything is real: Strapi with its built admin panel, the portal, the mail catcher and the FAS
 * stand-in. No axe here on the admin panel: it is Strapi's own interface (the portal pages are
 * checked in proposals.spec.ts).
 */
import type { Browser, Page } from '@playwright/test';
import { adminContext, adminUrl, createStaffMember, logInToAdmin } from './admin-support';
import {
  expect,
  newConfirmedResident,
  newVerifiedResident,
  newVisitor,
  proposalText,
  submitProposalInPortal,
  test,
} from './proposal-support';

// Four residents through the real registration mail and e-ID flow, and the admin panel.
test.describe.configure({ timeout: 240_000 });

/** A new verified resident, in a browser context of their own, supports the proposal and sees the new count. */
async function supportAsNewResident(browser: Browser, documentId: string, expectedCount: number): Promise<void> {
  const resident = await newVisitor(browser);
  try {
    await newVerifiedResident(resident.page);
    await resident.page.goto(`/voorstellen/${documentId}`);
    await resident.page.getByRole('button', { name: 'Steun dit voorstel' }).click();
    await expect(resident.page.getByText('Je steunt dit voorstel')).toBeVisible();
    await expect(
      resident.page.getByText(new RegExp(`^${expectedCount} van \\d+ steunbetuigingen$`)).first(),
    ).toBeVisible();
  } finally {
    await resident.context.close();
  }
}

async function openAdminPage(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
}

test('a proposal goes from the portal through screening in the admin panel to supports', async ({ browser }) => {
  // 1. A verified resident writes and submits a proposal in the portal.
  const text = proposalText();
  const author = await newVisitor(browser);
  await newVerifiedResident(author.page);
  const documentId = await submitProposalInPortal(author.page, text);
  await expect(author.page.getByText('Je voorstel is ingediend.')).toBeVisible();
  await author.context.close();

  // 2. The participation officer finds it in the screening queue of the admin panel.
  const officer = await createStaffMember('participation-officer');
  const officerContext = await adminContext(browser);
  const admin = await officerContext.newPage();
  await logInToAdmin(admin, officer);
  await openAdminPage(admin, 'Burgervoorstellen');
  await expect(admin).toHaveURL(`${adminUrl}/plugins/proposals`);
  await expect(admin.getByRole('heading', { level: 1, name: 'Screeningswachtrij' })).toBeVisible();
  const row = admin.getByRole('row').filter({ hasText: text.title });
  await expect(row).toContainText('Ingediend');
  await expect(row).toContainText('vandaag ingediend');
  await expect(row).toContainText(text.displayName);
  await row.getByRole('link', { name: text.title }).click();

  // The full text, the timeline so far, and only the step allowed now.
  await expect(admin).toHaveURL(`${adminUrl}/plugins/proposals/voorstel/${documentId}`);
  await expect(admin.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  await expect(admin.getByText(text.summary)).toBeVisible();
  const steps = admin.getByRole('region', { name: 'Stappen' });
  await expect(steps.getByRole('button')).toHaveText(['Screening starten']);
  await expect(admin.getByRole('region', { name: 'Tijdlijn' })).toContainText('Ingediend');

  // 3. Screening starts; the three decisions of screening are offered.
  await steps.getByRole('button', { name: 'Screening starten' }).click();
  await expect(steps.getByRole('status')).toHaveText('De screening is gestart.');
  await expect(steps.getByRole('button')).toHaveText([
    'Terugsturen naar de indiener',
    'Openstellen voor steun',
    'Weigeren: geen bevoegdheid van de stad',
  ]);
  await expect(admin.getByRole('region', { name: 'Tijdlijn' })).toContainText('Wordt gescreend');

  // Returning it without a public reason is refused by the server, with its message at the field.
  const returning = admin.getByRole('region', { name: 'Terugsturen naar de indiener' });
  await returning.getByRole('button', { name: 'Terugsturen naar de indiener' }).click();
  const reason = returning.getByLabel('Openbare motivering');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(returning.getByText('Vul een openbare motivering in.')).toBeVisible();

  // 4. It is within the city's competence: open for support.
  await steps.getByRole('button', { name: 'Openstellen voor steun' }).click();
  await expect(steps.getByRole('status')).toHaveText('Het voorstel staat open voor steun.');
  await expect(steps.getByRole('button')).toHaveCount(0);
  await expect(admin.getByRole('region', { name: 'Tijdlijn' })).toContainText('Open voor steun');
  await expect(admin.getByRole('region', { name: 'Gegevens' }).getByText(/^0 van \d+ steunbetuigingen$/)).toBeVisible();

  // 5. Two other verified residents support it in the portal.
  await supportAsNewResident(browser, documentId, 1);
  await supportAsNewResident(browser, documentId, 2);

  // 6. A logged-in resident who has not verified with e-ID gets that step, not the support button.
  const unverified = await newVisitor(browser);
  await newConfirmedResident(unverified.page);
  await unverified.page.goto(`/voorstellen/${documentId}`);
  await expect(unverified.page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  await expect(unverified.page.getByRole('button', { name: 'Verifieer met e-ID' })).toBeVisible();
  await expect(unverified.page.getByRole('button', { name: 'Steun dit voorstel' })).toHaveCount(0);
  await expect(unverified.page.getByText(/^2 van \d+ steunbetuigingen$/).first()).toBeVisible();
  await unverified.context.close();

  // The officer sees the same count.
  await admin.reload();
  // A fresh load of the admin panel takes a while on a busy machine.
  await expect(admin.getByRole('heading', { level: 1, name: text.title })).toBeVisible({ timeout: 30_000 });
  await expect(admin.getByRole('region', { name: 'Gegevens' }).getByText(/^2 van \d+ steunbetuigingen$/)).toBeVisible();
  await officerContext.close();
});

test('staff without the participation officer’s role get no "Burgervoorstellen" in the admin panel', async ({
  browser,
}) => {
  const staff = await createStaffMember('communication-staff');
  const context = await adminContext(browser);
  const page = await context.newPage();
  await logInToAdmin(page, staff);
  await expect(page.getByRole('link', { name: 'Content Manager' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Burgervoorstellen' })).toHaveCount(0);

  // Typing the address does not help: Strapi's own "no permissions" page, no queue.
  await page.goto(`${adminUrl}/plugins/proposals`);
  await expect(page.getByText("You don't have the permissions to access that content")).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'Screeningswachtrij' })).toHaveCount(0);
  await expect(page.getByRole('row')).toHaveCount(0);
  await context.close();
});
