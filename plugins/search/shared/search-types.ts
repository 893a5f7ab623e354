/**
 * The kinds of content search can return, with the words residents see for them. A new searchable
 * type adds one line here (the portal's labels and facet allow-list) next to its server declaration.
 */
import type { SearchLocale, Status } from './search-contract';

type Labels = Record<SearchLocale, string>;

export const SEARCH_TYPES = {
  project: { nl: 'Project', fr: 'Projet', en: 'Project' },
  news: { nl: 'Nieuws', fr: 'Actualité', en: 'News' },
  decision: { nl: 'Beslissing', fr: 'Décision', en: 'Decision' },
  page: { nl: 'Pagina', fr: 'Page', en: 'Page' },
  proposal: { nl: 'Burgervoorstel', fr: 'Proposition citoyenne', en: 'Citizen proposal' },
  idea: { nl: 'Idee', fr: 'Idée', en: 'Idea' },
  'volunteer-request': { nl: 'Hulpvraag', fr: "Demande d'aide", en: 'Request for help' },
} as const satisfies Record<string, Labels>;

export type SearchTypeName = keyof typeof SEARCH_TYPES;
export const SEARCH_TYPE_NAMES = Object.keys(SEARCH_TYPES) as SearchTypeName[];

export const STATUS_LABELS: Record<Status, Labels> = {
  planned: { nl: 'Gepland', fr: 'Prévu', en: 'Planned' },
  open: { nl: 'Open', fr: 'Ouvert', en: 'Open' },
  active: { nl: 'Lopend', fr: 'En cours', en: 'Ongoing' },
  closed: { nl: 'Gesloten', fr: 'Clôturé', en: 'Closed' },
  completed: { nl: 'Afgerond', fr: 'Terminé', en: 'Completed' },
};

export function typeLabel(type: string, locale: SearchLocale): string {
  return type in SEARCH_TYPES ? SEARCH_TYPES[type as SearchTypeName][locale] : type;
}
