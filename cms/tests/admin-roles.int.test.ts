/**
 * The editorial roles, exercised through Strapi's real admin API (the content manager the admin
 * panel uses): a department editor works inside their own department only; communication staff
 * work everywhere; the participation officer reads. Also: a department added in the admin gets
 * its editor role, and a project created from a format gets the format's phases.
 */
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { z } from 'zod';
import { AdminClient, cmDocument, cmList, strapiError } from './support/admin-api';

const cmsUrl = inject('cmsUrl');

const DECISION = 'api::decision.decision';
const PROJECT = 'api::project.project';
const NEWS = 'api::news-article.news-article';
const DEPARTMENT = 'api::department.department';
const FORMAT = 'api::project-format.project-format';
const PAGE = 'api::page.page';

// Seeded decisions of two departments (see cms/src/seed/content/decisions.ts).
const MOBILITY_DECISION = 'evaluatie-parkeerplan-binnenstad';
const CULTURE_DECISION = 'lastvoorwaarden-ontwerpwedstrijd-stedelijk-museum';

const listWithDepartments = z.object({
  results: z.array(
    z.looseObject({
      documentId: z.string(),
      slug: z.string(),
      title: z.string(),
      department: z.object({ slug: z.string() }).nullable(),
    }),
  ),
});

const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

let admin: AdminClient;
let mobilityEditor: AdminClient;
let cultureEditor: AdminClient;
let communicationStaff: AdminClient;
let participationOfficer: AdminClient;
const departmentIds: Record<string, string> = {};

/** The decision with this slug as the super admin sees it: title and department. */
async function decisionAsAdmin(
  slug: string,
): Promise<{ documentId: string; title: string; department: string | null }> {
  const response = await admin.list(DECISION, `&filters[$and][0][slug][$eq]=${slug}`);
  const [decision] = listWithDepartments.parse(response.body).results;
  if (!decision) throw new Error(`Beslissing ${slug} niet gevonden`);
  return { documentId: decision.documentId, title: decision.title, department: decision.department?.slug ?? null };
}

function newDecision(department: string, title: string): Record<string, unknown> {
  return {
    title,
    slug: `test-${unique()}`,
    decidingBody: 'college',
    decisionDate: '2025-06-30',
    summary: 'Testbeslissing uit de integratietests.',
    department: { connect: [{ documentId: departmentIds[department] }] },
  };
}

beforeAll(async () => {
  admin = await AdminClient.login(cmsUrl, inject('adminEmail'), inject('adminPassword'));
  for (const slug of ['mobiliteit', 'cultuur-en-erfgoed'])
    departmentIds[slug] = await admin.documentIdOf(DEPARTMENT, slug);
  const run = unique();
  mobilityEditor = await admin.createStaffMember({
    email: `mobiliteit-${run}@lokeren.example`,
    firstname: 'Mo',
    roleCodes: ['department-editor-mobiliteit'],
  });
  cultureEditor = await admin.createStaffMember({
    email: `cultuur-${run}@lokeren.example`,
    firstname: 'Cul',
    roleCodes: ['department-editor-cultuur-en-erfgoed'],
  });
  communicationStaff = await admin.createStaffMember({
    email: `communicatie-${run}@lokeren.example`,
    firstname: 'Com',
    roleCodes: ['communication-staff'],
  });
  participationOfficer = await admin.createStaffMember({
    email: `participatie-${run}@lokeren.example`,
    firstname: 'Par',
    roleCodes: ['participation-officer'],
  });
});

describe('a department editor (Mobiliteit)', () => {
  it('lists only decisions, projects and news of their own department', async () => {
    for (const uid of [DECISION, PROJECT, NEWS]) {
      const response = await mobilityEditor.list(uid);
      expect(response.status).toBe(200);
      const results = listWithDepartments.parse(response.body).results;
      expect(results.length).toBeGreaterThan(0);
      for (const entry of results) expect(entry.department?.slug).toBe('mobiliteit');
    }
    const decisions = listWithDepartments
      .parse((await mobilityEditor.list(DECISION)).body)
      .results.map((entry) => entry.slug);
    expect(decisions).toContain(MOBILITY_DECISION);
    expect(decisions).not.toContain(CULTURE_DECISION);
  });

  it('edits a decision of their own department', async () => {
    const { documentId } = await decisionAsAdmin(MOBILITY_DECISION);
    const response = await mobilityEditor.request('PUT', `${AdminClient.cm(DECISION, documentId)}?locale=nl`, {
      title: 'Evaluatie van het parkeerplan binnenstad (bijgewerkt door Mobiliteit)',
    });
    expect(response.status).toBe(200);
    expect((await decisionAsAdmin(MOBILITY_DECISION)).title).toBe(
      'Evaluatie van het parkeerplan binnenstad (bijgewerkt door Mobiliteit)',
    );
  });

  it('cannot read, edit, publish or delete a decision of another department', async () => {
    const before = await decisionAsAdmin(CULTURE_DECISION);
    const path = AdminClient.cm(DECISION, before.documentId);

    expect((await mobilityEditor.request('GET', `${path}?locale=nl`)).status).toBe(403);
    const edit = await mobilityEditor.request('PUT', `${path}?locale=nl`, { title: 'Overgenomen door Mobiliteit' });
    expect(edit.status).toBe(403);
    expect((await mobilityEditor.request('POST', `${path}/actions/publish?locale=nl`, {})).status).toBe(403);
    expect((await mobilityEditor.request('DELETE', `${path}?locale=nl`)).status).toBe(403);

    expect(await decisionAsAdmin(CULTURE_DECISION)).toEqual(before);
  });

  it('cannot create a decision for another department, and nothing is left behind', async () => {
    const decision = newDecision('cultuur-en-erfgoed', 'Besluit onder valse vlag');
    const response = await mobilityEditor.request('POST', `${AdminClient.cm(DECISION)}?locale=nl`, decision);
    expect(response.status).toBe(403);
    expect(strapiError.parse(response.body).error.message).toBe(
      'Je mag alleen inhoud van je eigen stadsdienst aanmaken of wijzigen.',
    );
    expect(await admin.findBySlug(DECISION, String(decision.slug))).toEqual([]);
  });

  it('cannot create and publish in one go for another department either', async () => {
    const decision = newDecision('cultuur-en-erfgoed', 'Besluit onder valse vlag, meteen gepubliceerd');
    const response = await mobilityEditor.request(
      'POST',
      `${AdminClient.cm(DECISION)}/actions/publish?locale=nl`,
      decision,
    );
    expect(response.status).toBe(403);
    expect(await admin.findBySlug(DECISION, String(decision.slug))).toEqual([]);
  });

  it('creates and publishes a decision for their own department', async () => {
    const decision = newDecision('mobiliteit', 'Aanvullend verkeersreglement schoolomgeving');
    const created = await mobilityEditor.request('POST', `${AdminClient.cm(DECISION)}?locale=nl`, decision);
    expect(created.status).toBe(201);
    const { documentId } = z.object({ data: cmDocument }).parse(created.body).data;
    const published = await mobilityEditor.request(
      'POST',
      `${AdminClient.cm(DECISION, documentId)}/actions/publish?locale=nl`,
      {},
    );
    expect(published.status).toBe(200);
    const publicView = await fetch(`${cmsUrl}/api/decisions/${documentId}`);
    expect(publicView.status).toBe(200);
  });

  it('cannot move their own decision to another department', async () => {
    const { documentId } = await decisionAsAdmin(MOBILITY_DECISION);
    const response = await mobilityEditor.request('PUT', `${AdminClient.cm(DECISION, documentId)}?locale=nl`, {
      department: { connect: [{ documentId: departmentIds['cultuur-en-erfgoed'] }] },
    });
    expect(response.status).toBe(403);
    expect((await decisionAsAdmin(MOBILITY_DECISION)).department).toBe('mobiliteit');
  });

  it('adds a French version of their own decision, which stays in their department', async () => {
    const { documentId } = await decisionAsAdmin(MOBILITY_DECISION);
    const response = await mobilityEditor.request('PUT', `${AdminClient.cm(DECISION, documentId)}?locale=fr`, {
      title: 'Évaluation du plan de stationnement du centre-ville',
      slug: MOBILITY_DECISION,
      summary: 'Le collège prend connaissance de l’évaluation de la période d’essai.',
    });
    expect(response.status).toBe(200);
    const french = await admin.list(DECISION, `&locale=fr&filters[$and][0][slug][$eq]=${MOBILITY_DECISION}`);
    expect(listWithDepartments.parse(french.body).results.map((entry) => entry.department?.slug)).toEqual([
      'mobiliteit',
    ]);
  });

  it('cannot touch pages, which belong to communication staff', async () => {
    expect((await mobilityEditor.list(PAGE)).status).toBe(403);
  });
});

describe('another department editor (Cultuur & Erfgoed)', () => {
  it('edits their own decision but not the Mobiliteit one', async () => {
    const own = await decisionAsAdmin(CULTURE_DECISION);
    const ownEdit = await cultureEditor.request('PUT', `${AdminClient.cm(DECISION, own.documentId)}?locale=nl`, {
      summary: 'Samenvatting bijgewerkt door Cultuur & Erfgoed.',
    });
    expect(ownEdit.status).toBe(200);
    const other = await decisionAsAdmin(MOBILITY_DECISION);
    const otherEdit = await cultureEditor.request('PUT', `${AdminClient.cm(DECISION, other.documentId)}?locale=nl`, {
      summary: 'Niet van mij.',
    });
    expect(otherEdit.status).toBe(403);
  });
});

describe('communication staff', () => {
  it('edit and publish decisions of any department', async () => {
    for (const slug of [MOBILITY_DECISION, CULTURE_DECISION]) {
      const { documentId } = await decisionAsAdmin(slug);
      const path = AdminClient.cm(DECISION, documentId);
      const edit = await communicationStaff.request('PUT', `${path}?locale=nl`, {
        summary: `Nagelezen door communicatie (${slug}).`,
      });
      expect(edit.status).toBe(200);
      expect((await communicationStaff.request('POST', `${path}/actions/publish?locale=nl`, {})).status).toBe(200);
    }
    const publicView = z
      .object({ data: z.array(z.object({ summary: z.string() })) })
      .parse(await (await fetch(`${cmsUrl}/api/decisions?filters[slug][$eq]=${CULTURE_DECISION}`)).json());
    expect(publicView.data[0]?.summary).toBe(`Nagelezen door communicatie (${CULTURE_DECISION}).`);
  });

  it('create content for any department, and pages', async () => {
    const decision = await communicationStaff.request(
      'POST',
      `${AdminClient.cm(DECISION)}?locale=nl`,
      newDecision('cultuur-en-erfgoed', 'Besluit ingevoerd door communicatie'),
    );
    expect(decision.status).toBe(201);
    const page = await communicationStaff.request('POST', `${AdminClient.cm(PAGE)}?locale=nl`, {
      title: 'Veelgestelde vragen',
      slug: `faq-${unique()}`,
    });
    expect(page.status).toBe(201);
  });
});

describe('the participation officer', () => {
  it('reads all editorial content but changes none of it', async () => {
    const response = await participationOfficer.list(DECISION);
    expect(response.status).toBe(200);
    const slugs = cmList.parse(response.body).results.map((entry) => entry.slug);
    expect(slugs).toEqual(expect.arrayContaining([MOBILITY_DECISION, CULTURE_DECISION]));
    const { documentId } = await decisionAsAdmin(MOBILITY_DECISION);
    const edit = await participationOfficer.request('PUT', `${AdminClient.cm(DECISION, documentId)}?locale=nl`, {
      title: 'Niet toegestaan',
    });
    expect(edit.status).toBe(403);
  });
});

describe('departments and their editor roles', () => {
  it('gives a department created in the admin its editor role, which follows a new slug', async () => {
    const slug = `feestelijkheden-${unique()}`;
    const created = await admin.request('POST', AdminClient.cm(DEPARTMENT), { name: `Feestelijkheden ${slug}`, slug });
    expect(created.status).toBe(201);
    const { documentId } = z.object({ data: cmDocument }).parse(created.body).data;
    const roles = await admin.roles();
    expect(roles.find((role) => role.code === `department-editor-${slug}`)?.name).toBe(
      `Stadsdienst-redacteur – Feestelijkheden ${slug}`,
    );

    const renamed = `evenementen-${unique()}`;
    const update = await admin.request('PUT', AdminClient.cm(DEPARTMENT, documentId), {
      name: `Evenementen ${renamed}`,
      slug: renamed,
    });
    expect(update.status).toBe(200);
    const codes = (await admin.roles()).map((role) => role.code);
    expect(codes).toContain(`department-editor-${renamed}`);
    expect(codes).not.toContain(`department-editor-${slug}`);
  });

  it('keeps one editor role per seeded department', async () => {
    const codes = (await admin.roles()).map((role) => role.code);
    for (const slug of [
      'mobiliteit',
      'openbare-werken',
      'cultuur-en-erfgoed',
      'bibliotheek',
      'jeugd-en-sport',
      'omgeving',
      'communicatie-en-participatie',
      'welzijn',
    ]) {
      expect(codes.filter((code) => code === `department-editor-${slug}`)).toHaveLength(1);
    }
  });
});

describe('project formats', () => {
  const phase = z.object({
    title: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    methods: z.array(z.object({ method: z.string() })),
  });
  const createdProject = z.object({ data: z.looseObject({ summary: z.string().nullable(), phases: z.array(phase) }) });

  it('fill a new project’s phases, dated from today, and its texts from the format', async () => {
    const formats = cmList.parse((await admin.list(FORMAT)).body).results as Array<{
      documentId: string;
      name?: unknown;
    }>;
    const roadWorks = formats.find((format) => format.name === 'Wegenisproject');
    expect(roadWorks).toBeDefined();
    const dayBefore = new Date().toISOString().slice(0, 10);
    const response = await communicationStaff.request('POST', `${AdminClient.cm(PROJECT)}?locale=nl`, {
      title: 'Heraanleg Molenstraat',
      slug: `heraanleg-molenstraat-${unique()}`,
      department: { connect: [{ documentId: departmentIds.mobiliteit }] },
      format: { connect: [{ documentId: roadWorks?.documentId }] },
      phases: [],
    });
    const dayAfter = new Date().toISOString().slice(0, 10);
    expect(response.status).toBe(201);
    const project = createdProject.parse(response.body).data;
    expect(project.phases.map((entry) => entry.title)).toEqual([
      'Voorontwerp en infomoment',
      'Bewonersbevraging',
      'Definitief ontwerp en vergunning',
      'Uitvoering van de werken',
      'Oplevering en evaluatie',
    ]);
    expect([dayBefore, dayAfter]).toContain(project.phases[0]?.startDate);
    expect(project.phases[0]?.methods.map((method) => method.method)).toEqual(['information', 'discussion']);
    expect(project.summary).toMatch(/^De stad vernieuwt deze straat/);
  });

  it('leave a project with its own phases alone', async () => {
    const formats = cmList.parse((await admin.list(FORMAT)).body).results as Array<{
      documentId: string;
      name?: unknown;
    }>;
    const roadWorks = formats.find((format) => format.name === 'Wegenisproject');
    const response = await communicationStaff.request('POST', `${AdminClient.cm(PROJECT)}?locale=nl`, {
      title: 'Heraanleg Stationsstraat',
      slug: `heraanleg-stationsstraat-${unique()}`,
      summary: 'Eigen samenvatting.',
      format: { connect: [{ documentId: roadWorks?.documentId }] },
      phases: [{ title: 'Eigen fase', startDate: '2030-01-01', methods: [{ method: 'poll' }] }],
    });
    expect(response.status).toBe(201);
    const project = createdProject.parse(response.body).data;
    expect(project.phases.map((entry) => entry.title)).toEqual(['Eigen fase']);
    expect(project.summary).toBe('Eigen samenvatting.');
  });
});
