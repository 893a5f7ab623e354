/** The project format for road works: the phases and texts every such project starts from. */
import type { ProjectFormatFixture } from '../fixtures';

export const ROAD_WORKS_FORMAT = 'Wegenisproject';

export const projectFormats: ProjectFormatFixture[] = [
  {
    name: ROAD_WORKS_FORMAT,
    description:
      'Voor de heraanleg van een straat of plein: van voorontwerp tot oplevering, met inspraak van bewoners en handelaars vóór het ontwerp vastligt.',
    summaryTemplate:
      'De stad vernieuwt deze straat: nieuwe riolering, veilige voetpaden en fietspaden en meer groen. Bewoners en handelaars denken mee over het ontwerp.',
    defaultPolicyStage: 'beleidsvoorbereiding',
    bodyTemplate: [
      '## Waarom deze werken?',
      'Beschrijf hier de toestand van de straat vandaag en waarom een heraanleg nodig is (riolering, verkeersveiligheid, toegankelijkheid).',
      '## Wat verandert er?',
      '- Gescheiden riolering voor regen- en afvalwater',
      '- Bredere, vlakke voetpaden zonder obstakels',
      '- Veilige oversteekplaatsen en fietsinfrastructuur',
      '- Meer bomen en minder verharding',
      '## Bereikbaarheid tijdens de werken',
      'Woningen en handelszaken blijven te voet bereikbaar. De omleiding wordt ter plaatse aangeduid.',
      '## Planning',
      'De planning per fase staat in de tijdlijn van dit project.',
      '## Contact',
      'Vragen? Neem contact op met de stadsdienst die dit project opvolgt.',
    ],
    phases: [
      {
        title: 'Voorontwerp en infomoment',
        description:
          'De ontwerpers stellen het voorontwerp voor op een infomoment. Je kunt vragen stellen en reageren.',
        offsetDays: 0,
        durationDays: 30,
        methods: [{ method: 'information' }, { method: 'discussion', note: 'Reageer online op het voorontwerp' }],
      },
      {
        title: 'Bewonersbevraging',
        description: 'Bewoners en handelaars geven hun wensen door over parkeren, groen en laden en lossen.',
        offsetDays: 30,
        durationDays: 30,
        methods: [{ method: 'survey' }, { method: 'ideas', note: 'Ideeën voor groen en zitplekken' }],
      },
      {
        title: 'Definitief ontwerp en vergunning',
        description: 'Het ontwerp wordt aangepast aan de inspraak; de stad vraagt de omgevingsvergunning aan.',
        offsetDays: 60,
        durationDays: 120,
        methods: [{ method: 'information' }],
      },
      {
        title: 'Uitvoering van de werken',
        description:
          'De aannemer voert de werken uit in fasen. Nieuws over hinder en omleidingen vind je bij dit project.',
        offsetDays: 180,
        durationDays: 240,
        methods: [{ method: 'information' }],
      },
      {
        title: 'Oplevering en evaluatie',
        description: 'De straat is klaar. Laat weten wat goed ging en wat beter kan.',
        offsetDays: 420,
        durationDays: 30,
        methods: [{ method: 'survey' }, { method: 'information' }],
      },
    ],
  },
];
