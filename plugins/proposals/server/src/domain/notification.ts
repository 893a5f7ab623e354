/**
 * The e-mail about a proposal's stage change. It names the proposal and what happened, links to
 * the proposal page, and tells followers how to stop following; it carries no one's personal data.
 */
import {
  outcomeLabels,
  stageLabels,
  type AnswerOutcome,
  type Stage,
  type TransitionAction,
} from '../../../shared/contracts';

export interface NotificationFacts {
  readonly title: string;
  readonly link: string;
  readonly supportThreshold: number | null;
  readonly supportCount: number;
  readonly outcome: AnswerOutcome | null;
  /** The meeting date, when the proposal went onto the agenda. */
  readonly meetingDate: string | null;
}

export interface Change {
  readonly action: TransitionAction;
  readonly to: Stage;
  readonly note: string | null;
}

export type Audience = 'initiator' | 'follower';

function sentence(change: Change, facts: NotificationFacts): string {
  switch (change.action) {
    case 'submit':
      return 'Het voorstel is ingediend. De participatieambtenaar kijkt na of het binnen de bevoegdheid van de stad valt.';
    case 'retract':
      return 'Het voorstel is teruggetrokken en staat weer als concept klaar om aan te passen.';
    case 'start-screening':
      return 'De participatieambtenaar is begonnen met de screening van het voorstel.';
    case 'return-to-initiator':
      return `Het voorstel is teruggestuurd om aan te passen.${change.note ? ` Toelichting: ${change.note}` : ''}`;
    case 'open-for-support':
      return `Het voorstel staat open voor steun. Met ${facts.supportThreshold ?? ''} steunbetuigingen komt het op de agenda van de gemeenteraad.`;
    case 'decline-competence':
      return `Het voorstel valt niet binnen de bevoegdheid van de stad.${change.note ? ` Motivering: ${change.note}` : ''}`;
    case 'reach-threshold':
      return `Het voorstel heeft de drempel van ${facts.supportThreshold ?? facts.supportCount} steunbetuigingen gehaald en gaat naar de gemeenteraad.`;
    case 'expire':
      return 'De steunperiode is afgelopen zonder dat de drempel werd gehaald.';
    case 'place-on-agenda':
      return `Het voorstel staat op de agenda van de gemeenteraad${facts.meetingDate ? ` van ${facts.meetingDate}` : ''}.`;
    case 'start-progress':
      return `De stad werkt het voorstel verder uit met de betrokken dienst en de indieners.${change.note ? ` ${change.note}` : ''}`;
    case 'answer':
      return `De stad heeft het voorstel beantwoord: ${facts.outcome ? outcomeLabels[facts.outcome].nl.toLowerCase() : 'zie het antwoord'}.`;
  }
}

export function composeStageMail(
  changes: readonly Change[],
  facts: NotificationFacts,
  audience: Audience,
): { subject: string; text: string } {
  const last = changes[changes.length - 1];
  if (!last) throw new Error('composeStageMail needs at least one change');
  const reached = changes.some((change) => change.action === 'reach-threshold');
  const subject = reached
    ? `Drempel gehaald: „${facts.title}”`
    : `Burgervoorstel „${facts.title}”: ${stageLabels[last.to].nl.toLowerCase()}`;
  const footer =
    audience === 'follower'
      ? 'Je krijgt deze e-mail omdat je dit voorstel volgt. Niet meer volgen kan op de pagina van het voorstel.'
      : 'Je krijgt deze e-mail omdat je dit voorstel indiende of mee indiende.';
  const text = [
    'Hallo,',
    '',
    ...changes.map((change) => sentence(change, facts)),
    '',
    facts.link,
    '',
    '—',
    footer,
  ].join('\n');
  return { subject, text };
}
