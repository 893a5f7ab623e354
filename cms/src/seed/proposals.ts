/**
 * Demo burgervoorstellen for Lokeren: council meetings (two past, five coming) and seven proposals in
 * every public stage — open for support (one just short of the threshold), on the agenda of the next
 * meeting, answered by the city, not within the city's competence, and expired.
 *
 * Everything goes through the plugins' own services, so the rules hold as for a real proposal:
 * the lifecycle moves each stage (and records its timeline), the votes engine stores every support
 * as a vote (unique per ballot and voter key, counters moved in the vote's transaction, so the
 * tally equals a recount), and the support that reaches the threshold puts the proposal on the
 * agenda by itself. The supporters are synthetic: each has a random voter key, which can never be a
 * real person's. Only afterwards are the dates moved back, so the timelines read like proposals that
 * ran for weeks (and an answered proposal's agenda item moves to the past meeting that handled it,
 * as staff would do in the content manager).
 *
 * Initiators are demo accounts: confirmed users-permissions accounts with random passwords nobody
 * knows, at @voorbeeld.invalid addresses. The threshold is the configured one, so the counts are
 * chosen relative to it. Each proposal is created once (ledger): safe on every start.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { seedDemoAccounts } from './demo-accounts';
import { once, type SeedLedger } from './ledger';

const UID = {
  proposal: 'plugin::proposals.proposal',
  transition: 'plugin::proposals.transition',
  meeting: 'plugin::proposals.council-meeting',
  agendaItem: 'plugin::proposals.agenda-item',
  ballot: 'plugin::votes.ballot',
  topic: 'api::topic.topic',
  district: 'api::district.district',
} as const;

const DAY = 86_400_000;
const TOWN_HALL = 'Stadhuis Lokeren, raadzaal (Markt 2)';

type Action =
  | 'submit'
  | 'start-screening'
  | 'open-for-support'
  | 'decline-competence'
  | 'reach-threshold'
  | 'place-on-agenda'
  | 'start-progress'
  | 'answer'
  | 'expire';

interface Actor {
  role: 'initiator' | 'participation-officer' | 'system';
  label: string;
}

interface LifecycleService {
  transition(
    documentId: string,
    action: Action,
    actor: Actor,
    input?: { reason?: string; outcome?: string; answer?: string; note?: string },
  ): Promise<unknown>;
  systemTransition(documentId: string, action: 'expire' | 'place-on-agenda', now: Date): Promise<boolean>;
}

interface CastingService {
  castWithKey(params: { ballotDocumentId: string; voterKey: string; requested: readonly string[] }): Promise<unknown>;
}

interface ProposalRow {
  documentId: string;
  stage: string;
  supportCount: number;
  ballotDocumentId: string | null;
}

/** What happens to a proposal, in days before today (the seed moves the dates back afterwards). */
type Story =
  | { kind: 'open'; openedDaysAgo: number; supports: (threshold: number) => number }
  | { kind: 'on-agenda'; openedDaysAgo: number; reachedDaysAgo: number; extraSupports: number }
  | {
      kind: 'answered';
      outcome: 'realised' | 'partly' | 'not-retained';
      answer: string;
      progressNote: string;
      extraSupports: number;
    }
  | { kind: 'declined'; submittedDaysAgo: number; reason: string }
  | { kind: 'expired'; openedDaysAgo: number; supports: (threshold: number) => number };

interface ProposalFixture {
  key: string;
  initiator: string;
  displayName: string;
  title: string;
  summary: string;
  body: string;
  topic: string;
  district: string | null;
  story: Story;
}

const initiators = [
  { key: 'sofie', username: 'demo-sofie', email: 'sofie@voorbeeld.invalid' },
  { key: 'bart', username: 'demo-bart', email: 'bart@voorbeeld.invalid' },
  { key: 'ilse', username: 'demo-ilse', email: 'ilse@voorbeeld.invalid' },
  { key: 'kenan', username: 'demo-kenan', email: 'kenan@voorbeeld.invalid' },
  { key: 'lotte', username: 'demo-lotte', email: 'lotte@voorbeeld.invalid' },
  { key: 'marc', username: 'demo-marc', email: 'marc@voorbeeld.invalid' },
  { key: 'wout', username: 'demo-wout', email: 'wout@voorbeeld.invalid' },
] as const;

const proposals: readonly ProposalFixture[] = [
  {
    key: 'fietsstraat-oude-bruggestraat',
    initiator: 'sofie',
    displayName: 'Sofie V.',
    title: 'Maak van de Oude Bruggestraat een fietsstraat',
    summary:
      'Elke schooldag fietsen honderden leerlingen door de Oude Bruggestraat naar het centrum en de scholen aan de Markt. Een fietsstraat maakt duidelijk dat de fiets er voorrang heeft en auto’s niet inhalen.',
    body: 'De Oude Bruggestraat is een van de drukste fietsroutes van Lokeren: tussen 7.45 en 8.30 uur fietsen er volgens onze eigen telling meer dan 400 kinderen en jongeren naar school. Tegelijk is het een sluiproute voor auto’s die de Zelebaan willen vermijden. De straat is te smal voor fietspaden. Wij vragen daarom een fietsstraat: rode asfaltmarkering, borden aan beide kanten, maximum 30 km/u en een verbod om fietsers in te halen. In Gent en Sint-Niklaas werkt dat al jaren. We vragen ook een evaluatie na een jaar, met tellingen van fietsers en auto’s, zodat iedereen kan zien wat het oplevert.',
    topic: 'mobiliteit',
    district: 'lokeren',
    story: { kind: 'open', openedDaysAgo: 24, supports: (threshold) => Math.round(threshold * 0.61) },
  },
  {
    key: 'schaduw-speelplein-eksaarde',
    initiator: 'ilse',
    displayName: 'Ilse D.',
    title: 'Schaduw en een waterspeelplek op het speelplein van Eksaarde',
    summary:
      'Op warme dagen is het speelplein aan de Eksaardedorp-school onbruikbaar: geen boom, geen luifel, geen water. Plant bomen, hang zonnezeilen en maak een kleine waterspeelplek.',
    body: 'Het speelplein in Eksaarde wordt na school en in de vakanties veel gebruikt, maar de zomers worden heter. Vorige zomer stonden de glijbaan en de klimtoren tot in de avond in de volle zon en waren ze te heet om aan te raken. Wij stellen voor: vier of vijf snelgroeiende bomen langs de zuidkant, twee zonnezeilen boven de toestellen tot de bomen groot genoeg zijn, en een eenvoudige waterspeelplek met een drukknop (zuinig, geen stilstaand water). Ouders van het speelpleincomité willen mee helpen planten en de waterspeelplek elke week nakijken.',
    topic: 'sport-en-spel',
    district: 'eksaarde',
    story: { kind: 'open', openedDaysAgo: 9, supports: (threshold) => Math.round(threshold * 0.23) },
  },
  {
    key: 'zitbanken-durme',
    initiator: 'marc',
    displayName: 'Marc B.',
    title: 'Zitbanken en drinkwater langs de Durmewandeling',
    summary:
      'Langs de Durme tussen de Heirbrug en de Lokerse vaart staat over drie kilometer geen enkele bank en geen kraantje. Voor oudere wandelaars en gezinnen is de wandeling daardoor te lang.',
    body: 'De wandeling langs de Durme is een van de mooiste plekken van Lokeren, en sinds de heraanleg van de dijk ook een van de drukste. Maar wie slecht te been is, kan er niet rusten: tussen de Heirbrug en de samenvloeiing met de Lokerse vaart staat geen enkele zitbank. Wij vragen om elke 400 meter een bank met rug- en armleuning (zodat ook ouderen makkelijk recht komen), twee ervan in de schaduw, en één drinkwaterfontein aan de Heirbrug. De seniorenraad en Wandelclub Durmeland steunen dit voorstel.',
    topic: 'openbaar-domein',
    district: 'lokeren',
    story: { kind: 'open', openedDaysAgo: 71, supports: (threshold) => Math.max(0, threshold - 4) },
  },
  {
    key: 'oversteek-heirbrug',
    initiator: 'kenan',
    displayName: 'Kenan Y.',
    title: 'Een veilige oversteekplaats aan de Heirbrug voor schoolkinderen',
    summary:
      'Kinderen die van de wijk Heirbrug naar de scholen in het centrum fietsen, moeten de drukke Gentsesteenweg oversteken zonder zebrapad of verkeerslicht. Wij vragen een beveiligde oversteek.',
    body: 'Aan het kruispunt bij de Heirbrug steken elke ochtend tientallen kinderen de Gentsesteenweg over. Er is geen zebrapad en geen verkeerslicht; auto’s rijden er vaak sneller dan 50 km/u. Vorig schooljaar waren er twee bijna-ongevallen waarbij een kind op de fiets betrokken was. Wij stellen voor: een verhoogd zebrapad met een middeneiland, een verkeerslicht met drukknop voor fietsers en voetgangers, en een gemachtigde opzichter tijdens de schoolspits tot de werken klaar zijn. Het oudercomité van twee scholen heeft dit voorstel mee uitgewerkt.',
    topic: 'mobiliteit',
    district: 'lokeren',
    story: { kind: 'on-agenda', openedDaysAgo: 58, reachedDaysAgo: 3, extraSupports: 14 },
  },
  {
    key: 'ontharding-kerkplein-daknam',
    initiator: 'lotte',
    displayName: 'Lotte M.',
    title: 'Ontharden en vergroenen van het kerkplein in Daknam',
    summary:
      'Het plein rond de Sint-Martinuskerk in Daknam is volledig verhard en wordt enkel gebruikt als parking. Maak er een groen dorpsplein van, met bomen, bankjes en plaats voor de kermis.',
    body: 'Daknam heeft geen echte plek om elkaar te ontmoeten: het kerkplein is één grote vlakte asfalt met parkeervakken. Bij hevige regen loopt het water naar de huizen aan de lage kant. Wij stellen voor om de helft van het plein te ontharden: gras, bomen en een wadi die het regenwater opvangt, met bankjes en een drinkwaterpunt. De parkeerplaatsen die verdwijnen, kunnen naar de parking aan de sporthal, op drie minuten wandelen. De kermis en de jaarmarkt moeten er kunnen blijven staan; daarom vragen we om een ontwerp samen met de dorpsraad.',
    topic: 'groen-en-klimaat',
    district: 'daknam',
    story: {
      kind: 'answered',
      outcome: 'partly',
      extraSupports: 31,
      progressNote:
        'De gemeenteraad heeft het voorstel besproken. De dienst Omgeving maakt een ontwerp samen met de dorpsraad van Daknam.',
      answer:
        'De gemeenteraad keurt het voorstel gedeeltelijk goed. Het kerkplein wordt in 2027 voor ongeveer 40 % onthard: er komen twaalf bomen, een wadi voor het regenwater, zitbanken en een drinkwaterpunt. De volledige helft ontharden kan niet: de brandweer heeft een verharde opstelplaats aan de kerk nodig en de jaarmarkt vraagt een vaste ondergrond. Het ontwerp wordt in het voorjaar voorgesteld op een infoavond in de parochiezaal van Daknam. Bedankt aan alle inwoners die het voorstel steunden.',
    },
  },
  {
    key: 'treinen-lokeren-gent',
    initiator: 'bart',
    displayName: 'Bart D.',
    title: 'Meer treinen tussen Lokeren en Gent in het weekend',
    summary:
      'In het weekend rijdt er maar één trein per uur tussen Lokeren en Gent-Dampoort, en de laatste vertrekt te vroeg om na een avond in Gent nog thuis te geraken. Vraag meer en latere treinen.',
    body: 'Veel jongeren en werknemers in de horeca en de zorg pendelen in het weekend tussen Lokeren en Gent. Met één trein per uur en een laatste trein rond middernacht zijn ze aangewezen op de auto of op een dure taxi. Wij vragen twee treinen per uur op zaterdag en zondag en een laatste trein na 1 uur ’s nachts, zeker tijdens de Gentse Feesten. De stad kan dit mee vragen aan de NMBS en de federale minister van Mobiliteit, samen met Sint-Niklaas en Wachtebeke.',
    topic: 'mobiliteit',
    district: null,
    story: {
      kind: 'declined',
      submittedDaysAgo: 33,
      reason:
        'De dienstregeling van de treinen wordt bepaald door de NMBS en de federale overheid, niet door de stad. Het stadsbestuur heeft de vraag wel doorgegeven aan de NMBS en brengt ze in bij het overleg van de vervoerregio Gent, waar ook de bussen van De Lijn aan bod komen.',
    },
  },
  {
    key: 'hondenweide-oudenbos',
    initiator: 'wout',
    displayName: 'Wout S.',
    title: 'Een omheinde hondenweide aan het Oudenbos',
    summary:
      'Hondenbaasjes in het noorden van Lokeren hebben geen plek waar hun hond veilig los kan lopen. Een omheinde hondenweide aan de rand van het Oudenbos zou dat oplossen.',
    body: 'Honden moeten in het Oudenbos terecht aan de leiband, om het wild en de wandelaars te beschermen. Maar een hond heeft ook vrije loop nodig. De dichtstbijzijnde hondenweide ligt aan de andere kant van de stad. Wij stellen een omheinde weide van ongeveer 2 000 m² voor op het braakliggende stuk grond aan de rand van het bos, met een dubbele poort, een afvalbak, een bank en een waterpunt. Baasjes uit de buurt willen een peterschap opnemen en de weide netjes houden.',
    topic: 'samenleven',
    district: 'lokeren',
    story: { kind: 'expired', openedDaysAgo: 104, supports: (threshold) => Math.round(threshold * 0.37) },
  },
];

/** An evening in Lokeren (Europe/Brussels, summer or winter time) as an instant. */
function brusselsEvening(year: number, monthIndex: number, day: number, hour: number): Date {
  const guess = new Date(Date.UTC(year, monthIndex, day, hour, 0));
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName')?.value;
  const hours = Number(/GMT([+-]\d+)/.exec(offset ?? '')?.[1] ?? 1);
  return new Date(guess.getTime() - hours * 3_600_000);
}

/** The council meets on the last Monday of the month at 20:00, not in August (summer recess). */
export function councilMeetings(today: Date): { past: Date[]; upcoming: Date[] } {
  const dates: Date[] = [];
  for (let offset = -4; offset <= 8; offset += 1) {
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
    if (month.getUTCMonth() === 7) continue;
    const last = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
    const lastMonday = last.getUTCDate() - ((last.getUTCDay() + 6) % 7);
    dates.push(brusselsEvening(month.getUTCFullYear(), month.getUTCMonth(), lastMonday, 20));
  }
  const now = today.getTime();
  return {
    past: dates.filter((date) => date.getTime() < now).slice(-2),
    upcoming: dates.filter((date) => date.getTime() >= now).slice(0, 5),
  };
}

const meetingFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' });

/**
 * A failure here is logged and leaves the rest of the start alone: demo proposals are nice to have,
 * a CMS that does not start is not. What was completed stays (each piece is in the ledger).
 */
export async function seedProposals(strapi: Core.Strapi, ledger: SeedLedger, today: Date): Promise<void> {
  try {
    await seedProposalStories(strapi, ledger, today);
  } catch (error) {
    strapi.log.error(`Demo-burgervoorstellen konden niet (volledig) aangemaakt worden: ${String(error)}`);
  }
}

async function seedProposalStories(strapi: Core.Strapi, ledger: SeedLedger, today: Date): Promise<void> {
  const proposalsPlugin = strapi.plugin('proposals') as Core.Plugin | undefined;
  const votesPlugin = strapi.plugin('votes') as Core.Plugin | undefined;
  if (!proposalsPlugin || !votesPlugin) return;
  const lifecycle = proposalsPlugin.service('lifecycle') as unknown as LifecycleService;
  const casting = votesPlugin.service('casting') as unknown as CastingService;
  const { supportThreshold, supportPeriodMs } = (
    proposalsPlugin.service('settings') as unknown as { get(): { supportThreshold: number; supportPeriodMs: number } }
  ).get();
  const officer: Actor = { role: 'participation-officer', label: 'Participatieambtenaar' };
  const query = (uid: string) => strapi.db.query(uid as never);
  const at = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);

  // Council meetings, each once (found again by its start).
  const meetings = councilMeetings(today);
  const pastMeetingIds: string[] = [];
  for (const [index, startsAt] of [...meetings.past, ...meetings.upcoming].entries()) {
    const find = async () =>
      (await query(UID.meeting).findOne({
        where: { startsAt },
        select: ['documentId'],
      })) as { documentId: string } | null;
    const meeting = await once(
      ledger,
      `proposals:meeting:${startsAt.toISOString().slice(0, 10)}`,
      find,
      () =>
        strapi.documents(UID.meeting as never).create({
          data: {
            title: `Gemeenteraad van ${meetingFormat.format(startsAt)}`,
            body: 'Gemeenteraad',
            startsAt,
            endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
            location: TOWN_HALL,
          } as never,
        }) as Promise<{ documentId: string }>,
    );
    if (meeting && index < meetings.past.length) pastMeetingIds.push(meeting.documentId);
  }

  const accounts = await seedDemoAccounts(strapi, ledger, 'proposals', initiators);

  const idOf = async (uid: string, slug: string | null) =>
    slug === null
      ? null
      : (((await query(uid).findOne({ where: { slug }, select: ['id'] })) as { id: number } | null)?.id ?? null);

  /** Real votes through the engine, each with a random voter key no person can have. */
  async function support(ballotDocumentId: string, count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      await casting.castWithKey({ ballotDocumentId, voterKey: crypto.randomBytes(32).toString('hex'), requested: [] });
    }
  }

  async function load(documentId: string): Promise<ProposalRow> {
    const row = (await query(UID.proposal).findOne({
      where: { documentId },
      select: ['documentId', 'stage', 'supportCount', 'ballotDocumentId'],
    })) as ProposalRow | null;
    if (!row) throw new Error(`Demovoorstel ${documentId} verdween tijdens het zaaien.`);
    return row;
  }

  /** Moves the recorded dates back, so the public timeline tells the story over weeks. */
  async function backdate(
    documentId: string,
    moments: Partial<Record<Action, Date>>,
    fields: Record<string, Date>,
    ballot?: { opensAt: Date; closesAt: Date },
  ): Promise<void> {
    for (const [action, moment] of Object.entries(moments)) {
      await query(UID.transition).updateMany({
        where: { proposalDocumentId: documentId, action },
        data: { at: moment },
      });
    }
    if (Object.keys(fields).length > 0) {
      await strapi.documents(UID.proposal as never).update({ documentId, data: fields as never });
    }
    const { ballotDocumentId } = await load(documentId);
    if (ballot && ballotDocumentId) {
      await query(UID.ballot).update({ where: { documentId: ballotDocumentId }, data: ballot });
    }
  }

  for (const fixture of proposals) {
    const initiatorId = accounts.get(fixture.initiator)?.id;
    if (initiatorId === undefined) continue;
    const initiator: Actor = { role: 'initiator', label: fixture.displayName };
    const find = async () =>
      (await query(UID.proposal).findOne({ where: { title: fixture.title }, select: ['documentId'] })) as {
        documentId: string;
      } | null;
    await once(ledger, `proposals:proposal:${fixture.key}`, find, async () => {
      const created = (await strapi.documents(UID.proposal as never).create({
        data: {
          title: fixture.title,
          summary: fixture.summary,
          body: fixture.body,
          initiatorDisplayName: fixture.displayName,
          topic: await idOf(UID.topic, fixture.topic),
          district: await idOf(UID.district, fixture.district),
          stage: 'draft',
          supportCount: 0,
          initiator: initiatorId,
        } as never,
      })) as { documentId: string };
      const documentId = created.documentId;
      await lifecycle.transition(documentId, 'submit', initiator);
      await lifecycle.transition(documentId, 'start-screening', officer);
      const story = fixture.story;

      if (story.kind === 'declined') {
        await lifecycle.transition(documentId, 'decline-competence', officer, { reason: story.reason });
        const decided = at(story.submittedDaysAgo - 6);
        await backdate(
          documentId,
          {
            submit: at(story.submittedDaysAgo),
            'start-screening': at(story.submittedDaysAgo - 2),
            'decline-competence': decided,
          },
          { submittedAt: at(story.submittedDaysAgo), publicSince: decided },
        );
        return created;
      }

      await lifecycle.transition(documentId, 'open-for-support', officer);
      const ballotDocumentId = (await load(documentId)).ballotDocumentId;
      if (!ballotDocumentId) throw new Error(`Demovoorstel ${fixture.key} kreeg geen steunstemming.`);

      if (story.kind === 'open' || story.kind === 'expired') {
        // Below the threshold by construction; the open one close to it stays open.
        await support(ballotDocumentId, Math.min(story.supports(supportThreshold), supportThreshold - 1));
        const opened = at(story.openedDaysAgo);
        const closes = new Date(opened.getTime() + supportPeriodMs);
        await backdate(
          documentId,
          {
            submit: at(story.openedDaysAgo + 12),
            'start-screening': at(story.openedDaysAgo + 9),
            'open-for-support': opened,
          },
          {
            submittedAt: at(story.openedDaysAgo + 12),
            publicSince: opened,
            supportOpensAt: opened,
            supportClosesAt: closes,
          },
          { opensAt: opened, closesAt: closes },
        );
        // Its period is over (the ballot is closed too): the platform's own expiry takes it from here.
        if (story.kind === 'expired') {
          await lifecycle.systemTransition(documentId, 'expire', new Date());
          await backdate(documentId, { expire: closes }, {});
        }
        return created;
      }

      // The support that reaches the threshold moves the proposal and queues its agenda item itself.
      await support(ballotDocumentId, supportThreshold + story.extraSupports);
      if (story.kind === 'on-agenda') {
        const opened = at(story.openedDaysAgo);
        const reached = at(story.reachedDaysAgo);
        const closes = new Date(opened.getTime() + supportPeriodMs);
        await backdate(
          documentId,
          {
            submit: at(story.openedDaysAgo + 14),
            'start-screening': at(story.openedDaysAgo + 10),
            'open-for-support': opened,
            'reach-threshold': reached,
            'place-on-agenda': reached,
          },
          {
            submittedAt: at(story.openedDaysAgo + 14),
            publicSince: opened,
            supportOpensAt: opened,
            supportClosesAt: closes,
            thresholdReachedAt: reached,
          },
          { opensAt: opened, closesAt: closes },
        );
        return created;
      }

      // Answered: it was handled at the older past meeting; the answer came a week later.
      const meetingId = pastMeetingIds[0];
      const meeting = meetings.past[0];
      if (!meetingId || !meeting) throw new Error('Geen voorbije gemeenteraad voor het beantwoorde demovoorstel.');
      const item = (await query(UID.agendaItem).findOne({
        where: { proposalDocumentId: documentId },
        select: ['documentId'],
      })) as { documentId: string } | null;
      if (item) {
        await strapi.documents(UID.agendaItem as never).update({
          documentId: item.documentId,
          data: { meeting: meetingId, queuedAt: new Date(meeting.getTime() - 20 * DAY) } as never,
        });
      }
      await lifecycle.transition(documentId, 'start-progress', officer, { note: story.progressNote });
      await lifecycle.transition(documentId, 'answer', officer, { outcome: story.outcome, answer: story.answer });
      const reached = new Date(meeting.getTime() - 20 * DAY);
      const opened = new Date(reached.getTime() - 47 * DAY);
      const progress = new Date(meeting.getTime() + 2 * DAY);
      const answered = new Date(Math.min(meeting.getTime() + 7 * DAY, today.getTime() - DAY));
      await backdate(
        documentId,
        {
          submit: new Date(opened.getTime() - 15 * DAY),
          'start-screening': new Date(opened.getTime() - 11 * DAY),
          'open-for-support': opened,
          'reach-threshold': reached,
          'place-on-agenda': reached,
          'start-progress': progress,
          answer: answered,
        },
        {
          submittedAt: new Date(opened.getTime() - 15 * DAY),
          publicSince: opened,
          supportOpensAt: opened,
          supportClosesAt: progress,
          thresholdReachedAt: reached,
          answeredAt: answered,
        },
        { opensAt: opened, closesAt: progress },
      );
      return created;
    });
  }
}

/** For tests: what the seed puts in place. */
export const demoProposalTitles = proposals.map((fixture) => ({ title: fixture.title, kind: fixture.story.kind }));
