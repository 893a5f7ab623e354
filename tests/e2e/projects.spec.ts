import { expect, test } from '@playwright/test';
import { DRAFT_PROJECT_SLUG, publishedProjects, seededDecisions, seededNews, seededProject } from './support';

test('the projects list shows every published project and filters narrow it', async ({ page }) => {
  await page.goto('/projecten');
  await expect(page.getByRole('heading', { level: 1, name: 'Projecten' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`${publishedProjects.length} resultaten`);

  await page.getByLabel('Deelgemeente').selectOption({ label: 'Eksaarde' });
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(/deelgemeente=eksaarde/);
  const inEksaarde = publishedProjects.filter((project) => project.districts.includes('eksaarde'));
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`${inEksaarde.length} resultaten`);
  const titles = await page.locator('main h2 a').allInnerTexts();
  expect(titles.sort()).toEqual(inEksaarde.map((project) => project.title).sort());
  await expect(page.getByLabel('Deelgemeente')).toHaveValue('eksaarde');

  // A second filter narrows further; the combination is kept in the URL.
  await page.getByLabel('Voortgang').selectOption({ label: 'Lopend' });
  await page.getByRole('button', { name: 'Toon resultaten' }).click();
  await expect(page).toHaveURL(/deelgemeente=eksaarde.*voortgang=active/);
  const activeInEksaarde = inEksaarde.filter((project) => project.progress === 'active');
  expect(await page.locator('main h2 a').allInnerTexts()).toHaveLength(activeInEksaarde.length);
  expect(activeInEksaarde.length).toBeLessThan(inEksaarde.length);

  await page.getByRole('link', { name: 'Wis filters' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`${publishedProjects.length} resultaten`);
});

test('filtering by topic and policy stage uses the seeded taxonomy', async ({ page }) => {
  await page.goto('/projecten?thema=mobiliteit&beleidsfase=beleidsvoorbereiding');
  const expected = publishedProjects.filter(
    (project) => project.topics.includes('mobiliteit') && project.policyStage === 'beleidsvoorbereiding',
  );
  expect(expected.length).toBeGreaterThan(0);
  expect((await page.locator('main h2 a').allInnerTexts()).sort()).toEqual(
    expected.map((project) => project.title).sort(),
  );
});

test('the project page highlights the current phase and lists the project news and decisions', async ({ page }) => {
  const project = seededProject('heraanleg-kerkstraat');
  await page.goto('/projecten/heraanleg-kerkstraat');
  await expect(page.getByRole('heading', { level: 1, name: project.title })).toBeVisible();
  await expect(page.getByText(project.plainLanguageSummary)).toBeVisible();

  // The seed puts "today" inside exactly one phase: the one whose days span 0.
  const runningPhase = project.phases.find((phase) => phase.fromDay <= 0 && (phase.toDay === null || phase.toDay >= 0));
  const current = page.locator('li[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current.getByRole('heading', { level: 3 })).toHaveText(runningPhase?.title ?? '');
  await expect(current).toContainText('Huidige fase');
  // Visually marked too: the current phase has the accent border.
  const border = await current.locator('.content').evaluate((element) => getComputedStyle(element).borderTopColor);
  expect(border).toBe('rgb(181, 71, 27)');
  // Several participation methods at once, as in the seed.
  for (const method of ['Informatie', 'Discussie', 'Oproep tot vrijwilligers'])
    await expect(current).toContainText(method);
  await expect(page.locator('ol.timeline > li')).toHaveCount(project.phases.length);

  const newsSection = page.locator('section[aria-labelledby="project-news"]');
  for (const article of seededNews.filter((item) => item.projects.includes(project.slug))) {
    await expect(newsSection.getByRole('link', { name: article.title })).toBeVisible();
  }
  const decisionSection = page.locator('section[aria-labelledby="project-decisions"]');
  const decisions = seededDecisions.filter((decision) => decision.project === project.slug);
  expect(decisions.length).toBeGreaterThan(0);
  for (const decision of decisions)
    await expect(decisionSection.getByRole('link', { name: decision.title })).toBeVisible();

  const facts = page.getByRole('complementary');
  await expect(facts).toContainText('Openbare Werken');
  await expect(facts).toContainText('Lokeren');
  await expect(facts.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute('href', /openstreetmap\.org/);
});

test('a draft project is not reachable anywhere on the portal', async ({ page, request }) => {
  const draft = await request.get(`/projecten/${DRAFT_PROJECT_SLUG}`);
  expect(draft.status()).toBe(404);
  expect(await draft.text()).toContain('Pagina niet gevonden');
  expect((await request.get(`/fr/projecten/${DRAFT_PROJECT_SLUG}`)).status()).toBe(404);

  await page.goto('/projecten');
  await expect(page.locator(`a[href*="${DRAFT_PROJECT_SLUG}"]`)).toHaveCount(0);
  // A published news article linked to the draft project does not link to it either.
  const linked = seededNews.find((article) => article.projects.includes(DRAFT_PROJECT_SLUG));
  if (linked) {
    await page.goto(`/nieuws/${linked.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(linked.title);
    await expect(page.locator(`a[href*="${DRAFT_PROJECT_SLUG}"]`)).toHaveCount(0);
  }
  const sitemap = await request.get('/sitemap.xml');
  expect(await sitemap.text()).not.toContain(DRAFT_PROJECT_SLUG);
});

test('unknown slugs give the Dutch 404 page', async ({ page }) => {
  const response = await page.goto('/projecten/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
});
