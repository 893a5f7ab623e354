/**
 * The portal's side of volunteering: every call to the plugin's API (`/api/volunteering/...`),
 * made on behalf of the person with their own token through `callAsPerson` and never cached, and
 * the pure parts the pages share (reading forms and filters, wording refusals).
 *
 * Answers are parsed with the plugin's strict zod contracts: a field the contract does not list
 * (a contact detail where none belongs) makes parsing fail and the page shows "unavailable" instead
 * of leaking it. The server decides who may do what; the portal only shows its refusal.
 */
import { z } from 'zod';
import {
  districtSummarySchema,
  inviteInputSchema,
  matchSchema,
  messageInputSchema,
  messageSchema,
  offerInputSchema,
  offerSuggestionSchema,
  organisationInputSchema,
  ownOfferSchema,
  ownOrganisationSchema,
  ownRequestSchema,
  paginationSchema,
  publicOfferSchema,
  publicRequestSchema,
  reportInputSchema,
  requestInputSchema,
  requestSuggestionSchema,
  respondInputSchema,
  type Match,
  type Message,
  type OwnOffer,
  type OwnOrganisation,
  type OwnRequest,
  type Pagination,
  type PublicOffer,
  type PublicRequest,
} from '../../../../plugins/volunteering/shared/contracts';
import { dutchIssueMessage, sentenceFor } from '../../../../plugins/volunteering/shared/messages';
import {
  CATEGORY_CODES,
  DISTRICT_CODES,
  PART_OF_DAY_CODES,
  WEEKDAY_CODES,
  type Category,
  type District,
  type PartOfDay,
  type Weekday,
} from '../../../../plugins/volunteering/shared/vocabulary';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { volunteeringTexts } from '../components/volunteering/texts';
import type { Locale } from '../i18n';
import { clientAddress } from './auth-session';
import { callAsPerson } from './person-api';
import { allowedValue } from './list-params';

const API = '/api/volunteering';

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

export type FieldErrors = Record<string, string>;

export type Refusal = {
  kind: 'refused';
  status: number;
  /** The server's Dutch message, to show as the form's overall error. */
  message: string;
  /** Per top-level field, the server's Dutch sentence ("Titel mag hoogstens 120 tekens bevatten."). */
  fieldErrors: FieldErrors;
  /** What unlocks the action (`log-in`, `confirm-email`, `organisation-approval`), when the server says. */
  unlock: string | null;
};
export type Outcome<T> = { kind: 'ok'; data: T } | Refusal | { kind: 'not-found' } | { kind: 'unavailable' };

export interface Caller {
  token?: string | undefined;
  clientAddress?: string | null | undefined;
}

/** Who calls: the logged-in person's token (if any) and address, for the plugin's gates and limits. */
export function callerFor(event: Pick<RequestEvent, 'getClientAddress' | 'locals'>): Caller {
  return { token: event.locals.session?.accessToken, clientAddress: clientAddress(event) };
}

/**
 * A form action's answer to anything but success: the server's own Dutch words (its message and
 * one sentence per field), the visitor's input kept, and the status the server gave.
 */
export function failWith(
  outcome: Refusal | { kind: 'not-found' } | { kind: 'unavailable' },
  values: FormValues,
  locale: Locale,
  form = 'default',
) {
  const t = volunteeringTexts(locale);
  if (outcome.kind === 'refused') {
    return fail(outcome.status === 403 || outcome.status === 400 ? outcome.status : 400, {
      form,
      message: outcome.message,
      errors: outcome.fieldErrors,
      unlock: outcome.unlock,
      values,
    });
  }
  if (outcome.kind === 'not-found') {
    return fail(404, { form, message: t('notFound'), errors: {} as FieldErrors, unlock: null, values });
  }
  return fail(503, { form, message: t('unavailable'), errors: {} as FieldErrors, unlock: null, values });
}

/** A form that did not pass the schema: the first problem of each field, input kept. */
export function failInput(errors: FieldErrors, values: FormValues, locale: Locale, form = 'default') {
  return fail(400, { form, message: volunteeringTexts(locale)('errorSummary'), errors, unlock: null, values });
}

const errorDetailsSchema = z
  .object({
    unlock: z.string().optional(),
    errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
  })
  .loose();

/** A refusal from Strapi turned into what a form shows: one message, and one sentence per field. */
export function refusalFrom(error: { status: number; message: string; details?: unknown }): Refusal {
  const details = errorDetailsSchema.safeParse(error.details ?? {});
  const fieldErrors: FieldErrors = {};
  for (const problem of details.success ? (details.data.errors ?? []) : []) {
    const field = String(problem.path[0] ?? 'form');
    fieldErrors[field] ??= problem.message;
  }
  return {
    kind: 'refused',
    status: error.status,
    message: error.message,
    fieldErrors,
    unlock: details.success ? (details.data.unlock ?? null) : null,
  };
}

async function call<T>(
  path: string,
  schema: z.ZodType<T>,
  caller: Caller,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown } = {},
): Promise<Outcome<T>> {
  const answer = await callAsPerson(`${API}${path}`, {
    token: caller.token,
    clientAddress: caller.clientAddress ?? null,
    method: options.method,
    body: options.body,
  });
  if ('kind' in answer) return { kind: 'unavailable' };
  if (!answer.ok) {
    if (answer.error.status === 404) return { kind: 'not-found' };
    return refusalFrom(answer.error);
  }
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) {
    // The path only: answers may carry personal data.
    console.error(`[volunteering] ${path.split('?')[0] ?? ''}: antwoord past niet bij het contract`);
    return { kind: 'unavailable' };
  }
  return { kind: 'ok', data: parsed.data };
}

const wrapped = <T>(schema: z.ZodType<T>): z.ZodType<T> =>
  z.object({ data: schema }).transform((body) => body.data as T);
const listOf = <T>(schema: z.ZodType<T>): z.ZodType<{ data: T[]; meta: { pagination: Pagination } }> =>
  z.object({ data: z.array(schema), meta: z.object({ pagination: paginationSchema }) });

// ---------------------------------------------------------------------------------------------
// Filters of the public lists
// ---------------------------------------------------------------------------------------------

/** The query parameters of /vrijwilligers, in Dutch like the rest of the portal's lists. */
export const FILTER_PARAMS = {
  category: 'categorie',
  district: 'deelgemeente',
  weekday: 'weekdag',
  partOfDay: 'dagdeel',
  requestsPage: 'pagina',
  offersPage: 'pagina-aanbod',
} as const;

export interface ListFilters {
  category?: Category | undefined;
  district?: District | undefined;
  weekday?: Weekday | undefined;
  partOfDay?: PartOfDay | undefined;
}

const MAX_PAGE = 1000;
function pageFrom(params: URLSearchParams, name: string): number {
  const raw = params.get(name)?.trim() ?? '';
  const page = /^\d{1,30}$/.test(raw) ? Number(raw) : 1;
  return Math.min(MAX_PAGE, Math.max(1, page));
}

/** Unknown values are dropped, so a hand-edited URL gives a normal page and never reaches the API. */
export function filtersFrom(params: URLSearchParams): ListFilters & { requestsPage: number; offersPage: number } {
  return {
    category: allowedValue(params, FILTER_PARAMS.category, CATEGORY_CODES),
    district: allowedValue(params, FILTER_PARAMS.district, DISTRICT_CODES),
    weekday: allowedValue(params, FILTER_PARAMS.weekday, WEEKDAY_CODES),
    partOfDay: allowedValue(params, FILTER_PARAMS.partOfDay, PART_OF_DAY_CODES),
    requestsPage: pageFrom(params, FILTER_PARAMS.requestsPage),
    offersPage: pageFrom(params, FILTER_PARAMS.offersPage),
  };
}

export function apiQuery(filters: ListFilters, page: number, pageSize: number): string {
  const params = new URLSearchParams();
  for (const key of ['category', 'district', 'weekday', 'partOfDay'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

// ---------------------------------------------------------------------------------------------
// Forms: FormData → the plugin's input, checked with its own schema
// ---------------------------------------------------------------------------------------------

export type FormValues = Record<string, string | string[]>;
export type FormCheck<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** Every field as sent, a repeated field (checkboxes) as a list; files are not expected and dropped. */
export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name).filter((value): value is string => typeof value === 'string');
    values[name] = all.length === 1 && !name.endsWith('[]') ? (all[0] ?? '') : all;
  }
  return values;
}

const one = (values: FormValues, name: string): string => {
  const value = values[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
};
const many = (values: FormValues, name: string): string[] => {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== '');
};
/** An empty optional field is left out, so the server applies its default (the account's address). */
const optionalText = (values: FormValues, name: string): string | undefined => one(values, name) || undefined;

/** "monday:morning" → a weekly slot; anything else keeps its parts, so the schema names the bad one. */
export function slotFrom(value: string): { weekday: string; partOfDay: string } {
  const [weekday = '', partOfDay = ''] = value.split(':');
  return { weekday, partOfDay };
}

export function slotValue(weekday: string, partOfDay: string): string {
  return `${weekday}:${partOfDay}`;
}

function check<T>(schema: z.ZodType<T>, input: unknown, values: FormValues): FormCheck<T> {
  const parsed = schema.safeParse(input, { error: dutchIssueMessage });
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const field = String(path[0] ?? 'form');
    errors[field] ??= sentenceFor(path, issue.message);
  }
  return { ok: false, errors, values };
}

export function offerForm(values: FormValues): FormCheck<z.output<typeof offerInputSchema>> {
  return check(
    offerInputSchema,
    {
      publicName: one(values, 'publicName'),
      title: one(values, 'title'),
      description: one(values, 'description'),
      categories: many(values, 'categories'),
      districts: many(values, 'districts'),
      availability: many(values, 'availability').map(slotFrom),
      frequency: one(values, 'frequency') || undefined,
      contactEmail: optionalText(values, 'contactEmail'),
      contactPhone: optionalText(values, 'contactPhone'),
    },
    values,
  );
}

export function requestForm(values: FormValues): FormCheck<z.output<typeof requestInputSchema>> {
  const postAs = one(values, 'postAs') || 'resident';
  const volunteers = one(values, 'volunteersNeeded');
  return check(
    requestInputSchema,
    {
      postAs,
      // An organisation posts under its approved name; the name field is for residents.
      publicName: postAs === 'organisation' ? undefined : one(values, 'publicName'),
      title: one(values, 'title'),
      description: one(values, 'description'),
      categories: many(values, 'categories'),
      district: one(values, 'district') || undefined,
      slots: many(values, 'slots').map(slotFrom),
      volunteersNeeded: /^\d{1,4}$/.test(volunteers) ? Number(volunteers) : volunteers || undefined,
      untilDate: one(values, 'untilDate') || undefined,
      contactEmail: optionalText(values, 'contactEmail'),
      contactPhone: optionalText(values, 'contactPhone'),
    },
    values,
  );
}

export function respondForm(values: FormValues): FormCheck<z.output<typeof respondInputSchema>> {
  return check(
    respondInputSchema,
    {
      offerId: optionalText(values, 'offerId'),
      publicName: optionalText(values, 'publicName'),
      message: optionalText(values, 'message'),
    },
    values,
  );
}

export function inviteForm(values: FormValues): FormCheck<z.output<typeof inviteInputSchema>> {
  return check(
    inviteInputSchema,
    { offerId: one(values, 'offerId'), message: optionalText(values, 'message') },
    values,
  );
}

export function messageForm(values: FormValues): FormCheck<z.output<typeof messageInputSchema>> {
  return check(messageInputSchema, { body: one(values, 'body') }, values);
}

export function organisationForm(values: FormValues): FormCheck<z.output<typeof organisationInputSchema>> {
  return check(
    organisationInputSchema,
    {
      name: one(values, 'name'),
      description: one(values, 'description'),
      website: optionalText(values, 'website') ?? null,
    },
    values,
  );
}

export function reportForm(values: FormValues): FormCheck<z.output<typeof reportInputSchema>> {
  return check(
    reportInputSchema,
    {
      targetType: one(values, 'targetType'),
      targetId: one(values, 'targetId'),
      reason: one(values, 'reason') || undefined,
      explanation: optionalText(values, 'explanation'),
    },
    values,
  );
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

export type Page<T> = { items: T[]; pagination: Pagination };
const toPage = <T>(body: { data: T[]; meta: { pagination: Pagination } }): Page<T> => ({
  items: body.data,
  pagination: body.meta.pagination,
});

export async function listRequests(
  filters: ListFilters,
  page: number,
  pageSize: number,
): Promise<Outcome<Page<PublicRequest>>> {
  const outcome = await call(`/requests?${apiQuery(filters, page, pageSize)}`, listOf(publicRequestSchema), {});
  return outcome.kind === 'ok' ? { kind: 'ok', data: toPage(outcome.data) } : outcome;
}

export async function listOffers(
  filters: ListFilters,
  page: number,
  pageSize: number,
): Promise<Outcome<Page<PublicOffer>>> {
  const outcome = await call(`/offers?${apiQuery(filters, page, pageSize)}`, listOf(publicOfferSchema), {});
  return outcome.kind === 'ok' ? { kind: 'ok', data: toPage(outcome.data) } : outcome;
}

export const districtSummary = () => call('/districts', wrapped(z.array(districtSummarySchema)), {});

const id = (value: string) => encodeURIComponent(value);

export const getRequest = (requestId: string) => call(`/requests/${id(requestId)}`, wrapped(publicRequestSchema), {});
export const getOffer = (offerId: string) => call(`/offers/${id(offerId)}`, wrapped(publicOfferSchema), {});

export const createOffer = (caller: Caller, input: z.output<typeof offerInputSchema>) =>
  call('/offers', wrapped(ownOfferSchema), caller, { body: { data: input } });
/** The owner's switch: a hidden offer is left out of lists and suggestions, and can be shown again. */
export const setOfferVisible = (caller: Caller, offerId: string, visible: boolean) =>
  call(`/offers/${id(offerId)}`, wrapped(ownOfferSchema), caller, { method: 'PUT', body: { data: { visible } } });
export const deleteOffer = (caller: Caller, offerId: string) =>
  call(`/offers/${id(offerId)}`, z.unknown(), caller, { method: 'DELETE' });
export const createRequest = (caller: Caller, input: z.output<typeof requestInputSchema>) =>
  call('/requests', wrapped(ownRequestSchema), caller, { body: { data: input } });
export const closeRequest = (caller: Caller, requestId: string) =>
  call(`/requests/${id(requestId)}/close`, z.unknown(), caller, { body: {} });

export const myOffers = (caller: Caller): Promise<Outcome<OwnOffer[]>> =>
  call('/me/offers', wrapped(z.array(ownOfferSchema)), caller);
export const myRequests = (caller: Caller): Promise<Outcome<OwnRequest[]>> =>
  call('/me/requests', wrapped(z.array(ownRequestSchema)), caller);
export const myMatches = (caller: Caller): Promise<Outcome<Match[]>> =>
  call('/me/matches', wrapped(z.array(matchSchema)), caller);
export const offerSuggestions = (caller: Caller, offerId: string) =>
  call(`/offers/${id(offerId)}/suggestions`, wrapped(z.array(requestSuggestionSchema)), caller);
export const requestSuggestions = (caller: Caller, requestId: string) =>
  call(`/requests/${id(requestId)}/suggestions`, wrapped(z.array(offerSuggestionSchema)), caller);

export const respond = (caller: Caller, requestId: string, input: z.output<typeof respondInputSchema>) =>
  call(`/requests/${id(requestId)}/responses`, wrapped(matchSchema), caller, { body: { data: input } });
export const invite = (caller: Caller, requestId: string, input: z.output<typeof inviteInputSchema>) =>
  call(`/requests/${id(requestId)}/invitations`, wrapped(matchSchema), caller, { body: { data: input } });

export const getMatch = (caller: Caller, matchId: string): Promise<Outcome<Match>> =>
  call(`/matches/${id(matchId)}`, wrapped(matchSchema), caller);
export const matchMessages = (caller: Caller, matchId: string): Promise<Outcome<Message[]>> =>
  call(`/matches/${id(matchId)}/messages`, wrapped(z.array(messageSchema)), caller);
export const postMessage = (caller: Caller, matchId: string, input: z.output<typeof messageInputSchema>) =>
  call(`/matches/${id(matchId)}/messages`, wrapped(messageSchema), caller, { body: { data: input } });

export const MATCH_COMMANDS = ['accept', 'decline', 'withdraw'] as const;
export type MatchCommand = (typeof MATCH_COMMANDS)[number];
export const actOnMatch = (caller: Caller, matchId: string, command: MatchCommand) =>
  call(`/matches/${id(matchId)}/${command}`, wrapped(matchSchema), caller, { body: {} });

export const myOrganisation = (caller: Caller): Promise<Outcome<OwnOrganisation | null>> =>
  call('/me/organisation', wrapped(ownOrganisationSchema.nullable()), caller);
export const saveOrganisation = (caller: Caller, input: z.output<typeof organisationInputSchema>) =>
  call('/me/organisation', wrapped(ownOrganisationSchema), caller, { method: 'PUT', body: { data: input } });

export const report = (caller: Caller, input: z.output<typeof reportInputSchema>) =>
  call('/reports', z.unknown(), caller, { body: { data: input } });

/** The `?/melden` form action of the offer and request pages. */
export async function reportAction(event: RequestEvent) {
  const { locale } = event.locals;
  const values = formValues(await event.request.formData());
  const checked = reportForm(values);
  if (!checked.ok) return failInput(checked.errors, values, locale, 'melden');
  const outcome = await report(callerFor(event), checked.data);
  if (outcome.kind !== 'ok') return failWith(outcome, values, locale, 'melden');
  return { form: 'melden', reported: true };
}
