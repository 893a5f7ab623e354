/**
 * Demo volunteering for Lokeren: three organisations approved by the city (a welfare link, a sports
 * club, a neighbourhood committee), their help requests and a few residents' ones, and offers by
 * demo residents. Everything goes through the volunteering plugin's own services, so its rules hold
 * (blocked words, no contact details in public text, dates from today, limits per account).
 *
 * The accounts are real users-permissions accounts, confirmed, with a random password nobody knows
 * and an address under `.invalid` that can never receive mail. Like the rest of the seed each
 * fixture is made once (ledger.ts) and never touched again; dates are relative to the first start.
 */
import type { Core } from '@strapi/strapi';
import { isoDateFrom } from '../domain/calendar';
import { seedDemoAccounts, type DemoAccount } from './demo-accounts';
import { once, type SeedLedger } from './ledger';

const OFFER_UID = 'plugin::volunteering.offer';
const REQUEST_UID = 'plugin::volunteering.help-request';
const ORGANISATION_UID = 'plugin::volunteering.organisation';

type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
type PartOfDay = 'morning' | 'afternoon' | 'evening';
type District = 'lokeren' | 'daknam' | 'eksaarde';
type Slot = { weekday: Weekday; partOfDay: PartOfDay };

interface AccountFixture {
  key: string;
  username: string;
  email: string;
  organisation?: { name: string; description: string; website: string | null };
}

interface RequestFixture {
  key: string;
  account: string;
  /** Residents post under a first name; organisations under their approved name. */
  publicName?: string;
  title: string;
  description: string;
  categories: string[];
  district: District;
  slots: Slot[];
  volunteersNeeded: number;
  untilInDays: number;
}

interface OfferFixture {
  key: string;
  account: string;
  publicName: string;
  title: string;
  description: string;
  categories: string[];
  districts: District[];
  availability: Slot[];
  frequency: 'one-off' | 'recurring';
}

const slot = (weekday: Weekday, partOfDay: PartOfDay): Slot => ({ weekday, partOfDay });

const accounts: AccountFixture[] = [
  {
    key: 'welzijnsschakel',
    username: 'demo-welzijnsschakel',
    email: 'welzijnsschakel.lokeren@voorbeeld.invalid',
    organisation: {
      name: 'Welzijnsschakel Lokeren-Centrum',
      description:
        'Vrijwilligers van de welzijnsschakel gaan op bezoek bij alleenstaande ouderen, helpen met boodschappen en papieren, en zorgen samen met het OCMW dat niemand in de kou blijft staan.',
      website: null,
    },
  },
  {
    key: 'sportkring',
    username: 'demo-sportkring-daknam',
    email: 'sportkring.daknam@voorbeeld.invalid',
    organisation: {
      name: 'Sportkring Daknam',
      description: 'Voetbal en atletiek voor jong en oud in Daknam, gedragen door vrijwilligers.',
      website: null,
    },
  },
  {
    key: 'buurtcomite',
    username: 'demo-buurtcomite-heirbrug',
    email: 'buurtcomite.heirbrug@voorbeeld.invalid',
    organisation: {
      name: 'Buurtcomité Heirbrug',
      description:
        'Buren die samen de wijk netjes, groen en gezellig houden: opruimacties, buurtfeest en een deelkast.',
      website: null,
    },
  },
  { key: 'marleen', username: 'demo-marleen', email: 'marleen@voorbeeld.invalid' },
  { key: 'jonas', username: 'demo-jonas', email: 'jonas@voorbeeld.invalid' },
  { key: 'fatima', username: 'demo-fatima', email: 'fatima@voorbeeld.invalid' },
  { key: 'pieter', username: 'demo-pieter', email: 'pieter@voorbeeld.invalid' },
  { key: 'eva', username: 'demo-eva', email: 'eva@voorbeeld.invalid' },
  { key: 'ahmed', username: 'demo-ahmed', email: 'ahmed@voorbeeld.invalid' },
  { key: 'lucienne', username: 'demo-lucienne', email: 'lucienne@voorbeeld.invalid' },
];

const requests: RequestFixture[] = [
  {
    key: 'bezoek-ouderen',
    account: 'welzijnsschakel',
    title: 'Wekelijks op bezoek bij een alleenstaande oudere',
    description:
      'Verschillende ouderen in het centrum zien weinig mensen. We zoeken vrijwilligers die een vaste namiddag per week langsgaan voor een babbel, een wandeling of een spelletje kaart.',
    categories: ['company'],
    district: 'lokeren',
    slots: [slot('tuesday', 'afternoon'), slot('thursday', 'afternoon')],
    volunteersNeeded: 3,
    untilInDays: 90,
  },
  {
    key: 'boodschappen-centrum',
    account: 'welzijnsschakel',
    title: 'Boodschappen doen voor mensen die slecht te been zijn',
    description:
      'Enkele bewoners van de serviceflats kunnen moeilijk zelf naar de winkel. Wie gaat één keer per week mee of haalt de boodschappen op een lijstje?',
    categories: ['errands', 'transport'],
    district: 'lokeren',
    slots: [slot('friday', 'morning')],
    volunteersNeeded: 2,
    untilInDays: 60,
  },
  {
    key: 'papieren-hulp',
    account: 'welzijnsschakel',
    title: 'Hulp bij brieven en online formulieren',
    description:
      'In ons ontmoetingshuis helpen we mensen met brieven van de bank, de mutualiteit of de belastingen, en met formulieren op de computer. We zoeken geduldige vrijwilligers.',
    categories: ['paperwork', 'digital-help'],
    district: 'lokeren',
    slots: [slot('monday', 'morning'), slot('wednesday', 'morning')],
    volunteersNeeded: 2,
    untilInDays: 75,
  },
  {
    key: 'jeugdtornooi',
    account: 'sportkring',
    title: 'Helpende handen voor ons jeugdtornooi',
    description:
      'Op ons jaarlijkse jeugdtornooi zoeken we mensen voor de bar, de inkom en het opruimen achteraf. Eén shift van een halve dag is al een grote hulp.',
    categories: ['events', 'sport'],
    district: 'daknam',
    slots: [slot('saturday', 'morning'), slot('saturday', 'afternoon')],
    volunteersNeeded: 8,
    untilInDays: 30,
  },
  {
    key: 'trainer-kleuters',
    account: 'sportkring',
    title: 'Hulptrainer voor de kleutersport op woensdag',
    description:
      'Elke woensdagnamiddag bewegen een twintigtal kleuters op ons terrein. De trainer zoekt een extra volwassene om spelletjes mee te begeleiden.',
    categories: ['sport'],
    district: 'daknam',
    slots: [slot('wednesday', 'afternoon')],
    volunteersNeeded: 1,
    untilInDays: 120,
  },
  {
    key: 'zwerfvuil',
    account: 'buurtcomite',
    title: 'Zwerfvuilactie langs de Durme',
    description:
      'Met de buurt ruimen we het jaagpad en de straten rond de Heirbrug op. Handschoenen, grijpers en zakken zijn er; koffie achteraf ook.',
    categories: ['nature'],
    district: 'lokeren',
    slots: [slot('sunday', 'morning')],
    volunteersNeeded: 10,
    untilInDays: 21,
  },
  {
    key: 'buurtfeest',
    account: 'buurtcomite',
    title: 'Soep koken en tafels zetten voor het buurtfeest',
    description:
      'Voor ons buurtfeest zoeken we mensen die een grote pot soep willen koken of mee tafels en stoelen zetten.',
    categories: ['cooking', 'events'],
    district: 'lokeren',
    slots: [slot('saturday', 'afternoon')],
    volunteersNeeded: 4,
    untilInDays: 45,
  },
  {
    key: 'tuin-eksaarde',
    account: 'lucienne',
    publicName: 'Lucienne',
    title: 'Wie helpt mijn haag snoeien?',
    description:
      'Sinds mijn heupoperatie lukt het snoeien van de haag niet meer. Ik zoek iemand die een voormiddag wil helpen; het gereedschap is er.',
    categories: ['gardening', 'odd-jobs'],
    district: 'eksaarde',
    slots: [slot('saturday', 'morning')],
    volunteersNeeded: 1,
    untilInDays: 40,
  },
  {
    key: 'huiswerk-daknam',
    account: 'fatima',
    publicName: 'Fatima',
    title: 'Huiswerkbegeleiding voor mijn zoon in het vierde leerjaar',
    description:
      'Mijn zoon heeft het moeilijk met lezen en rekenen in het Nederlands. Wie wil één avond per week een uurtje met hem oefenen?',
    categories: ['homework', 'language'],
    district: 'daknam',
    slots: [slot('tuesday', 'evening'), slot('thursday', 'evening')],
    volunteersNeeded: 1,
    untilInDays: 100,
  },
];

const offers: OfferFixture[] = [
  {
    key: 'marleen-boodschappen',
    account: 'marleen',
    publicName: 'Marleen',
    title: 'Boodschappen doen en een babbeltje slaan',
    description:
      'Ik ben gepensioneerd en heb een auto. Ik doe graag boodschappen voor iemand, of rij mee naar de dokter of de apotheek.',
    categories: ['errands', 'transport', 'company'],
    districts: ['lokeren', 'daknam'],
    availability: [slot('tuesday', 'morning'), slot('tuesday', 'afternoon'), slot('friday', 'morning')],
    frequency: 'recurring',
  },
  {
    key: 'jonas-digitaal',
    account: 'jonas',
    publicName: 'Jonas',
    title: 'Hulp met je smartphone, laptop of online formulieren',
    description:
      'Ik werk in de IT en leg graag geduldig uit hoe je een app installeert, veilig bankiert of een formulier online invult.',
    categories: ['digital-help', 'paperwork'],
    districts: ['lokeren'],
    availability: [slot('wednesday', 'evening'), slot('saturday', 'morning')],
    frequency: 'recurring',
  },
  {
    key: 'pieter-klussen',
    account: 'pieter',
    publicName: 'Pieter',
    title: 'Kleine klussen en tuinwerk',
    description: 'Een lamp ophangen, een kraan die lekt, de haag snoeien of het gras maaien: ik help graag een handje.',
    categories: ['odd-jobs', 'gardening'],
    districts: ['eksaarde', 'daknam'],
    availability: [slot('saturday', 'morning'), slot('saturday', 'afternoon'), slot('sunday', 'morning')],
    frequency: 'one-off',
  },
  {
    key: 'eva-huiswerk',
    account: 'eva',
    publicName: 'Eva',
    title: 'Huiswerkbegeleiding en Nederlands oefenen',
    description:
      'Ik ben leerkracht lager onderwijs en help kinderen graag met lezen en rekenen. Volwassenen die Nederlands willen oefenen zijn ook welkom.',
    categories: ['homework', 'language'],
    districts: ['daknam', 'lokeren'],
    availability: [slot('tuesday', 'evening'), slot('thursday', 'evening')],
    frequency: 'recurring',
  },
  {
    key: 'ahmed-evenementen',
    account: 'ahmed',
    publicName: 'Ahmed',
    title: 'Handen uit de mouwen op evenementen',
    description:
      'Tafels zetten, achter de bar staan of opruimen: op een zaterdag help ik graag mee bij een feest of tornooi.',
    categories: ['events', 'sport', 'cooking'],
    districts: ['daknam', 'lokeren', 'eksaarde'],
    availability: [slot('saturday', 'morning'), slot('saturday', 'afternoon'), slot('saturday', 'evening')],
    frequency: 'one-off',
  },
  {
    key: 'fatima-koken',
    account: 'fatima',
    publicName: 'Fatima',
    title: 'Samen koken voor wie het zelf moeilijk heeft',
    description:
      'Ik kook graag voor een groep. Voor een buurtfeest of een ontmoetingsmoment maak ik soep of een warme maaltijd.',
    categories: ['cooking', 'company'],
    districts: ['lokeren'],
    availability: [slot('friday', 'afternoon'), slot('saturday', 'afternoon')],
    frequency: 'one-off',
  },
  {
    key: 'lucienne-bezoek',
    account: 'lucienne',
    publicName: 'Lucienne',
    title: 'Een luisterend oor aan de telefoon of aan huis',
    description: 'Ik woon alleen en weet hoe stil de dagen kunnen zijn. Ik ga graag op bezoek bij iemand in Eksaarde.',
    categories: ['company'],
    districts: ['eksaarde'],
    availability: [slot('monday', 'afternoon'), slot('wednesday', 'afternoon')],
    frequency: 'recurring',
  },
  {
    key: 'marleen-dieren',
    account: 'marleen',
    publicName: 'Marleen',
    title: 'De hond uitlaten als het baasje ziek is',
    description: 'Ik wandel elke dag en neem graag een hond mee als het baasje het even niet kan.',
    categories: ['animals'],
    districts: ['lokeren'],
    availability: [slot('monday', 'morning'), slot('wednesday', 'morning'), slot('friday', 'morning')],
    frequency: 'recurring',
  },
];

type Account = DemoAccount;

/** The plugin's services, typed loosely: the CMS does not import plugin code (ARCHITECTURE.md). */
interface VolunteeringServices {
  organisations: {
    saveMine(account: Account, input: Record<string, unknown>): Promise<{ id: string; approval: string }>;
    review(documentId: string, approval: 'approved'): Promise<unknown>;
  };
  requests: { create(account: Account, input: Record<string, unknown>): Promise<{ id: string }> };
  offers: { create(account: Account, input: Record<string, unknown>): Promise<{ id: string }> };
}

export async function seedVolunteering(strapi: Core.Strapi, ledger: SeedLedger, today: Date): Promise<void> {
  const plugin = strapi.plugin('volunteering') as Core.Plugin | undefined;
  if (!plugin) return;
  const service = <K extends keyof VolunteeringServices>(name: K) =>
    plugin.service(name) as unknown as VolunteeringServices[K];

  const byKey = await seedDemoAccounts(strapi, ledger, 'volunteering', accounts);
  for (const fixture of accounts) {
    const account = byKey.get(fixture.key);
    if (!account) continue;

    const organisation = fixture.organisation;
    if (organisation) {
      await once(
        ledger,
        `volunteering:organisation:${fixture.key}`,
        () => strapi.db.query(ORGANISATION_UID).findOne({ where: { user: { id: account.id } } }),
        async () => {
          const saved = await service('organisations').saveMine(account, organisation);
          // Staff approve organisations; the demo ones come approved.
          await service('organisations').review(saved.id, 'approved');
          return saved;
        },
      );
    }
  }

  for (const fixture of requests) {
    const account = byKey.get(fixture.account);
    if (!account) continue;
    const organisation = accounts.find((candidate) => candidate.key === fixture.account)?.organisation;
    await once(
      ledger,
      `volunteering:request:${fixture.key}`,
      () => strapi.db.query(REQUEST_UID).findOne({ where: { title: fixture.title, poster: { id: account.id } } }),
      () =>
        service('requests').create(account, {
          postAs: organisation ? 'organisation' : 'resident',
          publicName: fixture.publicName,
          title: fixture.title,
          description: fixture.description,
          categories: fixture.categories,
          district: fixture.district,
          slots: fixture.slots,
          dates: [],
          volunteersNeeded: fixture.volunteersNeeded,
          untilDate: isoDateFrom(today, fixture.untilInDays),
        }),
    );
  }

  for (const fixture of offers) {
    const account = byKey.get(fixture.account);
    if (!account) continue;
    await once(
      ledger,
      `volunteering:offer:${fixture.key}`,
      () => strapi.db.query(OFFER_UID).findOne({ where: { title: fixture.title, owner: { id: account.id } } }),
      () =>
        service('offers').create(account, {
          publicName: fixture.publicName,
          title: fixture.title,
          description: fixture.description,
          categories: fixture.categories,
          districts: fixture.districts,
          availability: fixture.availability,
          frequency: fixture.frequency,
          visible: true,
        }),
    );
  }
}
