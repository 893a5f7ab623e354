/**
 * The search page's own words in the portal's three languages. Kept beside the page (the shared
 * catalogue in $lib/i18n holds the texts every page uses, such as the header's search box).
 */
import type { Locale } from '$lib/i18n';

const nl = {
  title: 'Zoeken',
  resultsTitle: 'Zoekresultaten voor ‘{query}’',
  description: 'Zoek in projecten, nieuws, beslissingen en pagina’s van de stad.',
  queryLabel: 'Zoekterm',
  submit: 'Zoeken',
  resultsHeading: 'Resultaten',
  countFor: '{count} resultaten voor ‘{query}’',
  countOneFor: '1 resultaat voor ‘{query}’',
  count: '{count} resultaten',
  countOne: '1 resultaat',
  noResults: 'Geen resultaten voor ‘{query}’.',
  noResultsFiltered: 'Geen resultaten met deze filters.',
  tipsHeading: 'Zo vind je het misschien wel',
  tipSpelling: 'Controleer de spelling. Kleine tikfouten vangen we zelf op.',
  tipWords: 'Gebruik minder of andere woorden, bijvoorbeeld de naam van een straat of een onderwerp.',
  tipFilters: 'Zoek zonder filters',
  browseHeading: 'Of blader zelf',
  startHeading: 'Waar ben je naar op zoek?',
  startText: 'Typ een zoekterm: een straat, een project, een onderwerp of een beslissing.',
  punctuationOnly: 'Typ minstens één letter of cijfer.',
  topicsHeading: 'Zoek op thema',
  unavailableHeading: 'Zoeken is even niet beschikbaar',
  unavailableText:
    'De zoekfunctie werkt op dit moment niet. De rest van de website werkt gewoon: je kan de projecten, het nieuws en de beslissingen bekijken. Probeer het later opnieuw.',
  refineHeading: 'Verfijn je zoekresultaten',
  clearFilters: 'Wis alle filters',
  filterOn: 'filter actief, klik om weg te halen',
  facet_type: 'Soort',
  facet_topics: 'Thema',
  facet_districts: 'Deelgemeente',
  facet_department: 'Stadsdienst',
  facet_status: 'Status',
  facet_year: 'Jaar',
} satisfies Record<string, string>;

type SearchText = keyof typeof nl;

const fr: Record<SearchText, string> = {
  title: 'Rechercher',
  resultsTitle: 'Résultats pour « {query} »',
  description: 'Cherchez dans les projets, actualités, décisions et pages de la ville.',
  queryLabel: 'Terme de recherche',
  submit: 'Rechercher',
  resultsHeading: 'Résultats',
  countFor: '{count} résultats pour « {query} »',
  countOneFor: '1 résultat pour « {query} »',
  count: '{count} résultats',
  countOne: '1 résultat',
  noResults: 'Aucun résultat pour « {query} ».',
  noResultsFiltered: 'Aucun résultat avec ces filtres.',
  tipsHeading: 'Pour trouver malgré tout',
  tipSpelling: 'Vérifiez l’orthographe. Les petites fautes de frappe sont corrigées automatiquement.',
  tipWords: 'Utilisez moins de mots ou d’autres mots, par exemple le nom d’une rue ou un thème.',
  tipFilters: 'Chercher sans filtres',
  browseHeading: 'Ou parcourez',
  startHeading: 'Que cherchez-vous ?',
  startText: 'Tapez un terme : une rue, un projet, un thème ou une décision.',
  punctuationOnly: 'Tapez au moins une lettre ou un chiffre.',
  topicsHeading: 'Chercher par thème',
  unavailableHeading: 'La recherche est momentanément indisponible',
  unavailableText:
    'La recherche ne fonctionne pas pour le moment. Le reste du site fonctionne normalement : consultez les projets, les actualités et les décisions. Réessayez plus tard.',
  refineHeading: 'Affiner les résultats',
  clearFilters: 'Effacer tous les filtres',
  filterOn: 'filtre actif, cliquez pour le retirer',
  facet_type: 'Type',
  facet_topics: 'Thème',
  facet_districts: 'Section',
  facet_department: 'Service',
  facet_status: 'Statut',
  facet_year: 'Année',
};

const en: Record<SearchText, string> = {
  title: 'Search',
  resultsTitle: 'Search results for “{query}”',
  description: 'Search the city’s projects, news, decisions and pages.',
  queryLabel: 'Search term',
  submit: 'Search',
  resultsHeading: 'Results',
  countFor: '{count} results for “{query}”',
  countOneFor: '1 result for “{query}”',
  count: '{count} results',
  countOne: '1 result',
  noResults: 'No results for “{query}”.',
  noResultsFiltered: 'No results with these filters.',
  tipsHeading: 'Ways to find it after all',
  tipSpelling: 'Check the spelling. Small typos are corrected for you.',
  tipWords: 'Use fewer or other words, such as the name of a street or a topic.',
  tipFilters: 'Search without filters',
  browseHeading: 'Or browse',
  startHeading: 'What are you looking for?',
  startText: 'Type a search term: a street, a project, a topic or a decision.',
  punctuationOnly: 'Type at least one letter or digit.',
  topicsHeading: 'Search by topic',
  unavailableHeading: 'Search is unavailable for a moment',
  unavailableText:
    'Search is not working right now. The rest of the website works as usual: you can read the projects, news and decisions. Please try again later.',
  refineHeading: 'Refine your results',
  clearFilters: 'Clear all filters',
  filterOn: 'filter on, select to remove',
  facet_type: 'Type',
  facet_topics: 'Topic',
  facet_districts: 'District',
  facet_department: 'Department',
  facet_status: 'Status',
  facet_year: 'Year',
};

const catalogues: Record<Locale, Record<SearchText, string>> = { nl, fr, en };

export function searchTexts(locale: Locale) {
  const catalogue = catalogues[locale];
  return (key: SearchText, params: Record<string, string | number> = {}): string =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function facetLabel(facet: 'type' | 'topics' | 'districts' | 'department' | 'status' | 'year'): SearchText {
  return `facet_${facet}`;
}
