/**
 * Volunteering in the portal (issue 6), against the real Strapi with its volunteering plugin, the
 * mail catcher and the seeded demo content: an organisation is approved by staff and posts a help
 * request; a resident with a matching offer sees it suggested, responds; the organisation accepts;
 * only then do both see each other's contact details. Also: the log-in step without an account, an
 * unapproved organisation refused in Dutch, bad input kept with Dutch errors, and axe on every page type.
 *
 * Every title carries a random id, so the seeded requests and offers (and other runs) never stand in
 * for this spec's own.
 */
import { confirmEmail, expect, logIn, newPerson, register, test, type Person } from './account-support';
import { expectNoAxeViolations } from './support';
import {
  approveOrganisation,
  fillOfferForm,
  fillRequestForm,
  isoDateInDays,
  newVisitor,
  uniqueId,
} from './volunteering-support';

async function signUp(page: import('@playwright/test').Page, person: Person): Promise<void> {
  await register(page, person);
  await confirmEmail(page, person);
  await logIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/account$/);
}

test('the lists, the district view and a request page work for visitors and pass axe', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/vrijwilligers');
  await expect(page.getByRole('heading', { level: 1, name: 'Vrijwilligers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zo werkt contact' })).toBeVisible();
  const requests = page.getByRole('region', { name: 'Hulpvragen' });
  await expect(requests.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The district view links to the filtered list; the filter is a plain GET form.
  const districtTable = page.getByRole('region', { name: 'Per deelgemeente' }).getByRole('table');
  await districtTable.getByRole('link', { name: 'Daknam' }).click();
  await expect(page).toHaveURL(/deelgemeente=daknam/);
  await expect(page.getByLabel('Deelgemeente', { exact: true })).toHaveValue('daknam');
  const daknamTitles = await page
    .getByRole('region', { name: 'Hulpvragen' })
    .getByRole('heading', { level: 3 })
    .allTextContents();
  expect(daknamTitles.length).toBeGreaterThan(0);
  await page.getByLabel('Weekdag').selectOption('wednesday');
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(/weekdag=wednesday/);

  await page.goto('/vrijwilligers');
  await page
    .getByRole('region', { name: 'Hulpvragen' })
    .getByRole('heading', { level: 3 })
    .first()
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/vrijwilligers\/hulpvragen\/[a-z0-9]+$/);
  await expect(page.getByRole('heading', { name: 'Ik help graag' })).toBeVisible();
  await expect(page.getByText('Meld je aan om te reageren.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/fr/vrijwilligers');
  await expect(page.getByRole('heading', { name: 'Comment se passe le contact' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('posting without an account shows the log-in step', async ({ page }) => {
  for (const path of ['/vrijwilligers/hulpvragen/nieuw', '/vrijwilligers/aanbod/nieuw', '/vrijwilligers/mijn']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Meld je eerst aan' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Aanmelden' }).last()).toBeVisible();
    await expect(page.getByLabel('Titel', { exact: true })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});

test('bad input keeps what was typed and explains in Dutch', async ({ page }) => {
  test.setTimeout(90_000);
  const person = newPerson();
  await signUp(page, person);
  await page.goto('/vrijwilligers/aanbod/nieuw');
  await expectNoAxeViolations(page);
  const title = `Fietsherstellingen ${uniqueId()}`;
  await fillOfferForm(page, {
    publicName: 'Bram',
    title,
    description: 'x'.repeat(1001),
    category: 'Kleine klussen',
    district: 'Lokeren',
    slots: ['maandag avond'],
  });
  // A tampered checkbox: a weekday that does not exist.
  await page
    .getByRole('checkbox', { name: 'maandag avond', exact: true })
    .evaluate((box: HTMLInputElement) => (box.value = 'someday:evening'));
  await page.getByRole('button', { name: 'Plaatsen' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Beschrijving mag hoogstens 1000 tekens bevatten.');
  await expect(summary).toContainText('Beschikbaarheid (nr. 1, weekdag) is geen geldige keuze.');
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Beschrijving', { exact: true })).toHaveValue('x'.repeat(1001));
  await expect(page.getByRole('checkbox', { name: 'Kleine klussen', exact: true })).toBeChecked();
  await expectNoAxeViolations(page);

  // No moment at all is refused too.
  await page.getByLabel('Beschrijving', { exact: true }).fill('Ik herstel fietsen en kleine huishoudtoestellen.');
  await page.getByRole('checkbox', { name: 'maandag avond', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Beschikbaarheid moet minstens één moment bevatten waarop je kunt helpen.',
  );
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);

  // A request with contact details in its public text and a date in the past.
  // Reporting a request: a reason is needed.
  await page.goto('/vrijwilligers');
  await page
    .getByRole('region', { name: 'Hulpvragen' })
    .getByRole('heading', { level: 3 })
    .first()
    .getByRole('link')
    .click();
  await page.getByRole('button', { name: 'Meld dit' }).click();
  await expect(page.getByRole('alert')).toContainText('Reden is verplicht.');
  await page.getByRole('radio', { name: 'Spam of reclame' }).check();
  await page.getByRole('button', { name: 'Meld dit' }).click();
  await expect(page.getByText('Bedankt. De stad bekijkt je melding.')).toBeVisible();

  await page.goto('/vrijwilligers/hulpvragen/nieuw');
  await fillRequestForm(page, {
    postAs: 'inwoner',
    publicName: 'Bram',
    title: `Hulp gezocht ${uniqueId()}`,
    description: 'Bel me op 0470 12 34 56 als je kunt helpen met de verhuis.',
    category: 'Kleine klussen',
    district: 'Eksaarde',
    slot: 'zaterdag middag',
    untilDate: '2020-01-01',
  });
  await page.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(page.getByRole('alert')).toContainText('Beschrijving mag geen e-mailadres of telefoonnummer bevatten');
  await expect(page.getByLabel('Beschrijving', { exact: true })).toHaveValue(
    'Bel me op 0470 12 34 56 als je kunt helpen met de verhuis.',
  );
  await expectNoAxeViolations(page);
});

test('an organisation posts a request, a matching volunteer responds, and contact details appear only after both accept', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const id = uniqueId();
  const organisationName = `Vzw Samen Sterk ${id}`;
  const requestTitle = `Boodschappen voor buurtbewoners ${id}`;
  const offerTitle = `Ik doe graag boodschappen ${id}`;

  // --- The organisation: an account, a profile, and a refusal until staff approve it.
  const organisation = newPerson();
  await signUp(page, organisation);
  await page.goto('/vrijwilligers/organisatie');
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de organisatie').fill(organisationName);
  await page.getByLabel('Wat doet je organisatie? (niet verplicht)').fill('Wij helpen buren in Daknam.');
  await page.getByRole('button', { name: 'Vraag goedkeuring aan' }).click();
  await expect(page.getByText('Bewaard. De stad bekijkt je aanvraag.')).toBeVisible();
  await expect(page.getByText('Je aanvraag wacht op goedkeuring door de stad.')).toBeVisible();

  const draft = {
    postAs: 'organisatie' as const,
    title: requestTitle,
    description: 'Enkele buren kunnen niet zelf naar de winkel. Wie doet op zaterdagochtend hun boodschappen?',
    category: 'Boodschappen',
    district: 'Daknam',
    slot: 'zaterdag ochtend',
    untilDate: isoDateInDays(30),
  };
  await page.goto('/vrijwilligers/hulpvragen/nieuw');
  await fillRequestForm(page, draft);
  await page.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Je organisatie is nog niet goedgekeurd door de stad. Je kunt als organisatie posten zodra ze is goedgekeurd.',
  );
  await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(requestTitle);
  await expectNoAxeViolations(page);

  await approveOrganisation(organisationName);
  await page.goto('/vrijwilligers/hulpvragen/nieuw');
  await fillRequestForm(page, draft);
  await page.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(page).toHaveURL(/\/vrijwilligers\/mijn\?geplaatst=hulpvraag$/);
  await expect(page.getByText('Je hulpvraag staat online.')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Mijn hulpvragen' }).getByRole('link', { name: requestTitle }),
  ).toBeVisible();

  // --- A resident offers help that matches: errands, in Daknam, on Saturday morning.
  const volunteerVisitor = await newVisitor(browser, baseURL ?? '');
  const volunteerPage = volunteerVisitor.page;
  const volunteer = newPerson();
  await signUp(volunteerPage, volunteer);
  await volunteerPage.goto('/vrijwilligers/aanbod/nieuw');
  await fillOfferForm(volunteerPage, {
    publicName: 'Sofie',
    title: offerTitle,
    description: 'Ik heb een auto en tijd op zaterdag. Ik doe graag boodschappen voor wie het zelf niet kan.',
    category: 'Boodschappen',
    district: 'Daknam',
    slots: ['zaterdag ochtend', 'zaterdag middag'],
  });
  await volunteerPage.getByRole('button', { name: 'Plaatsen' }).click();
  await expect(volunteerPage).toHaveURL(/\/vrijwilligers\/mijn\?geplaatst=aanbod$/);

  // The organisation's request is suggested for the offer, and the volunteer responds.
  const myOffers = volunteerPage.getByRole('region', { name: 'Mijn aanbod' });
  const suggestion = myOffers.getByRole('link', { name: requestTitle });
  await expect(suggestion).toBeVisible();
  await expectNoAxeViolations(volunteerPage);
  await suggestion.click();
  await expect(volunteerPage.getByRole('heading', { level: 1, name: requestTitle })).toBeVisible();
  await expect(volunteerPage.getByText(`Door ${organisationName}`)).toBeVisible();
  await expect(volunteerPage.getByLabel('Reageer met je aanbod')).toHaveValue(/[a-z0-9]+/);
  await expectNoAxeViolations(volunteerPage);
  await volunteerPage.getByLabel('Bericht (niet verplicht)').fill('Ik kan elke zaterdagochtend.');
  await volunteerPage.getByRole('button', { name: 'Stuur mijn reactie' }).click();
  await expect(volunteerPage).toHaveURL(/\/vrijwilligers\/mijn\/matches\/[a-z0-9]+\?gereageerd$/);
  await expect(volunteerPage.getByText('Je reactie is verstuurd.')).toBeVisible();
  const matchUrl = volunteerPage.url().replace(/\?.*$/, '');

  // Before the organisation accepts: no e-mail address or phone of the other side on either page.
  await expect(volunteerPage.getByText(/zodra jullie allebei akkoord gaan/)).toBeVisible();
  expect(await volunteerPage.content()).not.toContain(organisation.email);
  await expect(volunteerPage.getByRole('main').locator('a[href^="mailto:"], a[href^="tel:"]')).toHaveCount(0);
  await expectNoAxeViolations(volunteerPage);

  // Messages go through the platform; before consent they may not carry contact details.
  const pendingMessage = 'Mail me gerust op sofie@voorbeeld.be';
  await volunteerPage.getByLabel('Nieuw bericht').fill(pendingMessage);
  await volunteerPage.getByRole('button', { name: 'Stuur bericht' }).click();
  await expect(volunteerPage.getByRole('alert')).toContainText(
    'Bericht mag nog geen e-mailadres of telefoonnummer bevatten',
  );
  await expect(volunteerPage.getByLabel('Nieuw bericht')).toHaveValue(pendingMessage);
  await volunteerPage.getByLabel('Nieuw bericht').fill('Ik breng ook boodschappentassen mee.');
  await volunteerPage.getByRole('button', { name: 'Stuur bericht' }).click();
  await expect(volunteerPage.getByText('Je bericht is verstuurd.')).toBeVisible();

  await page.goto('/vrijwilligers/mijn');
  await expect(page.getByText('1 reactie(s) wachten op je antwoord')).toBeVisible();
  await page.getByRole('region', { name: 'Mijn contacten' }).getByRole('link', { name: requestTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Contact over: ${requestTitle}` })).toBeVisible();
  await expect(page.getByText('Jij vroeg om hulp.')).toBeVisible();
  await expect(page.getByText('Ik breng ook boodschappentassen mee.')).toBeVisible();
  expect(await page.content()).not.toContain(volunteer.email);
  await expect(page.getByRole('main').locator('a[href^="mailto:"], a[href^="tel:"]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The organisation accepts: both sides now see the other's contact details.
  await page.getByRole('button', { name: 'Ik ga akkoord' }).click();
  await expect(page.getByText('Je ging akkoord.')).toBeVisible();
  const volunteerContact = page.getByRole('region', { name: 'Contactgegevens van Sofie' });
  await expect(volunteerContact.getByRole('link', { name: volunteer.email })).toBeVisible();
  await expect(page.getByText('allebei akkoord', { exact: true })).toBeVisible();

  await volunteerPage.goto(matchUrl);
  const organisationContact = volunteerPage.getByRole('region', { name: `Contactgegevens van ${organisationName}` });
  await expect(organisationContact.getByRole('link', { name: organisation.email })).toBeVisible();
  await expectNoAxeViolations(volunteerPage);

  // A stranger (not a party) gets "not found" for the match.
  const stranger = await newVisitor(browser, baseURL ?? '');
  const strangerPerson = newPerson();
  await signUp(stranger.page, strangerPerson);
  const strangerAnswer = await stranger.page.goto(matchUrl);
  expect(strangerAnswer?.status()).toBe(404);
  expect(await stranger.page.content()).not.toContain(volunteer.email);

  await stranger.context.close();
  await volunteerVisitor.context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident posts an offer with plain forms and finds it on the French list too', async ({ page }) => {
    test.setTimeout(90_000);
    const person = newPerson();
    await signUp(page, person);
    const title = `Gezelschap op maandag ${uniqueId()}`;
    await page.goto('/vrijwilligers/aanbod/nieuw');
    await fillOfferForm(page, {
      publicName: 'Noor',
      title,
      description: 'Ik ga graag op bezoek voor een babbel of een wandeling.',
      category: 'Gezelschap en bezoek',
      district: 'Eksaarde',
      slots: ['maandag middag'],
    });
    await page.getByRole('button', { name: 'Plaatsen' }).click();
    await expect(page).toHaveURL(/\/vrijwilligers\/mijn\?geplaatst=aanbod$/);
    await expect(page.getByRole('region', { name: 'Mijn aanbod' }).getByRole('link', { name: title })).toBeVisible();

    await page.goto('/fr/vrijwilligers?deelgemeente=eksaarde&categorie=company');
    await expect(page.getByRole('heading', { level: 1, name: 'Bénévoles' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Offres des bénévoles' }).getByRole('link', { name: title }),
    ).toBeVisible();

    // The owner hides the offer: it leaves the public list.
    await page.goto('/vrijwilligers/mijn');
    await page.getByRole('button', { name: 'Verberg dit aanbod' }).click();
    await expect(page.getByText('Je aanbod is verborgen.')).toBeVisible();
    await page.goto('/fr/vrijwilligers?deelgemeente=eksaarde&categorie=company');
    await expect(page.getByRole('heading', { level: 1, name: 'Bénévoles' })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  });
});
