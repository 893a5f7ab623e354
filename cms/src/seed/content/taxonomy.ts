/** Lokeren's departments (stadsdiensten), topics (thema's) and districts (deelgemeenten). */
import type { DepartmentFixture, DistrictFixture, TopicFixture } from '../fixtures';

// Addresses on the reserved .example domain: the demo never mails a real inbox.
export const departments: DepartmentFixture[] = [
  {
    slug: 'mobiliteit',
    name: 'Mobiliteit',
    description: 'Verkeersveiligheid, fietsbeleid, parkeren en openbaar vervoer in Lokeren, Daknam en Eksaarde.',
    email: 'mobiliteit@lokeren.example',
    phone: '09 340 94 40',
  },
  {
    slug: 'openbare-werken',
    name: 'Openbare Werken',
    description: 'Aanleg en onderhoud van straten, voetpaden, riolering en pleinen.',
    email: 'openbarewerken@lokeren.example',
    phone: '09 340 94 50',
  },
  {
    slug: 'cultuur-en-erfgoed',
    name: 'Cultuur & Erfgoed',
    description: 'Het Stedelijk Museum, het cultuurcentrum, erfgoed en evenementen.',
    email: 'cultuur@lokeren.example',
    phone: '09 340 94 60',
  },
  {
    slug: 'bibliotheek',
    name: 'Bibliotheek',
    description: 'De stedelijke bibliotheek en haar uitleenpunten in Daknam en Eksaarde.',
    email: 'bibliotheek@lokeren.example',
    phone: '09 340 94 70',
  },
  {
    slug: 'jeugd-en-sport',
    name: 'Jeugd & Sport',
    description: 'Speelpleinen, jeugdwerking, sportinfrastructuur en het stedelijk zwembad.',
    email: 'jeugdensport@lokeren.example',
    phone: '09 340 94 80',
  },
  {
    slug: 'omgeving',
    name: 'Omgeving',
    description: 'Ruimtelijke planning, groen, klimaat en omgevingsvergunningen.',
    email: 'omgeving@lokeren.example',
    phone: '09 340 94 30',
  },
  {
    slug: 'communicatie-en-participatie',
    name: 'Communicatie & Participatie',
    description: 'Stadsinformatie, Denkmee, burgervoorstellen en inspraak.',
    email: 'denkmee@lokeren.example',
    phone: '09 340 94 10',
  },
  {
    slug: 'welzijn',
    name: 'Welzijn',
    description: 'Zorg, ontmoeting, armoedebestrijding en het sociaal huis.',
    email: 'welzijn@lokeren.example',
    phone: '09 340 94 90',
  },
];

export const topics: TopicFixture[] = [
  { slug: 'mobiliteit', name: 'Mobiliteit', description: 'Te voet, met de fiets, de bus of de auto door de stad.' },
  { slug: 'openbaar-domein', name: 'Openbaar domein', description: 'Straten, pleinen en voetpaden.' },
  { slug: 'cultuur', name: 'Cultuur', description: 'Musea, podia, evenementen en de bibliotheek.' },
  { slug: 'erfgoed', name: 'Erfgoed', description: 'De geschiedenis van Lokeren, Daknam en Eksaarde.' },
  { slug: 'sport-en-spel', name: 'Sport en spel', description: 'Sporten, spelen en bewegen.' },
  { slug: 'jeugd', name: 'Jeugd', description: 'Voor en met kinderen en jongeren.' },
  { slug: 'groen-en-klimaat', name: 'Groen en klimaat', description: 'Bomen, ontharding, water en energie.' },
  { slug: 'samenleven', name: 'Samenleven', description: 'Ontmoeting, vrijwilligers en buurtwerking.' },
];

// Population figures rounded, summing to about 43,300 (Lokeren as a whole).
export const districts: DistrictFixture[] = [
  { slug: 'lokeren', name: 'Lokeren', postcode: '9160', population: 33_900 },
  { slug: 'daknam', name: 'Daknam', postcode: '9160', population: 1_250 },
  { slug: 'eksaarde', name: 'Eksaarde', postcode: '9160', population: 8_150 },
];
