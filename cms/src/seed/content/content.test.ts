/**
 * The demo content is data, but the demo depends on its shape: a current phase in every published
 * project, references that point to existing fixtures and files, valid slugs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisions } from './decisions';
import { projectFormats } from './formats';
import { documents, images } from './media';
import { news } from './news';
import { pages } from './pages';
import { DRAFT_PROJECT_SLUG, projects } from './projects';
import { departments, districts, topics } from './taxonomy';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const seedDir = path.join(__dirname, '..', '..', '..', 'seed');

const departmentSlugs = new Set(departments.map((department) => department.slug));
const topicSlugs = new Set(topics.map((topic) => topic.slug));
const projectSlugs = new Set(projects.map((project) => project.slug));

describe('demo projects', () => {
  it('are at least eight, across all policy stages and progress values, with one draft', () => {
    expect(projects.length).toBeGreaterThanOrEqual(8);
    expect(new Set(projects.map((project) => project.policyStage))).toEqual(
      new Set(['beleidsvoorbereiding', 'beleidsuitvoering', 'beleidsevaluatie']),
    );
    expect(new Set(projects.map((project) => project.progress))).toEqual(new Set(['planned', 'active', 'completed']));
    expect(projects.filter((project) => !project.published).map((project) => project.slug)).toEqual([
      DRAFT_PROJECT_SLUG,
    ]);
    expect(projects.map((project) => project.title)).toContain('Heraanleg Kerkstraat');
  });

  for (const project of projects) {
    it(`${project.slug}: 2–5 phases in order, exactly one running on the seed day`, () => {
      expect(project.phases.length).toBeGreaterThanOrEqual(2);
      expect(project.phases.length).toBeLessThanOrEqual(5);
      const current = project.phases.filter(
        (phase) => phase.fromDay <= 0 && (phase.toDay === null || phase.toDay >= 0),
      );
      expect(current).toHaveLength(1);
      project.phases.forEach((phase, index) => {
        if (phase.toDay !== null) expect(phase.toDay).toBeGreaterThanOrEqual(phase.fromDay);
        const next = project.phases[index + 1];
        if (next) expect(next.fromDay).toBeGreaterThan(phase.toDay ?? Number.POSITIVE_INFINITY);
        expect(phase.methods.length).toBeGreaterThan(0);
      });
      for (const translation of Object.values(project.translations ?? {})) {
        expect(translation.phases).toHaveLength(project.phases.length);
      }
    });
  }

  it('run several participation methods at once in some current phases', () => {
    const busy = projects.filter((project) =>
      project.phases.some((phase) => phase.fromDay <= 0 && (phase.toDay ?? 0) >= 0 && phase.methods.length > 1),
    );
    expect(busy.length).toBeGreaterThanOrEqual(3);
  });

  it('are translated to French and English for at least two projects', () => {
    expect(
      projects.filter((project) => project.translations?.fr && project.translations.en).length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('references between fixtures', () => {
  it('use valid, unique slugs', () => {
    for (const list of [departments, topics, districts, projects, news, decisions, pages]) {
      const slugs = list.map((entry) => entry.slug);
      for (const slug of slugs) expect(slug).toMatch(SLUG);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('point to departments, topics, districts and projects that exist', () => {
    for (const entry of [...projects, ...news, ...decisions]) {
      expect(departmentSlugs).toContain(entry.department);
      for (const topic of entry.topics) expect(topicSlugs).toContain(topic);
    }
    for (const project of projects) {
      for (const district of project.districts) expect(districts.map((d) => d.slug)).toContain(district);
      if (project.format) expect(projectFormats.map((format) => format.name)).toContain(project.format);
    }
    for (const article of news) for (const project of article.projects) expect(projectSlugs).toContain(project);
    for (const decision of decisions) if (decision.project) expect(projectSlugs).toContain(decision.project);
  });

  it('point to image and document files that exist and stay small', () => {
    const imageFiles = new Set(images.map((image) => image.file));
    for (const entry of [...projects, ...news]) if (entry.coverImage) expect(imageFiles).toContain(entry.coverImage);
    const documentFiles = new Set(documents.map((document) => document.file));
    for (const decision of decisions)
      for (const file of decision.documents ?? []) expect(documentFiles).toContain(file);

    let total = 0;
    for (const image of images) total += fs.statSync(path.join(seedDir, 'images', image.file)).size;
    for (const document of documents) total += fs.statSync(path.join(seedDir, 'documents', document.file)).size;
    expect(total).toBeLessThan(1024 * 1024);
  });
});

describe('news, decisions, districts', () => {
  it('has at least twelve news items, mostly linked to projects', () => {
    expect(news.length).toBeGreaterThanOrEqual(12);
    expect(news.filter((article) => article.projects.length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('has at least ten decisions of several bodies over more than two years, some with a project or a PDF', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(decisions.map((decision) => decision.decidingBody)).size).toBeGreaterThanOrEqual(4);
    const days = decisions.map((decision) => decision.daysAgo);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThanOrEqual(730);
    expect(decisions.filter((decision) => decision.project).length).toBeGreaterThan(3);
    expect(decisions.filter((decision) => decision.documents?.length).length).toBeGreaterThanOrEqual(3);
  });

  it('counts about 43,000 residents in Lokeren, Daknam and Eksaarde, all in 9160', () => {
    expect(districts.map((district) => district.name)).toEqual(['Lokeren', 'Daknam', 'Eksaarde']);
    const population = districts.reduce((sum, district) => sum + district.population, 0);
    expect(population).toBeGreaterThan(42_000);
    expect(population).toBeLessThan(44_000);
    for (const district of districts) expect(district.postcode).toBe('9160');
  });
});
