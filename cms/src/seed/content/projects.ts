/**
 * Demo projects across the three policy stages. Every published project has exactly one phase
 * running on the seed day; several phases run more than one participation method at once.
 */
import type { ProjectFixture } from '../fixtures';
import { ROAD_WORKS_FORMAT } from './formats';

export const DRAFT_PROJECT_SLUG = 'renovatie-stedelijk-zwembad';

export const projects: ProjectFixture[] = [
  {
    slug: 'heraanleg-kerkstraat',
    title: 'Heraanleg Kerkstraat',
    summary:
      'De Kerkstraat tussen de Markt en het Kerkplein krijgt nieuwe riolering, bredere voetpaden, een veilige fietszone en tien nieuwe bomen. De werken lopen in twee fasen zodat de winkels bereikbaar blijven.',
    plainLanguageSummary:
      'We maken de Kerkstraat nieuw. Er komen brede stoepen en bomen. Fietsers en voetgangers krijgen meer plaats. Tijdens de werken kun je de winkels te voet bereiken.',
    body: [
      '## Waarom deze werken?',
      'De riolering onder de Kerkstraat is meer dan zestig jaar oud en loopt bij zware regen over. De voetpaden zijn smal en ongelijk, wat lastig is voor rolstoelgebruikers en ouders met een kinderwagen.',
      '## Wat verandert er?',
      '- Gescheiden riolering voor regen- en afvalwater',
      '- Vlakke voetpaden van minstens 2 meter breed',
      '- Een fietszone waar de auto te gast is',
      '- Tien nieuwe bomen en plantvakken die regenwater opvangen',
      '- Laad- en loszones voor de handelaars',
      '## Inspraak',
      'Meer dan 300 bewoners en handelaars gaven hun mening tijdens de bewonersbevraging. Op hun vraag blijven er **kortparkeerplaatsen** aan de kant van de Markt en komen er extra fietsenstallingen.',
      '## Bereikbaarheid',
      'Alle woningen en winkels blijven te voet bereikbaar. Het autoverkeer wordt omgeleid via de Stationsstraat en de Durmelaan.',
    ],
    department: 'openbare-werken',
    topics: ['openbaar-domein', 'mobiliteit', 'groen-en-klimaat'],
    districts: ['lokeren'],
    location: { label: 'Kerkstraat, 9160 Lokeren', latitude: 51.1047, longitude: 3.9895 },
    policyStage: 'beleidsuitvoering',
    progress: 'active',
    format: ROAD_WORKS_FORMAT,
    coverImage: 'kerkstraat.jpg',
    published: true,
    phases: [
      {
        title: 'Voorontwerp en infomoment',
        description: 'Het voorontwerp werd voorgesteld op een infomarkt in het stadhuis.',
        fromDay: -400,
        toDay: -371,
        methods: [{ method: 'information' }, { method: 'discussion', note: 'Reacties op het voorontwerp' }],
      },
      {
        title: 'Bewonersbevraging',
        description: 'Bewoners en handelaars gaven hun wensen door over parkeren, groen en laden en lossen.',
        fromDay: -370,
        toDay: -341,
        methods: [{ method: 'survey' }, { method: 'ideas', note: 'Ideeën voor groen en zitbanken' }],
      },
      {
        title: 'Definitief ontwerp en vergunning',
        description: 'Het ontwerp werd aangepast aan de inspraak en de omgevingsvergunning werd verleend.',
        fromDay: -340,
        toDay: -121,
        methods: [{ method: 'information' }],
      },
      {
        title: 'Werken fase 1: Markt tot Sint-Laurentiusplein',
        description:
          'De aannemer vernieuwt de riolering en legt de nieuwe voetpaden aan. Stel je vragen over hinder online; buren helpen elkaar met boodschappen.',
        fromDay: -120,
        toDay: 60,
        methods: [
          { method: 'information' },
          { method: 'discussion', note: 'Vragen over hinder en omleidingen' },
          { method: 'volunteering', note: 'Help buren die minder mobiel zijn met boodschappen' },
        ],
      },
      {
        title: 'Werken fase 2 en oplevering',
        description: 'Het tweede deel tot aan het Kerkplein wordt aangelegd; daarna volgt de oplevering.',
        fromDay: 61,
        toDay: 200,
        methods: [{ method: 'information' }, { method: 'survey', note: 'Evaluatie na de oplevering' }],
      },
    ],
    translations: {
      fr: {
        title: 'Réaménagement de la Kerkstraat',
        summary:
          'La Kerkstraat, entre le Markt et le Kerkplein, reçoit un nouvel égouttage, des trottoirs plus larges, une zone cyclable sûre et dix nouveaux arbres. Les travaux se font en deux phases pour que les commerces restent accessibles.',
        plainLanguageSummary:
          'Nous rénovons la Kerkstraat. Il y aura de larges trottoirs et des arbres. Les cyclistes et les piétons auront plus de place. Pendant les travaux, les magasins restent accessibles à pied.',
        body: [
          '## Pourquoi ces travaux ?',
          'L’égouttage sous la Kerkstraat a plus de soixante ans et déborde lors de fortes pluies. Les trottoirs sont étroits et inégaux.',
          '## Qu’est-ce qui change ?',
          '- Égouttage séparé pour les eaux de pluie et les eaux usées',
          '- Trottoirs plats d’au moins 2 mètres de large',
          '- Une rue cyclable où la voiture est invitée',
          '- Dix nouveaux arbres et des plantations qui retiennent l’eau de pluie',
          '## Accessibilité',
          'Toutes les habitations et tous les commerces restent accessibles à pied. La circulation automobile est déviée par la Stationsstraat et la Durmelaan.',
        ],
        phases: [
          {
            title: 'Avant-projet et séance d’information',
            description: 'L’avant-projet a été présenté lors d’un marché d’information à l’hôtel de ville.',
          },
          {
            title: 'Enquête auprès des riverains',
            description: 'Les riverains et les commerçants ont exprimé leurs souhaits.',
          },
          {
            title: 'Projet définitif et permis',
            description: 'Le projet a été adapté et le permis d’environnement a été délivré.',
          },
          {
            title: 'Travaux phase 1 : du Markt au Sint-Laurentiusplein',
            description: 'L’entrepreneur renouvelle l’égouttage et pose les nouveaux trottoirs.',
          },
          {
            title: 'Travaux phase 2 et réception',
            description: 'La deuxième partie jusqu’au Kerkplein est aménagée, puis vient la réception.',
          },
        ],
      },
      en: {
        title: 'Kerkstraat redevelopment',
        summary:
          'Kerkstraat, between the Markt and the Kerkplein, gets new sewers, wider pavements, a safe cycling street and ten new trees. The works run in two phases so that the shops stay accessible.',
        plainLanguageSummary:
          'We are rebuilding Kerkstraat. It will get wide pavements and trees. Cyclists and people on foot get more space. During the works, you can still walk to the shops.',
        body: [
          '## Why these works?',
          'The sewer under Kerkstraat is more than sixty years old and overflows in heavy rain. The pavements are narrow and uneven.',
          '## What changes?',
          '- Separate sewers for rain water and waste water',
          '- Level pavements at least 2 metres wide',
          '- A cycling street where cars are guests',
          '- Ten new trees and planting beds that hold rain water',
          '## Access',
          'All homes and shops remain accessible on foot. Car traffic is diverted via Stationsstraat and Durmelaan.',
        ],
        phases: [
          {
            title: 'Preliminary design and information session',
            description: 'The preliminary design was presented at an information market in the town hall.',
          },
          { title: 'Residents’ survey', description: 'Residents and shopkeepers shared their wishes.' },
          {
            title: 'Final design and permit',
            description: 'The design was adapted and the planning permit was granted.',
          },
          {
            title: 'Works phase 1: Markt to Sint-Laurentiusplein',
            description: 'The contractor renews the sewers and lays the new pavements.',
          },
          {
            title: 'Works phase 2 and handover',
            description: 'The second section up to the Kerkplein is built, followed by the handover.',
          },
        ],
      },
    },
  },
  {
    slug: 'vernieuwing-stedelijk-museum',
    title: 'Vernieuwing Stedelijk Museum',
    summary:
      'Het Stedelijk Museum krijgt een grondige vernieuwing: een toegankelijke inkom, een nieuwe vaste opstelling over de geschiedenis van Lokeren en ruimte voor scholen. Welke verhalen moeten er zeker in?',
    plainLanguageSummary:
      'Ons museum wordt vernieuwd. Het wordt makkelijker om binnen te gaan. Er komt een nieuwe tentoonstelling over Lokeren. Vertel ons welke verhalen jij belangrijk vindt.',
    body: [
      '## Een museum voor iedereen',
      'Het Stedelijk Museum toont al decennia de geschiedenis van Lokeren, van de Durme tot de textielnijverheid. Het gebouw is echter niet toegankelijk voor rolstoelgebruikers en de opstelling is verouderd.',
      '## Denk mee',
      'Deel je ideeën over verhalen, voorwerpen en activiteiten die in het nieuwe museum een plaats moeten krijgen. Vul de bevraging in of reageer op de ideeën van anderen.',
      '- Welke Lokerse verhalen mogen niet ontbreken?',
      '- Wat zou jou (vaker) naar het museum doen komen?',
      '- Hoe kunnen scholen en verenigingen het museum gebruiken?',
      '## Daarna',
      'Een ontwerpwedstrijd kiest een architectenteam. De drie beste ontwerpen leggen we aan jou voor.',
    ],
    department: 'cultuur-en-erfgoed',
    topics: ['cultuur', 'erfgoed'],
    districts: ['lokeren'],
    location: { label: 'Stedelijk Museum, Lokeren', latitude: 51.1041, longitude: 3.9912 },
    policyStage: 'beleidsvoorbereiding',
    progress: 'active',
    coverImage: 'museum.jpg',
    published: true,
    phases: [
      {
        title: 'Ideeën verzamelen',
        description: 'Geef je ideeën, vul de bevraging in en reageer op elkaars voorstellen.',
        fromDay: -30,
        toDay: 45,
        methods: [
          { method: 'ideas', note: 'Verhalen en voorwerpen voor de nieuwe opstelling' },
          { method: 'survey', note: 'Museumbezoek en verwachtingen' },
          { method: 'discussion' },
        ],
      },
      {
        title: 'Ontwerpwedstrijd',
        description: 'Architectenteams werken een ontwerp uit op basis van jouw ideeën.',
        fromDay: 46,
        toDay: 180,
        methods: [{ method: 'information' }],
      },
      {
        title: 'Keuze van het ontwerp',
        description: 'Stem op je favoriete ontwerp. De jury weegt jouw stem mee.',
        fromDay: 181,
        toDay: 210,
        methods: [
          { method: 'poll' },
          { method: 'information', note: 'Tentoonstelling van de ontwerpen in het stadhuis' },
        ],
      },
    ],
    translations: {
      fr: {
        title: 'Rénovation du Musée municipal',
        summary:
          'Le Musée municipal sera entièrement rénové : une entrée accessible, une nouvelle exposition permanente sur l’histoire de Lokeren et de la place pour les écoles. Quelles histoires doivent absolument y figurer ?',
        plainLanguageSummary:
          'Notre musée va être rénové. Il sera plus facile d’y entrer. Il y aura une nouvelle exposition sur Lokeren. Dites-nous quelles histoires sont importantes pour vous.',
        body: [
          '## Un musée pour tous',
          'Le Musée municipal présente depuis des décennies l’histoire de Lokeren. Le bâtiment n’est toutefois pas accessible aux personnes en fauteuil roulant.',
          '## Participez',
          'Partagez vos idées sur les histoires, les objets et les activités qui doivent trouver leur place dans le nouveau musée.',
          '## Ensuite',
          'Un concours d’architecture choisira une équipe. Nous vous soumettrons les trois meilleurs projets.',
        ],
        phases: [
          {
            title: 'Collecte d’idées',
            description: 'Donnez vos idées, répondez à l’enquête et réagissez aux propositions des autres.',
          },
          {
            title: 'Concours d’architecture',
            description: 'Des équipes d’architectes élaborent un projet sur la base de vos idées.',
          },
          {
            title: 'Choix du projet',
            description: 'Votez pour votre projet préféré. Le jury tiendra compte de votre vote.',
          },
        ],
      },
      en: {
        title: 'Renewal of the City Museum',
        summary:
          'The City Museum is getting a thorough renewal: an accessible entrance, a new permanent exhibition on the history of Lokeren and room for schools. Which stories must be told?',
        plainLanguageSummary:
          'Our museum is being renewed. It will be easier to get in. There will be a new exhibition about Lokeren. Tell us which stories matter to you.',
        body: [
          '## A museum for everyone',
          'For decades the City Museum has shown the history of Lokeren. The building, however, is not accessible to wheelchair users.',
          '## Have your say',
          'Share your ideas about the stories, objects and activities that should have a place in the new museum.',
          '## Next',
          'A design competition will select an architecture team. We will put the three best designs to you.',
        ],
        phases: [
          {
            title: 'Collecting ideas',
            description: 'Share your ideas, fill in the survey and respond to other people’s suggestions.',
          },
          { title: 'Design competition', description: 'Architecture teams develop a design based on your ideas.' },
          {
            title: 'Choosing the design',
            description: 'Vote for your favourite design. The jury takes your vote into account.',
          },
        ],
      },
    },
  },
  {
    slug: 'nieuwe-bibliotheek',
    title: 'Een nieuwe bibliotheek voor Lokeren',
    summary:
      'De bibliotheek verhuist naar een nieuw gebouw aan de Durme: een huis voor lezen, leren en ontmoeten. In co-creatieateliers bepalen inwoners mee hoe het gebouw eruitziet en wat er te doen is.',
    plainLanguageSummary:
      'Er komt een nieuwe bibliotheek. Je kunt er lezen, leren en mensen ontmoeten. Kom naar een atelier en zeg wat jij belangrijk vindt.',
    body: [
      '## Meer dan boeken',
      'Een moderne bibliotheek is een plek om te studeren, te werken, hulp te krijgen met digitale vragen en elkaar te ontmoeten. Het huidige gebouw is daarvoor te klein.',
      '## Co-creatieateliers',
      'In vier ateliers werken inwoners, leerkrachten, verenigingen en bibliotheekmedewerkers samen aan het programma van eisen. Inschrijven kan via de bibliotheek of online.',
      '- Atelier 1: studeren en stille plekken',
      '- Atelier 2: kinderen en jongeren',
      '- Atelier 3: digitale hulp en e-inclusie',
      '- Atelier 4: ontmoeting en verenigingen',
    ],
    department: 'bibliotheek',
    topics: ['cultuur', 'jeugd'],
    districts: ['lokeren'],
    location: { label: 'Durmesite, Lokeren', latitude: 51.1019, longitude: 3.9951 },
    policyStage: 'beleidsvoorbereiding',
    progress: 'active',
    coverImage: 'bibliotheek.jpg',
    published: true,
    phases: [
      {
        title: 'Bevraging bibliotheekgebruikers',
        description: 'Meer dan 900 inwoners vertelden hoe ze de bibliotheek gebruiken.',
        fromDay: -150,
        toDay: -91,
        methods: [{ method: 'survey' }],
      },
      {
        title: 'Co-creatieateliers',
        description: 'Werk mee in een atelier, deel ideeën online of help als vrijwilliger bij de ateliers.',
        fromDay: -90,
        toDay: 30,
        methods: [
          { method: 'ideas' },
          { method: 'discussion' },
          { method: 'volunteering', note: 'Gespreksleiders en notulisten voor de ateliers' },
        ],
      },
      {
        title: 'Voorontwerp',
        description: 'Het ontwerpteam vertaalt het programma van eisen in een voorontwerp.',
        fromDay: 31,
        toDay: 150,
        methods: [{ method: 'information' }],
      },
    ],
  },
  {
    slug: 'speelpleinen-in-je-buurt',
    title: 'Speelpleinen in je buurt vernieuwd',
    summary:
      'Zes speelpleinen in Lokeren, Daknam en Eksaarde worden vernieuwd. Kinderen tekenden hun droomspeelplein; nu kiest de buurt tussen twee ontwerpen per speelplein.',
    plainLanguageSummary:
      'Zes speelpleinen worden nieuw. Kinderen maakten tekeningen. Nu mag jij kiezen welk ontwerp het beste is.',
    body: [
      '## Spelen dicht bij huis',
      'Elk kind moet binnen 400 meter van huis kunnen spelen. Daarom vernieuwt de stad zes speelpleinen die aan vervanging toe zijn.',
      '## De speelpleinen',
      '- Park ter Beuken (Lokeren)',
      '- Heirbrugstraat (Lokeren)',
      '- Zeveneekse speelweide (Lokeren)',
      '- Dorpsplein Daknam',
      '- Eksaarde-Dorp',
      '- Speelbos Heiende (Lokeren)',
      '## Stem mee',
      'Voor elk speelplein liggen twee ontwerpen klaar, gebaseerd op de tekeningen van de kinderen. Stem op het ontwerp dat jij het leukst vindt.',
    ],
    department: 'jeugd-en-sport',
    topics: ['sport-en-spel', 'jeugd'],
    districts: ['lokeren', 'daknam', 'eksaarde'],
    policyStage: 'beleidsuitvoering',
    progress: 'active',
    coverImage: 'speelplein.jpg',
    published: true,
    phases: [
      {
        title: 'Kinderen tekenen mee',
        description: 'Kinderen uit de buurt tekenden hun ideale speelplein in school en op de speelpleinwerking.',
        fromDay: -120,
        toDay: -61,
        methods: [{ method: 'ideas', note: 'Tekeningen van kinderen' }],
      },
      {
        title: 'Stemming over de ontwerpen',
        description: 'Kies per speelplein je favoriete ontwerp. Bekijk de ontwerpen online of in de bibliotheek.',
        fromDay: -60,
        toDay: 14,
        methods: [{ method: 'poll' }, { method: 'information', note: 'Ontwerpen ook te bekijken in de bibliotheek' }],
      },
      {
        title: 'Aanleg en plantdag',
        description: 'De speelpleinen worden aangelegd. Op de plantdag planten buren samen de hagen en bomen.',
        fromDay: 15,
        toDay: 120,
        methods: [{ method: 'information' }, { method: 'volunteering', note: 'Help mee op de plantdag' }],
      },
    ],
  },
  {
    slug: 'fietsroute-langs-de-durme',
    title: 'Fietsroute langs de Durme',
    summary:
      'Een veilige en groene fietsroute verbindt het centrum van Lokeren met Daknam langs de oevers van de Durme. Er liggen drie mogelijke tracés op tafel.',
    plainLanguageSummary:
      'We willen een veilig fietspad langs de Durme, van Lokeren naar Daknam. Er zijn drie mogelijke wegen. Zeg welke jij het beste vindt.',
    body: [
      '## Waarom een nieuwe fietsroute?',
      'Veel scholieren en pendelaars fietsen tussen Daknam en het centrum langs drukke wegen. Een route langs de Durme is veiliger en aangenamer.',
      '## Drie tracés',
      '1. Langs de rechteroever, over het bestaande jaagpad',
      '2. Langs de linkeroever, met een nieuwe fietsbrug aan de Zelebaan',
      '3. Door de Molsbroek, met een verhoogd pad door het natuurgebied',
      '## Natuur en erfgoed',
      'Het Molsbroek is een beschermd natuurgebied. Het advies van het Agentschap Natuur en Bos weegt mee in de keuze.',
    ],
    department: 'mobiliteit',
    topics: ['mobiliteit', 'groen-en-klimaat'],
    districts: ['lokeren', 'daknam'],
    location: { label: 'Durme-oever tussen Lokeren en Daknam', latitude: 51.1142, longitude: 3.9731 },
    policyStage: 'beleidsvoorbereiding',
    progress: 'planned',
    coverImage: 'fietsroute.jpg',
    published: true,
    phases: [
      {
        title: 'Verkenning van de tracés',
        description: 'Bekijk de drie tracés, stem op je voorkeur en bespreek de voor- en nadelen.',
        fromDay: -10,
        toDay: 50,
        methods: [
          { method: 'information' },
          { method: 'poll', note: 'Welk tracé heeft jouw voorkeur?' },
          { method: 'discussion' },
        ],
      },
      {
        title: 'Ontwerp van het gekozen tracé',
        description: 'Het gekozen tracé wordt in detail uitgewerkt, samen met de natuurverenigingen.',
        fromDay: 51,
        toDay: 200,
        methods: [{ method: 'information' }],
      },
    ],
  },
  {
    slug: 'meest-verdienstelijke-lokeraar',
    title: 'Meest Verdienstelijke Lokeraar',
    summary:
      'Wie zet zich het hele jaar in voor anderen? Inwoners droegen kandidaten voor als Meest Verdienstelijke Lokeraar. Nu kiezen geverifieerde inwoners de winnaar.',
    plainLanguageSummary:
      'Wie helpt veel mensen in Lokeren? Inwoners gaven namen door. Nu kun je stemmen op wie de prijs moet winnen.',
    body: [
      '## Een prijs voor wie het verschil maakt',
      'Elk jaar zet Lokeren iemand in de bloemetjes die zich belangeloos inzet: in een vereniging, in de buurt of voor mensen die het moeilijk hebben.',
      '## Hoe werkt het?',
      '1. Inwoners dragen een kandidaat voor, met een korte motivatie.',
      '2. Een jury van de stad controleert of de kandidaat aan de voorwaarden voldoet.',
      '3. Inwoners vanaf 16 jaar stemmen, na verificatie met hun e-ID of itsme. Iedereen stemt één keer.',
      '4. De winnaar wordt bekendgemaakt op de nieuwjaarsreceptie.',
    ],
    department: 'communicatie-en-participatie',
    topics: ['samenleven'],
    districts: ['lokeren', 'daknam', 'eksaarde'],
    policyStage: 'beleidsuitvoering',
    progress: 'active',
    coverImage: 'mvl.jpg',
    published: true,
    phases: [
      {
        title: 'Kandidaten voordragen',
        description: 'Draag iemand voor met een korte motivatie.',
        fromDay: -50,
        toDay: -16,
        methods: [{ method: 'ideas', note: 'Voordrachten met motivatie' }],
      },
      {
        title: 'Stemmen',
        description: 'Stem op je favoriete kandidaat. Je stem telt één keer.',
        fromDay: -15,
        toDay: 15,
        methods: [{ method: 'poll' }, { method: 'information', note: 'Lees wie de kandidaten zijn' }],
      },
      {
        title: 'Bekendmaking',
        description: 'De winnaar wordt gehuldigd op de nieuwjaarsreceptie in het stadhuis.',
        fromDay: 16,
        toDay: 30,
        methods: [{ method: 'information' }],
      },
    ],
  },
  {
    slug: 'parkeerplan-binnenstad',
    title: 'Parkeerplan binnenstad',
    summary:
      'Sinds de invoering van de blauwe zone en de shop-and-go-plaatsen is het makkelijker om kort in het centrum te parkeren. De stad evalueert het plan samen met bewoners en handelaars.',
    plainLanguageSummary:
      'In het centrum kun je korter parkeren, zodat er vaker plaats is. Werkt dat goed? Zeg het ons in de bevraging.',
    body: [
      '## Wat veranderde er?',
      '- Een blauwe zone van maximaal 2 uur in het centrum',
      '- Twintig shop-and-go-plaatsen van 30 minuten bij de winkels',
      '- Gratis parkeren aan de randparkings, op 5 minuten wandelen',
      '- Bewonerskaarten voor wie in de blauwe zone woont',
      '## Evaluatie',
      'Tellingen tonen dat de bezetting van de parkeerplaatsen in het centrum daalde van 97% naar 82%. Nu willen we weten hoe bewoners, bezoekers en handelaars het ervaren.',
    ],
    department: 'mobiliteit',
    topics: ['mobiliteit'],
    districts: ['lokeren'],
    location: { label: 'Binnenstad Lokeren', latitude: 51.104, longitude: 3.9918 },
    policyStage: 'beleidsevaluatie',
    progress: 'completed',
    coverImage: 'parkeren.jpg',
    published: true,
    phases: [
      {
        title: 'Proefperiode',
        description: 'De blauwe zone en de shop-and-go-plaatsen werden een jaar lang getest.',
        fromDay: -400,
        toDay: -60,
        methods: [{ method: 'information' }],
      },
      {
        title: 'Evaluatie',
        description: 'Vul de bevraging in en deel je ervaringen in de discussie.',
        fromDay: -59,
        toDay: 30,
        methods: [{ method: 'survey' }, { method: 'discussion' }],
      },
    ],
  },
  {
    slug: 'groene-dorpskern-eksaarde',
    title: 'Een groenere dorpskern in Eksaarde',
    summary:
      'Het dorpsplein van Eksaarde is vandaag vooral asfalt en parking. De stad wil het ontharden en er een groene, koele ontmoetingsplek van maken, samen met de Eksaardenaren.',
    plainLanguageSummary:
      'Het plein in Eksaarde heeft veel asfalt. We willen er bomen en gras. Kom naar de infoavond of geef je ideeën.',
    body: [
      '## Minder steen, meer groen',
      'Verharde pleinen warmen in de zomer sterk op en laten geen regenwater door. Met ontharding en bomen wordt het dorpsplein koeler, mooier en beter bestand tegen hevige regen.',
      '## Kom langs',
      'Op de infoavond in de parochiezaal lichten de ontwerpers de mogelijkheden toe. Daarna volgt een wandeling over het plein met buurtbewoners die het dorp goed kennen.',
    ],
    department: 'omgeving',
    topics: ['groen-en-klimaat', 'openbaar-domein'],
    districts: ['eksaarde'],
    location: { label: 'Dorpsplein Eksaarde', latitude: 51.1521, longitude: 3.9663 },
    policyStage: 'beleidsvoorbereiding',
    progress: 'planned',
    coverImage: 'eksaarde-groen.jpg',
    published: true,
    phases: [
      {
        title: 'Infoavond en buurtwandeling',
        description: 'Kom naar de infoavond, loop mee op de buurtwandeling en geef je eerste ideeën.',
        fromDay: -5,
        toDay: 25,
        methods: [
          { method: 'information' },
          { method: 'ideas' },
          { method: 'volunteering', note: 'Buurtgidsen voor de wandeling' },
        ],
      },
      {
        title: 'Ontwerpateliers',
        description: 'Werk in kleine groepen aan het ontwerp van het plein.',
        fromDay: 26,
        toDay: 90,
        methods: [{ method: 'ideas' }, { method: 'discussion' }],
      },
      {
        title: 'Voorontwerp',
        description: 'Het ontwerpteam werkt het voorontwerp uit.',
        fromDay: 91,
        toDay: 200,
        methods: [{ method: 'information' }],
      },
    ],
  },
  {
    slug: 'ontmoetingsplek-daknam',
    title: 'Ontmoetingsplek in Daknam',
    summary:
      'In de oude pastorij van Daknam opent een ontmoetingsplek waar buren elkaar treffen voor een koffie, een spelletje of hulp bij papierwerk. Vrijwilligers maken het mee mogelijk.',
    plainLanguageSummary:
      'In Daknam komt een plek waar buren samen koffie drinken en elkaar helpen. We zoeken vrijwilligers.',
    body: [
      '## Niemand alleen',
      'Uit de buurtgesprekken bleek dat vooral oudere inwoners van Daknam weinig plekken hebben om anderen te ontmoeten. De oude pastorij wordt daarom een open huis.',
      '## Wat kun je er doen?',
      '- Elke dinsdag- en vrijdagnamiddag een koffiemoment',
      '- Hulp bij digitale vragen en papierwerk',
      '- Een ruilkast voor boeken en gereedschap',
      '## Help mee',
      'We zoeken vrijwilligers die onthaal doen, koffie zetten of helpen bij digitale vragen.',
    ],
    department: 'welzijn',
    topics: ['samenleven'],
    districts: ['daknam'],
    location: { label: 'Oude pastorij, Daknam', latitude: 51.1273, longitude: 3.9622 },
    policyStage: 'beleidsuitvoering',
    progress: 'active',
    coverImage: 'daknam-ontmoeting.jpg',
    published: true,
    phases: [
      {
        title: 'Buurtgesprekken',
        description: 'Buren vertelden wat ze missen in Daknam.',
        fromDay: -200,
        toDay: -101,
        methods: [{ method: 'discussion' }, { method: 'survey' }],
      },
      {
        title: 'Inrichting en vrijwilligers',
        description: 'De pastorij wordt ingericht. Meld je aan als vrijwilliger.',
        fromDay: -100,
        toDay: 60,
        methods: [{ method: 'volunteering', note: 'Onthaal, koffie en digitale hulp' }, { method: 'information' }],
      },
      {
        title: 'Evaluatie na een jaar',
        description: 'Na een jaar bekijken we samen wat goed loopt en wat beter kan.',
        fromDay: 300,
        toDay: 330,
        methods: [{ method: 'survey' }],
      },
    ],
  },
  {
    slug: DRAFT_PROJECT_SLUG,
    title: 'Renovatie stedelijk zwembad',
    summary:
      'Interne voorbereiding: het stedelijk zwembad heeft een nieuwe technische installatie nodig. Deze tekst is nog niet goedgekeurd en wordt niet gepubliceerd.',
    plainLanguageSummary: 'Nog niet publiek: de stad bereidt de renovatie van het zwembad voor.',
    body: ['Ontwerptekst, nog niet gepubliceerd. Budget en planning worden nog besproken in het college.'],
    department: 'jeugd-en-sport',
    topics: ['sport-en-spel'],
    districts: ['lokeren'],
    policyStage: 'beleidsvoorbereiding',
    progress: 'planned',
    coverImage: 'zwembad.jpg',
    published: false,
    phases: [
      {
        title: 'Technische studie',
        description: 'Een studiebureau onderzoekt de staat van de installaties.',
        fromDay: -20,
        toDay: 70,
        methods: [{ method: 'information' }],
      },
      {
        title: 'Bevraging zwemmers',
        description: 'Zwemmers en clubs geven hun wensen door.',
        fromDay: 71,
        toDay: 120,
        methods: [{ method: 'survey' }],
      },
    ],
  },
];
