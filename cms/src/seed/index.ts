/**
 * The demo content for Lokeren (SEED_DEMO_CONTENT=true): departments, topics, districts, the road
 * works format, projects with dated phases, news, decisions and pages, in Dutch with French and
 * English translations where the brief asks for them.
 *
 * Safe on every start: each fixture is created once (see ledger.ts), looked up by slug, and never
 * updated afterwards, so what staff changed stays changed and what they deleted stays deleted.
 */
import type { Core } from '@strapi/strapi';
import { isoDateFrom } from '../domain/calendar';
import { DEFAULT_CONTENT_LOCALE } from '../bootstrap/locales';
import { richText } from './blocks';
import { decisions } from './content/decisions';
import { projectFormats } from './content/formats';
import { documents, images } from './content/media';
import { news } from './content/news';
import { pages } from './content/pages';
import { projects } from './content/projects';
import { departments, districts, topics } from './content/taxonomy';
import type { PhaseFixture, ProjectFixture, ProjectTranslation, SeedLocale } from './fixtures';
import { once, openSeedLedger, type SeedLedger } from './ledger';
import { seedMedia } from './media';
import { seedProposals } from './proposals';
import { seedVolunteering } from './volunteering';

const UID = {
  department: 'api::department.department',
  topic: 'api::topic.topic',
  district: 'api::district.district',
  format: 'api::project-format.project-format',
  project: 'api::project.project',
  news: 'api::news-article.news-article',
  decision: 'api::decision.decision',
  page: 'api::page.page',
} as const;

type SeededUid = (typeof UID)[keyof typeof UID];

interface DocumentRef {
  documentId: string;
}

/** The Document Service, typed loosely: the seed's data shapes are checked by its fixture types. */
interface LooseDocuments {
  create(params: { data: Record<string, unknown>; locale?: string; status?: 'published' }): Promise<DocumentRef>;
  update(params: {
    documentId: string;
    data: Record<string, unknown>;
    locale?: string;
    status?: 'published';
  }): Promise<DocumentRef | null>;
}

class DemoSeed {
  /** slug (or name/file) → documentId / file id of what exists, filled as the seed goes. */
  private readonly refs = new Map<string, string | number>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly ledger: SeedLedger,
    private readonly today: Date,
  ) {}

  private documents(uid: SeededUid): LooseDocuments {
    return this.strapi.documents(uid as never) as unknown as LooseDocuments;
  }

  private isLocalized(uid: SeededUid): boolean {
    const pluginOptions = this.strapi.contentType(uid as never).pluginOptions as
      { i18n?: { localized?: boolean } } | undefined;
    return pluginOptions?.i18n?.localized === true;
  }

  private async findBy(
    uid: SeededUid,
    where: Record<string, unknown>,
    locale = DEFAULT_CONTENT_LOCALE,
  ): Promise<DocumentRef | null> {
    const localeFilter = this.isLocalized(uid) ? { locale } : {};
    return (await this.strapi.db
      .query(uid)
      .findOne({ where: { ...where, ...localeFilter }, select: ['documentId'] })) as DocumentRef | null;
  }

  private remember(kind: string, key: string, ref: DocumentRef | null): void {
    if (ref) this.refs.set(`${kind}:${key}`, ref.documentId);
  }

  private ref(kind: string, key: string): string | undefined {
    const value = this.refs.get(`${kind}:${key}`);
    return typeof value === 'string' ? value : undefined;
  }

  private refsOf(kind: string, keys: readonly string[]): string[] {
    return keys.map((key) => this.ref(kind, key)).filter((value): value is string => value !== undefined);
  }

  private mediaId(file: string | undefined): number | undefined {
    const value = file === undefined ? undefined : this.refs.get(`media:${file}`);
    return typeof value === 'number' ? value : undefined;
  }

  private date(daysFromToday: number): string {
    return isoDateFrom(this.today, daysFromToday);
  }

  private async bySlug(kind: string, uid: SeededUid, slug: string, create: () => Promise<DocumentRef>): Promise<void> {
    const ref = await once(this.ledger, `${kind}:${slug}`, () => this.findBy(uid, { slug }), create);
    this.remember(kind, slug, ref);
  }

  async taxonomy(): Promise<void> {
    for (const department of departments) {
      await this.bySlug('department', UID.department, department.slug, () =>
        this.documents(UID.department).create({ data: { ...department } }),
      );
    }
    for (const topic of topics) {
      await this.bySlug('topic', UID.topic, topic.slug, () => this.documents(UID.topic).create({ data: { ...topic } }));
    }
    for (const district of districts) {
      await this.bySlug('district', UID.district, district.slug, () =>
        this.documents(UID.district).create({ data: { ...district } }),
      );
    }
  }

  async formats(): Promise<void> {
    for (const format of projectFormats) {
      const ref = await once(
        this.ledger,
        `format:${format.name}`,
        () => this.findBy(UID.format, { name: format.name }),
        () =>
          this.documents(UID.format).create({
            data: {
              ...format,
              bodyTemplate: richText(format.bodyTemplate),
              phases: format.phases.map((phase) => ({ ...phase })),
            },
          }),
      );
      this.remember('format', format.name, ref);
    }
  }

  async media(): Promise<void> {
    for (const image of images) {
      const id = await seedMedia(this.strapi, this.ledger, { folder: 'images', ...image });
      if (id !== null) this.refs.set(`media:${image.file}`, id);
    }
    for (const document of documents) {
      const id = await seedMedia(this.strapi, this.ledger, { folder: 'documents', ...document });
      if (id !== null) this.refs.set(`media:${document.file}`, id);
    }
  }

  private phases(phases: readonly PhaseFixture[], texts?: ProjectTranslation['phases']): Record<string, unknown>[] {
    return phases.map((phase, index) => ({
      title: texts?.[index]?.title ?? phase.title,
      description: texts?.[index]?.description ?? phase.description,
      startDate: this.date(phase.fromDay),
      endDate: phase.toDay === null ? null : this.date(phase.toDay),
      methods: phase.methods.map((method) => ({ method: method.method, note: method.note ?? null })),
    }));
  }

  /** Relations are per language in Strapi 5, so every translation repeats them. */
  private projectRelations(project: ProjectFixture): Record<string, unknown> {
    return {
      department: this.ref('department', project.department) ?? null,
      topics: this.refsOf('topic', project.topics),
      districts: this.refsOf('district', project.districts),
    };
  }

  async projects(): Promise<void> {
    for (const project of projects) {
      const status = project.published ? ('published' as const) : undefined;
      await this.bySlug('project', UID.project, project.slug, () =>
        this.documents(UID.project).create({
          locale: DEFAULT_CONTENT_LOCALE,
          status,
          data: {
            title: project.title,
            slug: project.slug,
            summary: project.summary,
            plainLanguageSummary: project.plainLanguageSummary,
            body: richText(project.body),
            ...this.projectRelations(project),
            location: project.location ?? null,
            policyStage: project.policyStage,
            progress: project.progress,
            phases: this.phases(project.phases),
            coverImage: this.mediaId(project.coverImage) ?? null,
            format: project.format ? (this.ref('format', project.format) ?? null) : null,
          },
        }),
      );
      for (const [locale, translation] of Object.entries(project.translations ?? {}) as Array<
        [SeedLocale, ProjectTranslation]
      >) {
        await this.translation(UID.project, 'project', project.slug, locale, status, {
          title: translation.title,
          slug: project.slug,
          summary: translation.summary,
          plainLanguageSummary: translation.plainLanguageSummary,
          body: richText(translation.body),
          ...this.projectRelations(project),
          phases: this.phases(project.phases, translation.phases),
        });
      }
    }
  }

  /** Adds a language version to a seeded document, once. */
  private async translation(
    uid: SeededUid,
    kind: string,
    slug: string,
    locale: SeedLocale,
    status: 'published' | undefined,
    data: Record<string, unknown>,
  ): Promise<void> {
    const documentId = this.ref(kind, slug);
    if (!documentId) return;
    await once(
      this.ledger,
      `${kind}:${slug}:${locale}`,
      () => this.findBy(uid, { documentId }, locale),
      async () => {
        const version = await this.documents(uid).update({ documentId, locale, status, data });
        if (!version) throw new Error(`Vertaling ${locale} van ${kind} ${slug} werd niet aangemaakt.`);
        return version;
      },
    );
  }

  async news(): Promise<void> {
    for (const article of news) {
      await this.bySlug('news', UID.news, article.slug, () =>
        this.documents(UID.news).create({
          locale: DEFAULT_CONTENT_LOCALE,
          status: 'published',
          data: {
            title: article.title,
            slug: article.slug,
            date: this.date(-article.daysAgo),
            summary: article.summary,
            body: richText(article.body),
            coverImage: this.mediaId(article.coverImage) ?? null,
            department: this.ref('department', article.department) ?? null,
            topics: this.refsOf('topic', article.topics),
            projects: this.refsOf('project', article.projects),
          },
        }),
      );
    }
  }

  async decisions(): Promise<void> {
    for (const decision of decisions) {
      const decisionDate = this.date(-decision.daysAgo);
      await this.bySlug('decision', UID.decision, decision.slug, () =>
        this.documents(UID.decision).create({
          locale: DEFAULT_CONTENT_LOCALE,
          status: 'published',
          data: {
            title: decision.title,
            slug: decision.slug,
            reference: decision.reference.replace('{year}', decisionDate.slice(0, 4)),
            decidingBody: decision.decidingBody,
            decisionDate,
            summary: decision.summary,
            body: richText(decision.body),
            documents: (decision.documents ?? []).map((file) => this.mediaId(file)).filter((id) => id !== undefined),
            department: this.ref('department', decision.department) ?? null,
            topics: this.refsOf('topic', decision.topics),
            project: decision.project ? (this.ref('project', decision.project) ?? null) : null,
          },
        }),
      );
    }
  }

  async pages(): Promise<void> {
    for (const page of pages) {
      await this.bySlug('page', UID.page, page.slug, () =>
        this.documents(UID.page).create({
          locale: DEFAULT_CONTENT_LOCALE,
          status: 'published',
          data: { title: page.title, slug: page.slug, summary: page.summary, body: richText(page.body) },
        }),
      );
      for (const [locale, translation] of Object.entries(page.translations) as Array<
        [SeedLocale, (typeof page.translations)[SeedLocale]]
      >) {
        await this.translation(UID.page, 'page', page.slug, locale, 'published', {
          title: translation.title,
          slug: page.slug,
          summary: translation.summary,
          body: richText(translation.body),
        });
      }
    }
  }
}

export async function seedDemoContent(strapi: Core.Strapi, today: Date = new Date()): Promise<void> {
  const ledger = await openSeedLedger(strapi);
  const seed = new DemoSeed(strapi, ledger, today);
  await seed.taxonomy();
  await seed.formats();
  await seed.media();
  await seed.projects();
  await seed.news();
  await seed.decisions();
  await seed.pages();
  await seedVolunteering(strapi, ledger, today);
  await seedProposals(strapi, ledger, today);
  if (ledger.created > 0) strapi.log.info(`Demo-inhoud: ${ledger.created} onderdelen toegevoegd.`);
}
