/**
 * A project format (projectformat) is a template: a project created from it gets the format's
 * phases, dated from the day of creation, and its texts where the project has none yet.
 */
import { isoDateFrom, type IsoDate } from './calendar';

export interface ParticipationMethodInput {
  method: string;
  note?: string | null;
}

export interface PhaseTemplate {
  title: string;
  description?: string | null;
  /** Days from the project's creation to the phase's first day. */
  offsetDays: number;
  /** Length in days; an open-ended phase has none. */
  durationDays?: number | null;
  methods?: ParticipationMethodInput[] | null;
}

export interface ProjectFormat {
  summaryTemplate?: string | null;
  bodyTemplate?: unknown[] | null;
  defaultPolicyStage?: string | null;
  phases?: PhaseTemplate[] | null;
}

export interface ProjectPhaseInput {
  title: string;
  description: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  methods: ParticipationMethodInput[];
}

/** The format's phases as dated project phases; the end date is the phase's last day (inclusive). */
export function phasesFromFormat(templates: readonly PhaseTemplate[], creationDay: Date): ProjectPhaseInput[] {
  return [...templates]
    .sort((a, b) => a.offsetDays - b.offsetDays)
    .map((template) => ({
      title: template.title,
      description: template.description ?? null,
      startDate: isoDateFrom(creationDay, template.offsetDays),
      endDate: template.durationDays ? isoDateFrom(creationDay, template.offsetDays + template.durationDays - 1) : null,
      // Copy only the values: component ids belong to the format and must not be reused.
      methods: (template.methods ?? []).map(({ method, note }) => ({ method, note: note ?? null })),
    }));
}

export interface ProjectDraft {
  summary?: unknown;
  body?: unknown;
  phases?: unknown;
  policyStage?: unknown;
}

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** The text inside a blocks value (rich text), to tell an empty editor from a written one. */
function blocksText(value: unknown): string {
  if (Array.isArray(value)) return value.map(blocksText).join('');
  if (!value || typeof value !== 'object') return '';
  const { text, children } = value as { text?: unknown; children?: unknown };
  return (typeof text === 'string' ? text : '') + blocksText(children);
}

// The admin's rich-text editor sends one empty paragraph for an untouched field.
const isBlankBlocks = (value: unknown): boolean =>
  isBlank(value) || (Array.isArray(value) && blocksText(value).trim() === '');

/**
 * What a format adds to a new project: its phases when the project has none, and its texts where
 * the project's own are empty. What the editor wrote always wins.
 */
export function prefillFromFormat(
  project: ProjectDraft,
  format: ProjectFormat,
  creationDay: Date,
): Partial<Record<keyof ProjectDraft, unknown>> {
  const patch: Partial<Record<keyof ProjectDraft, unknown>> = {};
  if (isBlank(project.phases) && format.phases && format.phases.length > 0) {
    patch.phases = phasesFromFormat(format.phases, creationDay);
  }
  if (isBlank(project.summary) && format.summaryTemplate) patch.summary = format.summaryTemplate;
  if (isBlankBlocks(project.body) && format.bodyTemplate && format.bodyTemplate.length > 0)
    patch.body = format.bodyTemplate;
  if (isBlank(project.policyStage) && format.defaultPolicyStage) patch.policyStage = format.defaultPolicyStage;
  return patch;
}
