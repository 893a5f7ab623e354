/**
 * Dutch wording of validation problems. Every message is a verb phrase ("is verplicht", "mag
 * hoogstens 120 tekens bevatten") so it reads as a sentence after the field's label:
 * "Titel mag hoogstens 120 tekens bevatten."
 */
import type { z } from 'zod';

export const FIELD_LABELS: Record<string, string> = {
  publicName: 'Naam',
  title: 'Titel',
  description: 'Beschrijving',
  categories: 'Categorieën',
  districts: 'Deelgemeenten',
  district: 'Deelgemeente',
  availability: 'Beschikbaarheid',
  slots: 'Tijdsloten',
  dates: 'Data',
  frequency: 'Frequentie',
  visible: 'Zichtbaarheid',
  contactEmail: 'E-mailadres',
  contactPhone: 'Telefoonnummer',
  postAs: 'Plaatsen als',
  volunteersNeeded: 'Aantal vrijwilligers',
  untilDate: 'Einddatum',
  offerId: 'Aanbod',
  message: 'Bericht',
  body: 'Bericht',
  targetType: 'Soort melding',
  targetId: 'Gemeld item',
  reason: 'Reden',
  explanation: 'Toelichting',
  name: 'Naam van de organisatie',
  website: 'Website',
  outcome: 'Afhandeling',
  note: 'Notitie',
  nl: 'Nederlandse woorden',
  fr: 'Franse woorden',
  category: 'Categorie',
  weekday: 'Weekdag',
  partOfDay: 'Dagdeel',
  from: 'Vanaf',
  page: 'Pagina',
  pageSize: 'Aantal per pagina',
  role: 'Rol',
  approval: 'Goedkeuring',
  state: 'Status',
};

/** "Titel"; for a nested field "Beschikbaarheid (nr. 2, weekdag)". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path;
  if (first === undefined) return 'Invoer';
  const label = FIELD_LABELS[String(first)] ?? String(first);
  if (rest.length === 0) return label;
  const inner = rest.map((key) =>
    typeof key === 'number' || /^\d+$/.test(String(key))
      ? `nr. ${Number(key) + 1}`
      : (FIELD_LABELS[String(key)] ?? String(key)).toLowerCase(),
  );
  return `${label} (${inner.join(', ')})`;
}

/** Fallback wording for problems a schema did not word itself. */
export function dutchIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'is verplicht' : 'heeft een ongeldige vorm';
    case 'too_small':
      if (issue.origin === 'string') return `moet minstens ${String(issue.minimum)} tekens bevatten`;
      if (issue.origin === 'array') return `moet minstens ${String(issue.minimum)} keuze(s) bevatten`;
      return `moet minstens ${String(issue.minimum)} zijn`;
    case 'too_big':
      if (issue.origin === 'string') return `mag hoogstens ${String(issue.maximum)} tekens bevatten`;
      if (issue.origin === 'array') return `mag hoogstens ${String(issue.maximum)} keuzes bevatten`;
      return `mag hoogstens ${String(issue.maximum)} zijn`;
    case 'invalid_value':
      return 'is geen geldige keuze';
    case 'invalid_format':
      if (issue.format === 'email') return 'is geen geldig e-mailadres';
      if (issue.format === 'url') return 'is geen geldig webadres';
      return 'heeft een ongeldige vorm';
    case 'unrecognized_keys':
      return `kent deze velden niet: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return 'is ongeldig';
  }
}

/** "Titel mag hoogstens 120 tekens bevatten." */
export function sentenceFor(path: readonly PropertyKey[], message: string): string {
  return `${fieldLabel(path)} ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
}
