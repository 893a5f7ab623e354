/**
 * The public content API, as a resident's browser or the portal sees it: read-only, published
 * content only. The seeded draft project must not leak through any door: lists, filters,
 * ?status=draft, findOne by documentId, or a relation from published news.
 */
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { z } from 'zod';
import { AdminClient, strapiError } from './support/admin-api';

const cmsUrl = inject('cmsUrl');

const DRAFT_PROJECT_SLUG = 'renovatie-stedelijk-zwembad';
const PROJECT_UID = 'api::project.project';

const publicList = z.object({
  data: z.array(z.looseObject({ documentId: z.string(), slug: z.string(), publishedAt: z.string().nullable() })),
  meta: z.object({ pagination: z.object({ total: z.number() }) }),
});

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${cmsUrl}${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

async function listSlugs(path: string): Promise<string[]> {
  const { status, body } = await get(path);
  expect(status).toBe(200);
  const list = publicList.parse(body);
  for (const entry of list.data) expect(entry.publishedAt).not.toBeNull();
  return list.data.map((entry) => entry.slug);
}

describe('public content API: read-only', () => {
  const resources = ['projects', 'news-articles', 'decisions'] as const;
  const published: Record<string, string> = {};

  beforeAll(async () => {
    for (const resource of resources) {
      const { body } = await get(`/api/${resource}?pagination[pageSize]=1`);
      const first = publicList.parse(body).data[0];
      if (!first) throw new Error(`Geen gepubliceerde ${resource} in de seed`);
      published[resource] = first.documentId;
    }
  });

  for (const resource of resources) {
    it(`refuses an anonymous POST /api/${resource}`, async () => {
      const response = await fetch(`${cmsUrl}/api/${resource}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { title: 'Niet toegestaan', summary: 'x' } }),
      });
      expect(response.status).toBe(403);
      expect(strapiError.parse(await response.json()).error.name).toBe('ForbiddenError');
    });

    it(`refuses an anonymous PUT and DELETE on /api/${resource}/:id`, async () => {
      const url = `${cmsUrl}/api/${resource}/${published[resource]}`;
      const put = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { title: 'Overschreven' } }),
      });
      expect(put.status).toBe(403);
      const del = await fetch(url, { method: 'DELETE' });
      expect(del.status).toBe(403);
      // still there, unchanged
      const after = await get(`/api/${resource}/${published[resource]}`);
      expect(after.status).toBe(200);
      expect(JSON.stringify(after.body)).not.toContain('Overschreven');
    });
  }

  it('keeps project formats for staff only', async () => {
    expect((await get('/api/project-formats')).status).toBe(403);
  });
});

describe('public content API: drafts never leak', () => {
  let draftDocumentId: string;

  beforeAll(async () => {
    const admin = await AdminClient.login(cmsUrl, inject('adminEmail'), inject('adminPassword'));
    const [draft] = await admin.findBySlug(PROJECT_UID, DRAFT_PROJECT_SLUG);
    if (!draft) throw new Error('Het ontwerpproject uit de seed ontbreekt');
    // It exists in the CMS, as a draft only.
    expect(draft.publishedAt ?? null).toBeNull();
    draftDocumentId = draft.documentId;
  });

  it('lists published projects only', async () => {
    const slugs = await listSlugs('/api/projects?pagination[pageSize]=100');
    expect(slugs).toContain('heraanleg-kerkstraat');
    expect(slugs).toContain('meest-verdienstelijke-lokeraar');
    expect(slugs).not.toContain(DRAFT_PROJECT_SLUG);
  });

  it('finds nothing when filtering on the draft’s slug', async () => {
    expect(await listSlugs(`/api/projects?filters[slug][$eq]=${DRAFT_PROJECT_SLUG}`)).toEqual([]);
  });

  it('serves published content even when asked for ?status=draft', async () => {
    expect(await listSlugs(`/api/projects?status=draft&filters[slug][$eq]=${DRAFT_PROJECT_SLUG}`)).toEqual([]);
    const slugs = await listSlugs('/api/projects?status=draft&pagination[pageSize]=100');
    expect(slugs).not.toContain(DRAFT_PROJECT_SLUG);
    expect(slugs).toContain('heraanleg-kerkstraat');
  });

  it('answers 404 for the draft’s documentId, with or without ?status=draft', async () => {
    expect((await get(`/api/projects/${draftDocumentId}`)).status).toBe(404);
    expect((await get(`/api/projects/${draftDocumentId}?status=draft`)).status).toBe(404);
  });

  it('shows news linked to the draft project without the project', async () => {
    const { body } = await get(
      '/api/news-articles?filters[slug][$eq]=zwembad-tijdelijk-gesloten-voor-onderhoud&populate=projects',
    );
    const article = z.object({ data: z.array(z.object({ projects: z.array(z.unknown()) })) }).parse(body).data[0];
    expect(article).toBeDefined();
    expect(article?.projects).toEqual([]);
  });
});

describe('public content API: seeded content', () => {
  it('serves the three static pages in Dutch, French and English under the same slugs', async () => {
    for (const locale of ['nl', 'fr', 'en']) {
      const slugs = await listSlugs(`/api/pages?locale=${locale}`);
      expect(slugs).toEqual(expect.arrayContaining(['over-denkmee', 'privacy', 'toegankelijkheid']));
    }
  });

  it('serves the Kerkstraat project with a current phase that runs several methods at once', async () => {
    const { body } = await get(
      '/api/projects?filters[slug][$eq]=heraanleg-kerkstraat&populate[phases][populate]=methods&populate[coverImage]=true',
    );
    const project = z
      .object({
        data: z.array(
          z.object({
            title: z.string(),
            coverImage: z.object({ url: z.string(), mime: z.string() }),
            phases: z.array(
              z.object({
                startDate: z.string(),
                endDate: z.string().nullable(),
                methods: z.array(z.object({ method: z.string() })),
              }),
            ),
          }),
        ),
      })
      .parse(body).data[0];
    expect(project?.title).toBe('Heraanleg Kerkstraat');
    expect(project?.coverImage.mime).toBe('image/jpeg');
    const today = new Date().toISOString().slice(0, 10);
    const current = project?.phases.filter(
      (phase) => phase.startDate <= today && (phase.endDate === null || phase.endDate >= today),
    );
    expect(current).toHaveLength(1);
    expect(current?.[0]?.methods.length).toBeGreaterThan(1);
  });

  it('has decisions of several deciding bodies over at least two years', async () => {
    const { body } = await get(
      '/api/decisions?pagination[pageSize]=100&fields[0]=decidingBody&fields[1]=decisionDate&fields[2]=slug',
    );
    const list = z
      .object({ data: z.array(z.object({ decidingBody: z.string(), decisionDate: z.string() })) })
      .parse(body).data;
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(new Set(list.map((decision) => decision.decidingBody)).size).toBeGreaterThanOrEqual(4);
    const times = list.map((decision) => Date.parse(decision.decisionDate));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(730 * 24 * 3600 * 1000);
  });
});
