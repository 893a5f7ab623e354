/**
 * A proposal's text as the initiator writes it: cleaned to plain text, held to its maximum lengths
 * on every save, and to its minimums when it is submitted (a draft may be unfinished). Problems are
 * per field, with a Dutch message the portal shows next to the field.
 */
import { TEXT_LIMITS } from '../../../shared/contracts';
import { plainText } from './plain-text';

export interface DraftText {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly displayName: string;
}

export interface FieldProblem {
  readonly path: [keyof DraftText | 'reason' | 'answer' | 'note' | 'outcome'];
  readonly message: string;
}

const FIELD_NAMES: Record<keyof DraftText, string> = {
  title: 'De titel',
  summary: 'De samenvatting',
  body: 'De uitleg',
  displayName: 'De naam waaronder je voorstel verschijnt',
};

export function cleanDraft(input: DraftText): DraftText {
  return {
    title: plainText(input.title, { multiline: false }),
    summary: plainText(input.summary, { multiline: true }),
    body: plainText(input.body, { multiline: true }),
    displayName: plainText(input.displayName, { multiline: false }),
  };
}

const length = (text: string) => [...text].length;

function tooLong(field: keyof DraftText, text: string): FieldProblem | null {
  const { max } = TEXT_LIMITS[field];
  return length(text) > max
    ? { path: [field], message: `${FIELD_NAMES[field]} mag hoogstens ${max} tekens lang zijn (nu ${length(text)}).` }
    : null;
}

/** The public name of an initiator or co-initiator (already cleaned). */
export function displayNameProblems(displayName: string): FieldProblem[] {
  const tooLongProblem = tooLong('displayName', displayName);
  if (tooLongProblem) return [tooLongProblem];
  if (length(displayName) < TEXT_LIMITS.displayName.min) {
    return [
      {
        path: ['displayName'],
        message: `Kies een naam van minstens ${TEXT_LIMITS.displayName.min} tekens waaronder je voorstel verschijnt.`,
      },
    ];
  }
  return [];
}

/** Problems that stop any save: too long, no title, no display name. */
export function saveProblems(draft: DraftText): FieldProblem[] {
  const problems = (['title', 'summary', 'body'] as const).map((field) => tooLong(field, draft[field]));
  if (draft.title.length === 0) problems.push({ path: ['title'], message: 'Geef je voorstel een titel.' });
  return [
    ...problems.filter((problem): problem is FieldProblem => problem !== null),
    ...displayNameProblems(draft.displayName),
  ];
}

/** Problems that stop submitting: everything of saveProblems, and each text at its minimum. */
export function submissionProblems(draft: DraftText): FieldProblem[] {
  const problems = saveProblems(draft);
  for (const field of ['title', 'summary', 'body'] as const) {
    const { min } = TEXT_LIMITS[field];
    if (length(draft[field]) < min && !problems.some((problem) => problem.path[0] === field)) {
      problems.push({
        path: [field],
        message: `${FIELD_NAMES[field]} moet minstens ${min} tekens lang zijn (nu ${length(draft[field])}).`,
      });
    }
  }
  return problems;
}

/** A staff text (reason, official answer, note): cleaned and held to its limits. */
export function staffTextProblem(field: 'reason' | 'answer' | 'note', text: string | undefined): FieldProblem | null {
  if (text === undefined) return null;
  const { min, max } = TEXT_LIMITS[field];
  const names = { reason: 'De motivering', answer: 'Het officiële antwoord', note: 'De toelichting' };
  if (length(text) > max) return { path: [field], message: `${names[field]} mag hoogstens ${max} tekens lang zijn.` };
  if (length(text) < min) return { path: [field], message: `${names[field]} moet minstens ${min} tekens lang zijn.` };
  return null;
}
