/**
 * The Dutch texts of the participation officer's screens (the admin panel is Dutch-only here).
 * Stage and outcome names come from the shared contracts, so staff and residents read the same words.
 */
import { outcomeLabels, stageLabels, type AnswerOutcome, type Stage } from '../../shared/contracts';
import type { StaffAction } from './api';

export const stageName = (stage: Stage): string => stageLabels[stage].nl;
export const outcomeName = (outcome: AnswerOutcome): string => outcomeLabels[outcome].nl;

/** Each step the officer may take: its button, what it does, and what the server needs for it. */
export const ACTION_TEXTS: Readonly<
  Record<StaffAction, { button: string; title: string; explanation: string; done: string }>
> = {
  'start-screening': {
    title: 'Screening starten',
    button: 'Screening starten',
    explanation: 'De indiener kan het voorstel daarna niet meer wijzigen of intrekken.',
    done: 'De screening is gestart.',
  },
  'open-for-support': {
    title: 'Openstellen voor steun',
    button: 'Openstellen voor steun',
    explanation:
      'Het voorstel valt binnen de bevoegdheid van de stad. Het wordt openbaar en inwoners kunnen het steunen; de drempel en de einddatum liggen vanaf nu vast.',
    done: 'Het voorstel staat open voor steun.',
  },
  'return-to-initiator': {
    title: 'Terugsturen naar de indiener',
    button: 'Terugsturen naar de indiener',
    explanation:
      'Het voorstel gaat terug naar een ontwerp. Leg uit wat de indiener moet aanpassen voor hij of zij het opnieuw indient.',
    done: 'Het voorstel is teruggestuurd naar de indiener.',
  },
  'decline-competence': {
    title: 'Weigeren: geen bevoegdheid van de stad',
    button: 'Weigeren: geen bevoegdheid van de stad',
    explanation:
      'Het voorstel gaat over iets waarover de stad niet beslist. Het wordt openbaar met deze motivering, zonder steunronde.',
    done: 'Het voorstel is geweigerd: geen bevoegdheid van de stad.',
  },
  'start-progress': {
    title: 'Behandeling starten',
    button: 'Behandeling starten',
    explanation: 'De stad behandelt het voorstel; steunbetuigingen worden afgesloten.',
    done: 'De behandeling is gestart.',
  },
  answer: {
    title: 'Officieel antwoord geven',
    button: 'Antwoord publiceren',
    explanation: 'Het antwoord van de stad wordt openbaar en sluit het voorstel af.',
    done: 'Het antwoord is gepubliceerd.',
  },
};

const dateTime = new Intl.DateTimeFormat('nl-BE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Brussels',
});
const dateOnly = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
export const formatDate = (iso: string): string => dateOnly.format(new Date(iso));

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a proposal has been waiting since it was submitted, in whole days. */
export function waitingFor(submittedAt: string | null, now: Date = new Date()): string {
  if (!submittedAt) return '—';
  const days = Math.floor((now.getTime() - new Date(submittedAt).getTime()) / DAY_MS);
  if (days <= 0) return 'vandaag ingediend';
  return days === 1 ? '1 dag' : `${days} dagen`;
}

export function supportLine(count: number, threshold: number | null): string {
  return threshold === null ? `${count} steunbetuigingen` : `${count} van ${threshold} steunbetuigingen`;
}
