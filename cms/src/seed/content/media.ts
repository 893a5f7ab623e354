/** The seed's images (cms/seed/images) and decision documents (cms/seed/documents). */
import type { DocumentFixture, ImageFixture } from '../fixtures';

export const images: ImageFixture[] = [
  {
    file: 'kerkstraat.jpg',
    alternativeText: 'Tekening van de Kerkstraat met de kerktoren en wegenwerken met signalisatie',
    caption: 'Heraanleg Kerkstraat',
  },
  {
    file: 'museum.jpg',
    alternativeText: 'Tekening van een museumgebouw met zuilen en een schilderij',
    caption: 'Stedelijk Museum Lokeren',
  },
  {
    file: 'bibliotheek.jpg',
    alternativeText: 'Tekening van boekenrekken vol gekleurde boeken',
    caption: 'Stedelijke bibliotheek',
  },
  {
    file: 'speelplein.jpg',
    alternativeText: 'Tekening van een speelplein met glijbaan, schommel en zandbak',
    caption: 'Speelpleinen',
  },
  {
    file: 'fietsroute.jpg',
    alternativeText: 'Tekening van een fiets op een jaagpad langs de Durme',
    caption: 'Fietsroute langs de Durme',
  },
  {
    file: 'mvl.jpg',
    alternativeText: 'Tekening van een gouden medaille met een ster',
    caption: 'Meest Verdienstelijke Lokeraar',
  },
  {
    file: 'parkeren.jpg',
    alternativeText: 'Tekening van een parking met drie auto’s en een parkeerbord',
    caption: 'Parkeerplan binnenstad',
  },
  {
    file: 'eksaarde-groen.jpg',
    alternativeText: 'Tekening van een dorpsplein met huizen en bomen',
    caption: 'Dorpskern Eksaarde',
  },
  {
    file: 'daknam-ontmoeting.jpg',
    alternativeText: 'Tekening van buren op een bank tussen bomen',
    caption: 'Ontmoetingsplek Daknam',
  },
  { file: 'zwembad.jpg', alternativeText: 'Tekening van een zwembad met banen', caption: 'Stedelijk zwembad' },
  {
    file: 'infomarkt.jpg',
    alternativeText: 'Tekening van een infomarkt onder een tent met bezoekers',
    caption: 'Infomarkt',
  },
  { file: 'stadhuis.jpg', alternativeText: 'Tekening van het stadhuis van Lokeren', caption: 'Stadhuis' },
];

export const documents: DocumentFixture[] = [
  { file: 'besluit-gunning-heraanleg-kerkstraat.pdf', caption: 'Besluit gunning heraanleg Kerkstraat (pdf)' },
  { file: 'besluit-ontwerpwedstrijd-museum.pdf', caption: 'Besluit ontwerpwedstrijd Stedelijk Museum (pdf)' },
  { file: 'besluit-evaluatie-parkeerplan.pdf', caption: 'Besluit evaluatie parkeerplan binnenstad (pdf)' },
];
