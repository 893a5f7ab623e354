/**
 * Request and response contracts of the volunteering API (`/api/volunteering/...` for residents,
 * `/volunteering/...` on the admin API for staff). The server validates every body and query with
 * these schemas; the portal imports the same ones for its forms and for reading responses.
 *
 * Response schemas are strict objects on purpose: a field that is not listed here (a contact
 * detail, an owner id) makes parsing fail, so tests catch a leak instead of ignoring it.
 */
import { z } from 'zod';
import {
  CATEGORY_CODES,
  DISTRICT_CODES,
  FREQUENCY_CODES,
  MATCH_LIFECYCLES,
  MATCH_SIDES,
  ORGANISATION_APPROVALS,
  PART_OF_DAY_CODES,
  POSTER_KINDS,
  REPORT_REASON_CODES,
  REPORT_STATES,
  REPORT_TARGETS,
  REQUEST_LIFECYCLES,
  WEEKDAY_CODES,
} from './vocabulary';
import { PHONE_NUMBER, containsContactDetails, containsHtml, normaliseLine, normaliseParagraphs } from './text-rules';

export const LIMITS = {
  publicName: { min: 2, max: 60 },
  title: { min: 3, max: 120 },
  offerDescription: { min: 10, max: 1000 },
  requestDescription: { min: 10, max: 2000 },
  message: { min: 1, max: 2000 },
  explanation: { max: 1000 },
  organisationName: { min: 2, max: 120 },
  organisationDescription: { max: 2000 },
  website: { max: 200 },
  email: { max: 254 },
  categories: { max: 5 },
  slots: { max: 21 },
  dates: { max: 14 },
  volunteersNeeded: { max: 50 },
  blockedWord: { min: 2, max: 60 },
  blockedWords: { max: 500 },
  moderationNote: { max: 500 },
  pageSize: { max: 100 },
} as const;

/** The type error of a field: missing is "verplicht", anything else is the wrong kind of value. */
const expected = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is verplicht' : what);

const NO_HTML = 'mag geen HTML bevatten';
const NO_CONTACT =
  'mag geen e-mailadres of telefoonnummer bevatten: die worden pas gedeeld als jullie allebei akkoord gaan';

interface TextOptions {
  min?: number;
  max: number;
  /** Public text and messages before consent may not carry an e-mail address or phone number. */
  allowContactDetails?: boolean;
}

function text(normalise: (value: string) => string, { min = 0, max, allowContactDetails = false }: TextOptions) {
  let schema = z
    .string({ error: expected('moet tekst zijn') })
    .overwrite(normalise)
    .max(max, `mag hoogstens ${max} tekens bevatten`)
    .refine((value) => !containsHtml(value), NO_HTML);
  if (min > 0) schema = schema.refine((value) => value.length >= min, `moet minstens ${min} tekens bevatten`);
  if (!allowContactDetails) schema = schema.refine((value) => !containsContactDetails(value), NO_CONTACT);
  return schema;
}

/** One line of plain text: a name or a title. */
export const line = (options: TextOptions) => text(normaliseLine, options);
/** Paragraphs of plain text: a description or a message. */
export const paragraphs = (options: TextOptions) => text(normaliseParagraphs, options);

function uniqueBy<T>(key: (item: T) => string): (items: T[]) => boolean {
  return (items) => new Set(items.map(key)).size === items.length;
}

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expected('is geen geldige keuze') });

export const categorySchema = enumOf(CATEGORY_CODES);
export const districtSchema = enumOf(DISTRICT_CODES);
export const weekdaySchema = enumOf(WEEKDAY_CODES);
export const partOfDaySchema = enumOf(PART_OF_DAY_CODES);

export const categoriesSchema = z
  .array(categorySchema, { error: expected('moet een lijst van categorieën zijn') })
  .min(1, 'moet minstens één categorie bevatten')
  .max(LIMITS.categories.max, `mag hoogstens ${LIMITS.categories.max} categorieën bevatten`)
  .refine(
    uniqueBy<string>((category) => category),
    'bevat een categorie twee keer',
  );

export const slotSchema = z.strictObject({ weekday: weekdaySchema, partOfDay: partOfDaySchema });
export const slotsSchema = z
  .array(slotSchema, { error: expected('moet een lijst van tijdsloten zijn') })
  .max(LIMITS.slots.max, `mag hoogstens ${LIMITS.slots.max} tijdsloten bevatten`)
  .refine(
    uniqueBy<z.infer<typeof slotSchema>>((slot) => `${slot.weekday}:${slot.partOfDay}`),
    'bevat hetzelfde tijdslot twee keer',
  );

/** A calendar date, yyyy-mm-dd, that exists (no 31 February). */
export const isoDateSchema = z
  .string({ error: expected('moet een datum zijn') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'moet een datum zijn in de vorm jjjj-mm-dd')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is geen bestaande datum');

export const datedSlotSchema = z.strictObject({ date: isoDateSchema, partOfDay: partOfDaySchema });
export const datedSlotsSchema = z
  .array(datedSlotSchema, { error: expected('moet een lijst van data zijn') })
  .max(LIMITS.dates.max, `mag hoogstens ${LIMITS.dates.max} data bevatten`)
  .refine(
    uniqueBy<z.infer<typeof datedSlotSchema>>((slot) => `${slot.date}:${slot.partOfDay}`),
    'bevat dezelfde datum en hetzelfde dagdeel twee keer',
  );

const contactEmailSchema = z
  .email({ error: expected('is geen geldig e-mailadres') })
  .max(LIMITS.email.max, `mag hoogstens ${LIMITS.email.max} tekens bevatten`);
const contactPhoneSchema = z
  .string({ error: expected('moet tekst zijn') })
  .overwrite(normaliseLine)
  .regex(PHONE_NUMBER, 'is geen geldig telefoonnummer');

/** Strapi's documentId: 24 lowercase letters and digits. */
export const documentIdSchema = z
  .string({ error: expected('is geen geldige verwijzing') })
  .regex(/^[a-z0-9]{10,40}$/, 'is geen geldige verwijzing');

// ---------------------------------------------------------------------------------------------
// Offers: "what I can do"
// ---------------------------------------------------------------------------------------------

const offerFields = {
  publicName: line({ ...LIMITS.publicName }),
  title: line({ ...LIMITS.title }),
  description: paragraphs({ ...LIMITS.offerDescription }),
  categories: categoriesSchema,
  districts: z
    .array(districtSchema, { error: expected('moet een lijst van deelgemeenten zijn') })
    .min(1, 'moet minstens één deelgemeente bevatten')
    .max(DISTRICT_CODES.length, `mag hoogstens ${DISTRICT_CODES.length} deelgemeenten bevatten`)
    .refine(
      uniqueBy<string>((district) => district),
      'bevat een deelgemeente twee keer',
    ),
  availability: slotsSchema.refine(
    (slots) => slots.length > 0,
    'moet minstens één moment bevatten waarop je kunt helpen',
  ),
  frequency: enumOf(FREQUENCY_CODES),
  visible: z.boolean({ error: expected('moet waar of onwaar zijn') }),
  contactEmail: contactEmailSchema,
  contactPhone: contactPhoneSchema.nullable(),
};

export const offerInputSchema = z.strictObject({
  ...offerFields,
  visible: offerFields.visible.default(true),
  contactEmail: offerFields.contactEmail.optional(),
  contactPhone: offerFields.contactPhone.optional(),
});
export type OfferInput = z.input<typeof offerInputSchema>;

export const offerUpdateSchema = z
  .strictObject(offerFields)
  .partial()
  .refine((update) => Object.keys(update).length > 0, 'moet minstens één veld wijzigen');
export type OfferUpdate = z.input<typeof offerUpdateSchema>;

// ---------------------------------------------------------------------------------------------
// Help requests: "what we need"
// ---------------------------------------------------------------------------------------------

const requestFields = {
  publicName: line({ ...LIMITS.publicName }),
  title: line({ ...LIMITS.title }),
  description: paragraphs({ ...LIMITS.requestDescription }),
  categories: categoriesSchema,
  district: districtSchema,
  slots: slotsSchema,
  dates: datedSlotsSchema,
  volunteersNeeded: z
    .number({ error: expected('moet een getal zijn') })
    .int('moet een geheel getal zijn')
    .min(1, 'moet minstens 1 zijn')
    .max(LIMITS.volunteersNeeded.max, `mag hoogstens ${LIMITS.volunteersNeeded.max} zijn`),
  untilDate: isoDateSchema,
  contactEmail: contactEmailSchema,
  contactPhone: contactPhoneSchema.nullable(),
};

export const requestInputSchema = z
  .strictObject({
    ...requestFields,
    postAs: enumOf(POSTER_KINDS).default('resident'),
    publicName: requestFields.publicName.optional(),
    slots: requestFields.slots.default([]),
    dates: requestFields.dates.default([]),
    contactEmail: requestFields.contactEmail.optional(),
    contactPhone: requestFields.contactPhone.optional(),
  })
  .refine((input) => input.postAs === 'organisation' || input.publicName !== undefined, {
    path: ['publicName'],
    message: 'is verplicht als je als inwoner een hulpvraag plaatst',
  });
export type RequestInput = z.input<typeof requestInputSchema>;

export const requestUpdateSchema = z
  .strictObject(requestFields)
  .partial()
  .refine((update) => Object.keys(update).length > 0, 'moet minstens één veld wijzigen');
export type RequestUpdate = z.input<typeof requestUpdateSchema>;

// ---------------------------------------------------------------------------------------------
// Matches: a volunteer responds to a request, or a requester invites a volunteer's offer
// ---------------------------------------------------------------------------------------------

export const respondInputSchema = z
  .strictObject({
    offerId: documentIdSchema.optional(),
    publicName: line({ ...LIMITS.publicName }).optional(),
    message: paragraphs({ ...LIMITS.message }).optional(),
    contactEmail: contactEmailSchema.optional(),
    contactPhone: contactPhoneSchema.nullable().optional(),
  })
  .refine((input) => input.offerId !== undefined || input.publicName !== undefined, {
    path: ['publicName'],
    message: 'is verplicht als je reageert zonder een aanbod te kiezen',
  });
export type RespondInput = z.input<typeof respondInputSchema>;

export const inviteInputSchema = z.strictObject({
  offerId: documentIdSchema,
  message: paragraphs({ ...LIMITS.message }).optional(),
});
export type InviteInput = z.input<typeof inviteInputSchema>;

/** Messages after consent may carry contact details: by then both sides already see them. */
export const messageInputSchema = z.strictObject({
  body: paragraphs({ ...LIMITS.message, allowContactDetails: true }),
});
export type MessageInput = z.input<typeof messageInputSchema>;

export const reportInputSchema = z.strictObject({
  targetType: enumOf(REPORT_TARGETS),
  targetId: documentIdSchema,
  reason: enumOf(REPORT_REASON_CODES),
  explanation: paragraphs({ ...LIMITS.explanation, allowContactDetails: true }).optional(),
});
export type ReportInput = z.input<typeof reportInputSchema>;

export const organisationInputSchema = z.strictObject({
  name: line({ ...LIMITS.organisationName }),
  description: paragraphs({ max: LIMITS.organisationDescription.max }).default(''),
  website: z
    .url({ protocol: /^https?$/, error: 'is geen geldig webadres (begint met http:// of https://)' })
    .max(LIMITS.website.max, `mag hoogstens ${LIMITS.website.max} tekens bevatten`)
    .nullable()
    .default(null),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

// ---------------------------------------------------------------------------------------------
// Query strings of the lists
// ---------------------------------------------------------------------------------------------

const pageSchema = z.coerce
  .number({ error: 'moet een getal zijn' })
  .int('moet een geheel getal zijn')
  .min(1, 'moet minstens 1 zijn')
  .default(1);
const pageSizeSchema = z.coerce
  .number({ error: 'moet een getal zijn' })
  .int('moet een geheel getal zijn')
  .min(1, 'moet minstens 1 zijn')
  .max(LIMITS.pageSize.max, `mag hoogstens ${LIMITS.pageSize.max} zijn`)
  .default(25);

export const offerListQuerySchema = z.strictObject({
  category: categorySchema.optional(),
  district: districtSchema.optional(),
  weekday: weekdaySchema.optional(),
  partOfDay: partOfDaySchema.optional(),
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type OfferListQuery = z.output<typeof offerListQuerySchema>;

export const requestListQuerySchema = z.strictObject({
  category: categorySchema.optional(),
  district: districtSchema.optional(),
  weekday: weekdaySchema.optional(),
  partOfDay: partOfDaySchema.optional(),
  /** Only requests still running on or after this date. */
  from: isoDateSchema.optional(),
  page: pageSchema,
  pageSize: pageSizeSchema,
});
export type RequestListQuery = z.output<typeof requestListQuerySchema>;

export const matchListQuerySchema = z.strictObject({
  role: enumOf(MATCH_SIDES).optional(),
  lifecycle: enumOf(MATCH_LIFECYCLES).optional(),
});
export type MatchListQuery = z.output<typeof matchListQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Staff (admin API)
// ---------------------------------------------------------------------------------------------

export const organisationReviewSchema = z.strictObject({
  approval: z.enum(['approved', 'rejected'], { error: expected('is geen geldige keuze') }),
  reason: paragraphs({ max: LIMITS.moderationNote.max, allowContactDetails: true }).optional(),
});

export const reportResolutionSchema = z.strictObject({
  outcome: z.enum(['resolved', 'dismissed'], { error: expected('is geen geldige keuze') }),
  note: paragraphs({ max: LIMITS.moderationNote.max, allowContactDetails: true }).optional(),
});

const blockedWordList = z
  .array(
    line({ min: LIMITS.blockedWord.min, max: LIMITS.blockedWord.max, allowContactDetails: true }).overwrite((word) =>
      word.toLowerCase(),
    ),
    { error: expected('moet een lijst van woorden zijn') },
  )
  .max(LIMITS.blockedWords.max, `mag hoogstens ${LIMITS.blockedWords.max} woorden bevatten`);

export const blockedWordsSchema = z.strictObject({ nl: blockedWordList, fr: blockedWordList });
export type BlockedWords = z.output<typeof blockedWordsSchema>;

export const moderationListQuerySchema = z.strictObject({
  approval: z.enum(ORGANISATION_APPROVALS, { error: 'is geen geldige keuze' }).optional(),
  state: z.enum(REPORT_STATES, { error: 'is geen geldige keuze' }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

const timestamp = z.string();
const slotOut = z.strictObject({ weekday: z.enum(WEEKDAY_CODES), partOfDay: z.enum(PART_OF_DAY_CODES) });
const datedSlotOut = z.strictObject({ date: z.string(), partOfDay: z.enum(PART_OF_DAY_CODES) });

export const publicOfferSchema = z.strictObject({
  id: z.string(),
  publicName: z.string(),
  title: z.string(),
  description: z.string(),
  categories: z.array(z.enum(CATEGORY_CODES)),
  districts: z.array(z.enum(DISTRICT_CODES)),
  availability: z.array(slotOut),
  frequency: z.enum(FREQUENCY_CODES),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PublicOffer = z.infer<typeof publicOfferSchema>;

/** What the owner of an offer sees of it: their own contact details included. */
export const ownOfferSchema = publicOfferSchema.extend({
  visible: z.boolean(),
  hiddenByModerator: z.boolean(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
});
export type OwnOffer = z.infer<typeof ownOfferSchema>;

export const publicPosterSchema = z.strictObject({
  kind: z.enum(POSTER_KINDS),
  name: z.string(),
  organisation: z.strictObject({ name: z.string(), website: z.string().nullable() }).nullable(),
});

export const publicRequestSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  categories: z.array(z.enum(CATEGORY_CODES)),
  district: z.enum(DISTRICT_CODES),
  slots: z.array(slotOut),
  dates: z.array(datedSlotOut),
  volunteersNeeded: z.number().int(),
  spotsLeft: z.number().int(),
  untilDate: z.string(),
  lifecycle: z.enum(REQUEST_LIFECYCLES),
  poster: publicPosterSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type PublicRequest = z.infer<typeof publicRequestSchema>;

export const ownRequestSchema = publicRequestSchema.extend({
  hiddenByModerator: z.boolean(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  pendingResponses: z.number().int(),
});
export type OwnRequest = z.infer<typeof ownRequestSchema>;

export const scoreBreakdownSchema = z.strictObject({
  category: z.number(),
  district: z.number(),
  availability: z.number(),
  recency: z.number(),
  capacity: z.number(),
});

export const offerSuggestionSchema = z.strictObject({
  score: z.number(),
  parts: scoreBreakdownSchema,
  offer: publicOfferSchema,
});
export const requestSuggestionSchema = z.strictObject({
  score: z.number(),
  parts: scoreBreakdownSchema,
  request: publicRequestSchema,
});

export const contactSchema = z.strictObject({
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
});

export const matchSchema = z.strictObject({
  id: z.string(),
  lifecycle: z.enum(MATCH_LIFECYCLES),
  initiatedBy: z.enum(MATCH_SIDES),
  myRole: z.enum(MATCH_SIDES),
  request: z.strictObject({
    id: z.string(),
    title: z.string(),
    district: z.enum(DISTRICT_CODES),
    untilDate: z.string(),
    lifecycle: z.enum(REQUEST_LIFECYCLES),
  }),
  offer: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
  volunteerName: z.string(),
  requesterName: z.string(),
  consent: z.strictObject({ volunteer: z.boolean(), requester: z.boolean() }),
  createdAt: timestamp,
  acceptedAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  endedBy: z.enum(MATCH_SIDES).nullable(),
  /** The other side's contact details: null until both sides accepted, and again after a withdrawal. */
  counterpartContact: contactSchema.nullable(),
  allowed: z.strictObject({ accept: z.boolean(), decline: z.boolean(), withdraw: z.boolean(), message: z.boolean() }),
});
export type Match = z.infer<typeof matchSchema>;

export const messageSchema = z.strictObject({
  id: z.string(),
  fromMe: z.boolean(),
  side: z.enum(MATCH_SIDES),
  body: z.string(),
  createdAt: timestamp,
});
export type Message = z.infer<typeof messageSchema>;

export const ownOrganisationSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  website: z.string().nullable(),
  approval: z.enum(ORGANISATION_APPROVALS),
  rejectionReason: z.string().nullable(),
  reviewedAt: timestamp.nullable(),
});
export type OwnOrganisation = z.infer<typeof ownOrganisationSchema>;

export const paginationSchema = z.strictObject({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const districtSummarySchema = z.strictObject({
  district: z.enum(DISTRICT_CODES),
  openRequests: z.number().int(),
  offers: z.number().int(),
});

const countRow = z.strictObject({
  requests: z.number().int(),
  matches: z.number().int(),
  acceptedMatches: z.number().int(),
  fulfilledRequests: z.number().int(),
});
export const statisticsSchema = z.strictObject({
  totals: countRow.extend({ offers: z.number().int(), openRequests: z.number().int() }),
  byCategory: z.array(countRow.extend({ category: z.enum(CATEGORY_CODES) })),
  byDistrict: z.array(countRow.extend({ district: z.enum(DISTRICT_CODES) })),
});
export type Statistics = z.infer<typeof statisticsSchema>;
