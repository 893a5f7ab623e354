/**
 * Shared helpers for the end-to-end specs: the axe check every page type must pass, and facts about
 * the seeded demo content, read from the seed's own source so the tests follow it.
 */
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// The CMS is a CommonJS package: its seed modules are required, typed from their source.
const require = createRequire(import.meta.url);
const { decisions } =
  require('../../cms/src/seed/content/decisions.ts') as typeof import('../../cms/src/seed/content/decisions');
const { news } = require('../../cms/src/seed/content/news.ts') as typeof import('../../cms/src/seed/content/news');
const { DRAFT_PROJECT_SLUG, projects } =
  require('../../cms/src/seed/content/projects.ts') as typeof import('../../cms/src/seed/content/projects');

export { DRAFT_PROJECT_SLUG };
export const publishedProjects = projects.filter((project) => project.published);
export const seededNews = news;
export const seededDecisions = decisions;

export function seededProject(slug: string) {
  const project = projects.find((candidate) => candidate.slug === slug);
  if (!project) throw new Error(`project ${slug} staat niet in de seed`);
  return project;
}

/** WCAG 2.1 A and AA rules; the list of violations must be empty. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
  expect(violations, `axe op ${page.url()}`).toEqual([]);
}

/** The date `daysAgo` days before today, as the seed computes it (calendar days in Brussels). */
export function yearOfDaysAgo(daysAgo: number): number {
  const date = new Date(Date.now() - daysAgo * 86_400_000);
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(date));
}
