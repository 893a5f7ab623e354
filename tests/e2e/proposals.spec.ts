/**
 * Citizen proposals in the portal, end to end against the real Strapi (proposals, votes and
 * verification plugins), mail catcher and FAS stand-in: the gated support button (log in, verify
 * with e-ID, support, withdraw), writing a proposal (preview, draft, submit, "Mijn voorstellen"),
 * Dutch errors with the input kept, support without JavaScript, and axe on every new page type.
 */
import { waitForMail } from '../../services/mail-catcher/src/client.ts';
import { mailWebUrl, newPerson, register, confirmEmail } from './account-support';
import { expectNoAxeViolations } from './support';
import {
  adminCreateMeeting,
  expect,
  logInSteadily,
  verifyWithFreshNumber,
  fillProposalForm,
  newConfirmedResident,
  newVerifiedResident,
  newVisitor,
  openProposalByNewResident,
  proposalText,
  submitProposalInPortal,
  test,
} from './proposal-support';

// Each test makes residents through the real registration mail and e-ID flow.
test.describe.configure({ timeout: 120_000 });

test('the support button says the one step needed: log in, or verify with e-ID', async ({ page, browser }) => {
  const { documentId, text } = await openProposalByNewResident(browser);

  // Logged out: the log-in step, no support button.
  const visitor = await newVisitor(browser);
  await visitor.page.goto(`/voorstellen/${documentId}`);
  await expect(visitor.page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  // The log-in link brings the person back to this proposal afterwards.
  await expect(visitor.page.getByRole('link', { name: 'Meld je aan om te steunen' })).toHaveAttribute(
    'href',
    `/aanmelden?terug=${encodeURIComponent(`/voorstellen/${documentId}`)}`,
  );
  await expect(visitor.page.getByRole('button', { name: 'Steun dit voorstel' })).toHaveCount(0);
  // Writing a proposal needs an account too: the step instead of the form.
  await visitor.page.goto('/voorstellen/nieuw');
  await expect(visitor.page.getByRole('link', { name: 'Meld je aan om een voorstel in te dienen' })).toBeVisible();
  await expect(visitor.page.getByLabel('Titel', { exact: true })).toHaveCount(0);
  // The same step in French.
  await visitor.page.goto(`/fr/voorstellen/${documentId}`);
  await expect(visitor.page.getByRole('link', { name: 'Connectez-vous pour soutenir' })).toHaveAttribute(
    'href',
    `/fr/aanmelden?terug=${encodeURIComponent(`/fr/voorstellen/${documentId}`)}`,
  );
  await visitor.context.close();

  // Logged in, e-mail confirmed, not verified: "Verifieer met e-ID" instead of the support button.
  await newConfirmedResident(page);
  await page.goto(`/voorstellen/${documentId}`);
  await expect(page.getByTestId('support-step')).toHaveAttribute('data-step', 'verify-eid');
  await expect(page.getByText('Bevestig eerst wie je bent met je eID of itsme.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verifieer met e-ID' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Steun dit voorstel' })).toHaveCount(0);

  // Proposing needs the same verification.
  await page.goto('/voorstellen/nieuw');
  await expect(page.getByTestId('support-step')).toHaveAttribute('data-step', 'verify-eid');
  await expect(page.getByLabel('Titel', { exact: true })).toHaveCount(0);

  // The button starts the verification: it leads to the e-ID provider's picker.
  await page.getByRole('button', { name: 'Verifieer met e-ID' }).click();
  await expect(page.getByLabel('Rijksregisternummer (11 cijfers)')).toBeVisible({ timeout: 15_000 });
});

test('logging in from the support step returns to the proposal', async ({ page, browser }) => {
  const { documentId } = await openProposalByNewResident(browser);
  const person = newPerson();
  await register(page, person);
  await confirmEmail(page, person);
  await page.goto(`/voorstellen/${documentId}`);
  await page.getByRole('link', { name: 'Meld je aan om te steunen' }).click();
  await expect(page).toHaveURL(/\/aanmelden\?terug=/);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('E-mailadres of gebruikersnaam').fill(person.email);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(new RegExp(`/voorstellen/${documentId}$`));
  // Logged in now, not yet verified: the next step is the e-ID.
  await expect(page.getByTestId('support-step')).toHaveAttribute('data-step', 'verify-eid');

  // A return address off the site is ignored: the account page instead.
  await page.goto('/aanmelden?terug=https%3A%2F%2Fevil.example%2F');
  await expect(page).toHaveURL(/\/account$/);
});

test('a verified resident previews, saves a draft, submits, and finds it in "Mijn voorstellen"', async ({
  page,
  browser,
}) => {
  await newVerifiedResident(page);
  await page.goto('/voorstellen');
  await page.getByRole('link', { name: 'Dien een voorstel in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dien een voorstel in' })).toBeVisible();
  await expect(page.getByText('Valt je voorstel onder de bevoegdheid van de stad?')).toBeVisible();

  const text = proposalText();
  await fillProposalForm(page, text);
  const district = page.getByLabel('Wijk', { exact: true });
  const districtOption = await district.locator('option').nth(1).textContent();
  await district.selectOption({ index: 1 });

  await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const preview = page.getByTestId('preview');
  await expect(preview).toContainText(text.title);
  await expect(preview).toContainText(`Door ${text.displayName}`);
  await expect(preview).toContainText(districtOption?.trim() ?? '');
  // The form is kept as typed.
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(text.title);
  await expect(page.getByLabel('Voorstel', { exact: true })).toHaveValue(text.body);

  await page.getByRole('button', { name: 'Bewaar als ontwerp' }).click();
  await expect(page).toHaveURL(/\/voorstellen\/[a-z0-9]+\/bewerken\?bewaard=1$/);
  await expect(page.getByText('Je ontwerp is bewaard.')).toBeVisible();
  await expect(page.getByTestId('proposal-stage')).toHaveText('Concept');
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(text.title);

  await page.goto('/voorstellen/mijn');
  const row = page.getByTestId('my-proposal').filter({ hasText: text.title });
  await expect(row.getByTestId('my-proposal-stage')).toHaveText('Concept');
  await row.getByRole('link', { name: /^Bewerk/ }).click();

  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page).toHaveURL(/\/voorstellen\/[a-z0-9]+\?ingediend=1$/);
  await expect(page.getByText('Je voorstel is ingediend.')).toBeVisible();
  await expect(page.getByTestId('proposal-stage')).toHaveText('Ingediend');
  await expect(page.getByText('Dit voorstel is nog niet openbaar')).toBeVisible();

  await page.goto('/voorstellen/mijn');
  await expect(
    page.getByTestId('my-proposal').filter({ hasText: text.title }).getByTestId('my-proposal-stage'),
  ).toHaveText('Ingediend');

  // Not public yet: another visitor gets "not found".
  const link = page
    .getByTestId('my-proposal')
    .filter({ hasText: text.title })
    .getByRole('link', { name: text.title, exact: true });
  const stranger = await newVisitor(browser);
  const answer = await stranger.page.goto((await link.getAttribute('href')) ?? '/voorstellen/onbekend');
  expect(answer?.status()).toBe(404);
  await stranger.context.close();
});

test('a verified resident supports an open proposal and withdraws the support', async ({ page, browser }) => {
  const { documentId, text } = await openProposalByNewResident(browser);
  await newVerifiedResident(page);
  await page.goto(`/voorstellen/${documentId}`);
  await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  await expect(page.getByTestId('proposal-stage')).toHaveText('Open voor steun');
  await expect(page.getByTestId('support-count')).toHaveText(/^0 van \d+ steunbetuigingen$/);
  await expect(page.getByText(/^Nog \d+ dagen om te steunen$/)).toBeVisible();

  await page.getByRole('button', { name: 'Steun dit voorstel' }).click();
  await expect(page.getByTestId('supported')).toHaveText('Je steunt dit voorstel');
  await expect(page.getByTestId('support-count')).toHaveText(/^1 van \d+ steunbetuigingen$/);
  await expect(page.getByRole('button', { name: 'Steun dit voorstel' })).toHaveCount(0);

  // The progress bar carries the same figure for assistive technology.
  const progress = page.getByRole('progressbar', { name: /^1 van \d+ steunbetuigingen$/ });
  await expect(progress).toHaveAttribute('value', '1');

  // Reloading shows the same state: the server counted it once.
  await page.reload();
  await expect(page.getByTestId('support-count')).toHaveText(/^1 van \d+ steunbetuigingen$/);

  await page.getByRole('button', { name: 'Steun intrekken' }).click();
  await expect(page.getByText('Je steun is ingetrokken.')).toBeVisible();
  await expect(page.getByTestId('support-count')).toHaveText(/^0 van \d+ steunbetuigingen$/);
  await expect(page.getByRole('button', { name: 'Steun dit voorstel' })).toBeVisible();

  // Follow and unfollow.
  await page.getByRole('button', { name: 'Volg dit voorstel', exact: true }).click();
  await expect(page.getByText('Je volgt dit voorstel')).toBeVisible();
  await page.getByRole('button', { name: 'Volg dit voorstel niet meer' }).click();
  await expect(page.getByRole('button', { name: 'Volg dit voorstel', exact: true })).toBeVisible();

  // The overview lists it, with its progress.
  await page.goto('/voorstellen?sorteer=nieuwste');
  const card = page.getByRole('article').filter({ hasText: text.title });
  await expect(card.getByRole('progressbar')).toBeVisible();
  await expect(card.getByText(/^0 van \d+ steunbetuigingen$/)).toBeVisible();
});

test('the form keeps the input and shows Dutch errors on a too short title', async ({ page }) => {
  await newVerifiedResident(page);
  await page.goto('/voorstellen/nieuw');
  const text = { ...proposalText(), title: 'Kort' };
  await fillProposalForm(page, text);
  await page.getByRole('button', { name: 'Indienen' }).click();

  await expect(page.getByRole('alert')).toContainText('Kijk dit na:');
  const title = page.getByLabel('Titel', { exact: true });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#veld-title-fout')).toHaveText('De titel moet minstens 10 tekens lang zijn (nu 4).');
  await expect(title).toHaveValue('Kort');
  await expect(page.getByLabel('Samenvatting', { exact: true })).toHaveValue(text.summary);
  await expect(page.getByLabel('Naam die anderen zien', { exact: true })).toHaveValue(text.displayName);
  await expectNoAxeViolations(page);

  // Nothing was created.
  await page.goto('/voorstellen/mijn');
  await expect(page.getByText('Je hebt nog geen voorstellen.')).toBeVisible();
});

test('supporting works without JavaScript', async ({ browser }) => {
  const { documentId } = await openProposalByNewResident(browser);
  const withScript = await newVisitor(browser);
  await newVerifiedResident(withScript.page);
  const storageState = await withScript.context.storageState();
  await withScript.context.close();

  const context = await browser.newContext({ javaScriptEnabled: false, storageState });
  const page = await context.newPage();
  await page.goto(`/voorstellen/${documentId}`);
  await page.getByRole('button', { name: 'Steun dit voorstel' }).click();
  await expect(page.getByTestId('supported')).toHaveText('Je steunt dit voorstel');
  await expect(page.getByTestId('support-count')).toHaveText(/^1 van \d+ steunbetuigingen$/);
  // A second support (an old tab, a double submit) is a Dutch message, not an error page.
  const again = await page.request.post(`/voorstellen/${documentId}?/support`, {
    form: {},
    headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
  });
  expect(again.status()).toBeLessThan(500);
  expect(await again.text()).toContain('Je hebt hier al gestemd.');
  await context.close();
});

test('axe finds nothing on the proposal pages and the council page', async ({ page, browser }) => {
  const { documentId } = await openProposalByNewResident(browser);
  await page.goto('/voorstellen');
  await expect(page.getByRole('heading', { level: 1, name: 'Voorstellen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/voorstellen/${documentId}`);
  await expectNoAxeViolations(page);
  const meetingTitle = `Gemeenteraad ${documentId.slice(0, 6)}`;
  await adminCreateMeeting(new Date(Date.now() + 40 * 86_400_000), meetingTitle);
  await page.goto('/gemeenteraad');
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeenteraad' })).toBeVisible();
  const upcoming = page.getByRole('region', { name: 'Volgende zittingen' });
  await expect(upcoming.getByRole('heading', { level: 3, name: meetingTitle })).toBeVisible();
  await expect(upcoming.getByText('Plaats: Stadhuis Lokeren').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('link', { name: 'Zet de zittingen in je agenda (iCalendar)' })).toHaveAttribute(
    'href',
    '/gemeenteraad.ics',
  );
  const calendar = await page.request.get('/gemeenteraad.ics');
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const feed = await calendar.text();
  expect(feed).toMatch(/^BEGIN:VCALENDAR/);
  expect(feed).toContain(meetingTitle);

  await newVerifiedResident(page);
  await page.goto('/voorstellen/nieuw');
  await expect(page.getByLabel('Titel', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await submitProposalInPortal(page);
  await expectNoAxeViolations(page);
  await page.goto('/voorstellen/mijn');
  await expect(page.getByTestId('my-proposal')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.goto(`/voorstellen/${documentId}`);
  await expect(page.getByRole('button', { name: 'Steun dit voorstel' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an initiator invites a co-initiator, who accepts with a verified account', async ({ page, browser }) => {
  await newVerifiedResident(page);
  await page.goto('/voorstellen/nieuw');
  const text = proposalText();
  await fillProposalForm(page, text);
  await page.getByRole('button', { name: 'Bewaar als ontwerp' }).click();
  await expect(page).toHaveURL(/\/bewerken\?bewaard=1$/);

  // The co-initiator has an account already (so the only mail to find next is the invitation).
  const coInitiator = newPerson();
  const other = await newVisitor(browser);
  await register(other.page, coInitiator);
  await confirmEmail(other.page, coInitiator);
  await logInSteadily(other.page, coInitiator);

  await page.getByLabel('E-mailadres van je mede-indiener').fill('geen-adres');
  await page.getByRole('button', { name: 'Stuur de uitnodiging' }).click();
  await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await page.getByLabel('E-mailadres van je mede-indiener').fill(coInitiator.email);
  await page.getByRole('button', { name: 'Stuur de uitnodiging' }).click();
  await expect(page.getByText(`De uitnodiging is verstuurd naar ${coInitiator.email}.`)).toBeVisible();

  const mail = await waitForMail(mailWebUrl, { to: coInitiator.email, subject: /^Uitnodiging/ });
  const link = mail.links.find((candidate) => candidate.includes('/voorstellen/uitnodiging?token='));
  expect(link, 'uitnodigingslink in de e-mail').toBeTruthy();
  const invitationPath = new URL(link ?? '').pathname + new URL(link ?? '').search;

  // Not verified yet: the one step, no form.
  await other.page.goto(invitationPath);
  await expect(other.page.getByRole('button', { name: 'Verifieer met e-ID' })).toBeVisible();
  await expect(other.page.getByRole('button', { name: 'Aanvaard de uitnodiging' })).toHaveCount(0);

  await verifyWithFreshNumber(other.page);
  await other.page.goto(invitationPath);
  await expectNoAxeViolations(other.page);
  await other.page.getByLabel('Naam die anderen zien').fill('Mede-indiener Jan');
  await other.page.getByRole('button', { name: 'Aanvaard de uitnodiging' }).click();
  await expect(other.page.getByText('Je bent nu mede-indiener van dit voorstel.')).toBeVisible();
  await expect(other.page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  await expect(other.page.getByText('samen met Mede-indiener Jan')).toBeVisible();
  await other.page.goto('/voorstellen/mijn');
  await expect(other.page.getByTestId('my-proposal').filter({ hasText: text.title })).toHaveCount(1);
  await other.context.close();
});
