/** Demo decisions of several deciding bodies, spread over more than two years. */
import type { DecisionFixture } from '../fixtures';

export const decisions: DecisionFixture[] = [
  {
    slug: 'gunning-heraanleg-kerkstraat',
    title: 'Gunning van de werken voor de heraanleg van de Kerkstraat',
    reference: 'CBS/{year}/0412',
    decidingBody: 'college',
    daysAgo: 152,
    summary:
      'Het college gunt de opdracht voor de heraanleg van de Kerkstraat aan de economisch meest voordelige inschrijver. De werken verlopen in twee fasen.',
    body: [
      'Er werden vijf offertes ingediend. Het verslag van nazicht vergelijkt prijs, uitvoeringstermijn en de maatregelen om de handelszaken bereikbaar te houden.',
      'De werken starten na het bouwverlof en duren ongeveer elf maanden.',
    ],
    department: 'openbare-werken',
    topics: ['openbaar-domein'],
    project: 'heraanleg-kerkstraat',
    documents: ['besluit-gunning-heraanleg-kerkstraat.pdf'],
  },
  {
    slug: 'ontwerp-heraanleg-kerkstraat-goedgekeurd',
    title: 'Definitief ontwerp heraanleg Kerkstraat goedgekeurd',
    reference: 'GR/{year}/0087',
    decidingBody: 'gemeenteraad',
    daysAgo: 332,
    summary:
      'De gemeenteraad keurt het definitieve ontwerp en de raming goed. Op vraag van de bewoners blijven er kortparkeerplaatsen aan de kant van de Markt.',
    body: [
      'Het ontwerp houdt rekening met de resultaten van de bewonersbevraging: extra fietsenstallingen, tien bomen en laad- en loszones.',
      'De raming bedraagt 2,4 miljoen euro inclusief btw, waarvan een deel gedragen wordt door de rioolbeheerder.',
    ],
    department: 'openbare-werken',
    topics: ['openbaar-domein', 'mobiliteit'],
    project: 'heraanleg-kerkstraat',
  },
  {
    slug: 'tijdelijk-politiereglement-werken-kerkstraat',
    title: 'Tijdelijk politiereglement voor de werken in de Kerkstraat',
    reference: 'BM/{year}/0156',
    decidingBody: 'burgemeester',
    daysAgo: 123,
    summary:
      'De burgemeester legt een tijdelijk verkeersreglement op tijdens de eerste fase van de werken: doorgaand verkeer verboden, omleiding via de Stationsstraat.',
    body: [
      'Het reglement geldt tot de oplevering van de eerste fase. Hulpdiensten en leveringen tot 10 uur blijven toegelaten.',
    ],
    department: 'mobiliteit',
    topics: ['mobiliteit'],
    project: 'heraanleg-kerkstraat',
  },
  {
    slug: 'lastvoorwaarden-ontwerpwedstrijd-stedelijk-museum',
    title: 'Lastvoorwaarden voor de ontwerpwedstrijd Stedelijk Museum',
    reference: 'GR/{year}/0201',
    decidingBody: 'gemeenteraad',
    daysAgo: 41,
    summary:
      'De gemeenteraad keurt de lastvoorwaarden goed voor de ontwerpwedstrijd voor de vernieuwing van het Stedelijk Museum.',
    body: [
      'De wedstrijd verloopt in twee rondes. De ideeën van inwoners uit de participatiefase maken deel uit van de opdracht.',
      'Inwoners kunnen later stemmen op de drie beste ontwerpen; de jury weegt die stem mee.',
    ],
    department: 'cultuur-en-erfgoed',
    topics: ['cultuur', 'erfgoed'],
    project: 'vernieuwing-stedelijk-museum',
    documents: ['besluit-ontwerpwedstrijd-museum.pdf'],
  },
  {
    slug: 'subsidie-erfgoeddag',
    title: 'Subsidie voor de Erfgoeddag',
    reference: 'CBS/{year}/0133',
    decidingBody: 'college',
    daysAgo: 505,
    summary:
      'Het college kent een subsidie van 4.500 euro toe aan de erfgoedverenigingen voor hun activiteiten op de Erfgoeddag.',
    body: ['De subsidie dekt de huur van materiaal, de begeleiding van rondleidingen en de promotie.'],
    department: 'cultuur-en-erfgoed',
    topics: ['erfgoed'],
  },
  {
    slug: 'programma-van-eisen-nieuwe-bibliotheek',
    title: 'Startnota voor de nieuwe bibliotheek',
    reference: 'GR/{year}/0145',
    decidingBody: 'gemeenteraad',
    daysAgo: 205,
    summary:
      'De gemeenteraad keurt de startnota goed voor een nieuwe bibliotheek op de Durmesite en vraagt een participatietraject met co-creatieateliers.',
    body: [
      'De startnota beschrijft de ambities, het budget en de timing. Het definitieve programma van eisen volgt na de ateliers.',
    ],
    department: 'bibliotheek',
    topics: ['cultuur'],
    project: 'nieuwe-bibliotheek',
  },
  {
    slug: 'budget-vernieuwing-zes-speelpleinen',
    title: 'Budget voor de vernieuwing van zes speelpleinen',
    reference: 'CBS/{year}/0377',
    decidingBody: 'college',
    daysAgo: 131,
    summary:
      'Het college keurt 780.000 euro goed voor de vernieuwing van zes speelpleinen in Lokeren, Daknam en Eksaarde.',
    body: ['Het budget omvat ontwerp, aanleg en de beplanting. Kinderen en buurtbewoners kiezen mee het ontwerp.'],
    department: 'jeugd-en-sport',
    topics: ['sport-en-spel', 'jeugd'],
    project: 'speelpleinen-in-je-buurt',
  },
  {
    slug: 'reglement-meest-verdienstelijke-lokeraar',
    title: 'Reglement Meest Verdienstelijke Lokeraar',
    reference: 'GR/{year}/0064',
    decidingBody: 'gemeenteraad',
    daysAgo: 424,
    summary:
      'De gemeenteraad keurt het vernieuwde reglement goed: inwoners dragen voor, een jury valideert en inwoners vanaf 16 jaar stemmen online of op papier.',
    body: [
      'Om dubbele stemmen te vermijden, bevestigen online stemmers hun identiteit met e-ID of itsme. Papieren stemmen worden aan het onthaal geregistreerd.',
    ],
    department: 'communicatie-en-participatie',
    topics: ['samenleven'],
    project: 'meest-verdienstelijke-lokeraar',
  },
  {
    slug: 'invoering-blauwe-zone-binnenstad',
    title: 'Invoering van een blauwe zone in de binnenstad',
    reference: 'GR/{year}/0071',
    decidingBody: 'gemeenteraad',
    daysAgo: 412,
    summary:
      'De gemeenteraad voert voor een proefperiode van een jaar een blauwe zone en twintig shop-and-go-plaatsen in.',
    body: [
      'Na de proefperiode volgt een evaluatie met tellingen en een bevraging van bewoners, bezoekers en handelaars.',
    ],
    department: 'mobiliteit',
    topics: ['mobiliteit'],
    project: 'parkeerplan-binnenstad',
  },
  {
    slug: 'evaluatie-parkeerplan-binnenstad',
    title: 'Evaluatie van het parkeerplan binnenstad',
    reference: 'CBS/{year}/0519',
    decidingBody: 'college',
    daysAgo: 26,
    summary:
      'Het college neemt kennis van de evaluatie van de proefperiode en legt de resultaten van de bevraging voor aan de gemeenteraad.',
    body: [
      'De bezetting van de parkeerplaatsen in het centrum daalde van 97% naar 82%. Handelaars zijn overwegend positief; bewoners vragen meer bewonersplaatsen.',
    ],
    department: 'mobiliteit',
    topics: ['mobiliteit'],
    project: 'parkeerplan-binnenstad',
    documents: ['besluit-evaluatie-parkeerplan.pdf'],
  },
  {
    slug: 'fietsbeleidsplan-lokeren',
    title: 'Fietsbeleidsplan Lokeren',
    reference: 'GR/{year}/0032',
    decidingBody: 'gemeenteraad',
    daysAgo: 702,
    summary:
      'De gemeenteraad keurt het fietsbeleidsplan goed, met een fietsroute langs de Durme tussen het centrum en Daknam als prioriteit.',
    body: ['Het plan legt tien prioritaire fietsverbindingen vast en de middelen voor de komende zes jaar.'],
    department: 'mobiliteit',
    topics: ['mobiliteit'],
    project: 'fietsroute-langs-de-durme',
  },
  {
    slug: 'huurovereenkomst-oude-pastorij-daknam',
    title: 'Huurovereenkomst voor de oude pastorij in Daknam',
    reference: 'VB/{year}/0048',
    decidingBody: 'vast-bureau',
    daysAgo: 212,
    summary:
      'Het vast bureau keurt de huurovereenkomst goed met de kerkfabriek voor het gebruik van de oude pastorij als ontmoetingsplek.',
    body: [
      'De overeenkomst loopt negen jaar. Het OCMW staat in voor de inrichting en de begeleiding van de vrijwilligers.',
    ],
    department: 'welzijn',
    topics: ['samenleven'],
    project: 'ontmoetingsplek-daknam',
  },
  {
    slug: 'toelage-energiearmoede',
    title: 'Toelage voor gezinnen in energiearmoede',
    reference: 'RMW/{year}/0021',
    decidingBody: 'raad-maatschappelijk-welzijn',
    daysAgo: 761,
    summary:
      'De raad voor maatschappelijk welzijn keurt een eenmalige toelage goed voor gezinnen die hun energiefactuur niet kunnen betalen.',
    body: [
      'Gezinnen kunnen de toelage aanvragen bij het sociaal huis. De maatschappelijk werkers helpen bij de aanvraag.',
    ],
    department: 'welzijn',
    topics: ['samenleven'],
  },
];
