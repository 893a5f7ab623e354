/**
 * The shapes of the demo content. Dates are given in days relative to the day the seed runs, so
 * the demo always has projects in a current phase, recent news and decisions of the past years.
 * References between fixtures use slugs (or file names for media).
 */

export type SeedLocale = 'fr' | 'en';
export type PolicyStage = 'beleidsvoorbereiding' | 'beleidsuitvoering' | 'beleidsevaluatie';
export type Progress = 'planned' | 'active' | 'completed';
export type ParticipationMethod = 'information' | 'poll' | 'survey' | 'ideas' | 'discussion' | 'volunteering';
export type DecidingBody = 'gemeenteraad' | 'college' | 'burgemeester' | 'raad-maatschappelijk-welzijn' | 'vast-bureau';

export interface DepartmentFixture {
  slug: string;
  name: string;
  description: string;
  email: string;
  phone: string;
}

export interface TopicFixture {
  slug: string;
  name: string;
  description: string;
}

export interface DistrictFixture {
  slug: string;
  name: string;
  postcode: string;
  population: number;
}

export interface ImageFixture {
  /** File in cms/seed/images. */
  file: string;
  alternativeText: string;
  caption: string;
}

export interface DocumentFixture {
  /** File in cms/seed/documents. */
  file: string;
  caption: string;
}

export interface MethodFixture {
  method: ParticipationMethod;
  note?: string;
}

export interface PhaseFixture {
  title: string;
  description: string;
  /** First day, relative to the seed day (negative = in the past). */
  fromDay: number;
  /** Last day, inclusive; null for an open end. */
  toDay: number | null;
  methods: MethodFixture[];
}

export interface ProjectTranslation {
  title: string;
  summary: string;
  plainLanguageSummary: string;
  body: string[];
  /** Title and description of each phase, in the same order as the Dutch phases. */
  phases: Array<{ title: string; description: string }>;
}

export interface ProjectFixture {
  slug: string;
  title: string;
  summary: string;
  plainLanguageSummary: string;
  body: string[];
  department: string;
  topics: string[];
  districts: string[];
  location?: { label: string; latitude: number; longitude: number };
  policyStage: PolicyStage;
  progress: Progress;
  phases: PhaseFixture[];
  coverImage?: string;
  format?: string;
  /** false: stays a draft, never published (tests check that drafts stay hidden). */
  published: boolean;
  translations?: Partial<Record<SeedLocale, ProjectTranslation>>;
}

export interface NewsFixture {
  slug: string;
  title: string;
  daysAgo: number;
  summary: string;
  body: string[];
  department: string;
  topics: string[];
  projects: string[];
  coverImage?: string;
}

export interface DecisionFixture {
  slug: string;
  title: string;
  /** `{year}` is replaced by the year of the decision date. */
  reference: string;
  decidingBody: DecidingBody;
  daysAgo: number;
  summary: string;
  body: string[];
  department: string;
  topics: string[];
  project?: string;
  documents?: string[];
}

export interface PageTranslation {
  title: string;
  summary: string;
  body: string[];
}

export interface PageFixture extends PageTranslation {
  slug: string;
  translations: Record<SeedLocale, PageTranslation>;
}

export interface PhaseTemplateFixture {
  title: string;
  description: string;
  offsetDays: number;
  durationDays: number | null;
  methods: MethodFixture[];
}

export interface ProjectFormatFixture {
  name: string;
  description: string;
  summaryTemplate: string;
  bodyTemplate: string[];
  defaultPolicyStage: PolicyStage;
  phases: PhaseTemplateFixture[];
}
