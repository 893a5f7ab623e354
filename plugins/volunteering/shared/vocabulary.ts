/**
 * The fixed vocabulary of volunteering: categories, districts, weekdays, parts of the day.
 * Codes are stable identifiers stored in the database and used in URLs; labels are what residents
 * read, in Dutch first, with French and English for the portal's other languages.
 */

export type Label = { nl: string; fr: string; en: string };

export const CATEGORIES = {
  errands: { nl: 'Boodschappen', fr: 'Courses', en: 'Errands and shopping' },
  transport: { nl: 'Vervoer', fr: 'Transport', en: 'Transport' },
  company: { nl: 'Gezelschap en bezoek', fr: 'Compagnie et visites', en: 'Company and visits' },
  'odd-jobs': { nl: 'Kleine klussen', fr: 'Petits travaux', en: 'Odd jobs' },
  gardening: { nl: 'Tuinieren', fr: 'Jardinage', en: 'Gardening' },
  paperwork: { nl: 'Papierwerk en administratie', fr: 'Démarches administratives', en: 'Paperwork' },
  'digital-help': { nl: 'Digitale hulp', fr: 'Aide numérique', en: 'Digital help' },
  language: { nl: 'Nederlands oefenen', fr: 'Pratiquer le néerlandais', en: 'Practising Dutch' },
  homework: { nl: 'Huiswerkbegeleiding', fr: 'Aide aux devoirs', en: 'Homework help' },
  events: { nl: 'Hulp bij evenementen', fr: 'Aide aux événements', en: 'Help at events' },
  sport: { nl: 'Sport en spel', fr: 'Sport et jeux', en: 'Sport and play' },
  animals: { nl: 'Zorg voor dieren', fr: 'Soins aux animaux', en: 'Animal care' },
  nature: { nl: 'Natuur en zwerfvuil', fr: 'Nature et propreté', en: 'Nature and litter picking' },
  cooking: { nl: 'Koken en maaltijden', fr: 'Cuisine et repas', en: 'Cooking and meals' },
} as const satisfies Record<string, Label>;
export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as [Category, ...Category[]];

/** The city's districts (deelgemeenten); the codes are the slugs of `api::district.district`. */
export const DISTRICTS = {
  lokeren: { nl: 'Lokeren', fr: 'Lokeren', en: 'Lokeren' },
  daknam: { nl: 'Daknam', fr: 'Daknam', en: 'Daknam' },
  eksaarde: { nl: 'Eksaarde', fr: 'Eksaarde', en: 'Eksaarde' },
} as const satisfies Record<string, Label>;
export type District = keyof typeof DISTRICTS;
export const DISTRICT_CODES = Object.keys(DISTRICTS) as [District, ...District[]];

export const WEEKDAYS = {
  monday: { nl: 'maandag', fr: 'lundi', en: 'Monday' },
  tuesday: { nl: 'dinsdag', fr: 'mardi', en: 'Tuesday' },
  wednesday: { nl: 'woensdag', fr: 'mercredi', en: 'Wednesday' },
  thursday: { nl: 'donderdag', fr: 'jeudi', en: 'Thursday' },
  friday: { nl: 'vrijdag', fr: 'vendredi', en: 'Friday' },
  saturday: { nl: 'zaterdag', fr: 'samedi', en: 'Saturday' },
  sunday: { nl: 'zondag', fr: 'dimanche', en: 'Sunday' },
} as const satisfies Record<string, Label>;
export type Weekday = keyof typeof WEEKDAYS;
/** Monday first, as in Belgium; index = ISO weekday - 1. */
export const WEEKDAY_CODES = Object.keys(WEEKDAYS) as [Weekday, ...Weekday[]];

export const PARTS_OF_DAY = {
  morning: { nl: 'ochtend', fr: 'matin', en: 'morning' },
  afternoon: { nl: 'middag', fr: 'après-midi', en: 'afternoon' },
  evening: { nl: 'avond', fr: 'soir', en: 'evening' },
} as const satisfies Record<string, Label>;
export type PartOfDay = keyof typeof PARTS_OF_DAY;
export const PART_OF_DAY_CODES = Object.keys(PARTS_OF_DAY) as [PartOfDay, ...PartOfDay[]];

export const FREQUENCIES = {
  'one-off': { nl: 'eenmalig', fr: 'ponctuel', en: 'one-off' },
  recurring: { nl: 'terugkerend', fr: 'régulier', en: 'recurring' },
} as const satisfies Record<string, Label>;
export type Frequency = keyof typeof FREQUENCIES;
export const FREQUENCY_CODES = Object.keys(FREQUENCIES) as [Frequency, ...Frequency[]];

/** One weekly slot: a weekday and a part of that day. */
export interface Slot {
  weekday: Weekday;
  partOfDay: PartOfDay;
}

/** A specific day a request needs help, with the part of that day. */
export interface DatedSlot {
  date: string;
  partOfDay: PartOfDay;
}

/** A request is open until filled, closed by its poster, or past its end date. */
export const REQUEST_LIFECYCLES = ['open', 'filled', 'expired', 'closed'] as const;
export type RequestLifecycle = (typeof REQUEST_LIFECYCLES)[number];

/** Pending until the second side consents; declined or withdrawn end it without contact. */
export const MATCH_LIFECYCLES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type MatchLifecycle = (typeof MATCH_LIFECYCLES)[number];

export const MATCH_SIDES = ['volunteer', 'requester'] as const;
export type MatchSide = (typeof MATCH_SIDES)[number];

export const ORGANISATION_APPROVALS = ['pending', 'approved', 'rejected'] as const;
export type OrganisationApproval = (typeof ORGANISATION_APPROVALS)[number];

export const POSTER_KINDS = ['resident', 'organisation'] as const;
export type PosterKind = (typeof POSTER_KINDS)[number];

export const REPORT_TARGETS = ['offer', 'request', 'message', 'organisation'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

export const REPORT_REASONS = {
  spam: { nl: 'Spam of reclame', fr: 'Spam ou publicité', en: 'Spam or advertising' },
  inappropriate: { nl: 'Ongepast of kwetsend', fr: 'Inapproprié ou blessant', en: 'Inappropriate or hurtful' },
  fraud: { nl: 'Oplichting of misbruik', fr: 'Escroquerie ou abus', en: 'Fraud or abuse' },
  other: { nl: 'Iets anders', fr: 'Autre chose', en: 'Something else' },
} as const satisfies Record<string, Label>;
export type ReportReason = keyof typeof REPORT_REASONS;
export const REPORT_REASON_CODES = Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]];

export const REPORT_STATES = ['open', 'resolved', 'dismissed'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
