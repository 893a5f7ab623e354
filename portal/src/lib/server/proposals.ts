/**
 * The portal's calls for citizen proposals and council meetings (plugins/proposals), every answer
 * parsed with the plugin's shared zod contracts. Public reads without a person's token are kept a
 * few seconds in-process (like cms.ts); anything carrying a token is never cached. Refusals come back
 * as one message in the visitor's language plus per-field messages, never as an exception.
 */
import { z } from 'zod';
import {
  councilMeetingSchema,
  LIST_SORTS,
  PROPOSAL_REFUSALS,
  proposalDetailResponseSchema,
  proposalDetailSchema,
  proposalListResponseSchema,
  proposalRefusalMessages,
  proposalSummarySchema,
  PUBLIC_STAGES,
  supportReceiptSchema,
  TEXT_LIMITS,
  type DraftInput,
  type ListQuery,
  type ListSort,
  type ProposalDetail,
  type ProposalSummary,
  type PublicStage,
  type SupportReceipt,
} from '../../../../plugins/proposals/shared/contracts';
import {
  formatMessage,
  gatingDecisionSchema,
  UNLOCK_STEPS,
  unlockStepMessages,
  type GatingDecision,
  type UnlockStep,
} from '../../../../plugins/verification/shared/contracts';
import { VOTE_REFUSALS, voteRefusalMessages } from '../../../../plugins/votes/shared/contracts';
import { proposalTexts } from '../components/proposals/texts';
import type { Locale } from '../i18n/locales';
import { portalEnv } from './env';
import { callAsPerson, type StrapiError } from './person-api';
import { ResponseCache } from './response-cache';

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

export interface Refusal {
  kind: 'refused';
  status: number;
  /** The one step that unlocks the action (log-in, verify-eid, …), when the gating refused. */
  step: string | null;
  reason: string | null;
  minimumAge: number | null;
  /** Per-field messages from the server (`details.errors`), keyed by field name. */
  fieldErrors: Record<string, string>;
  serverMessage: string;
}
export type Unavailable = { kind: 'unavailable' };
export type Outcome<T> = { kind: 'ok'; data: T } | Refusal | Unavailable;

const detailsSchema = z
  .object({
    step: z.string().optional(),
    reason: z.string().optional(),
    minimumAge: z.number().int().optional(),
    errors: z.array(z.object({ path: z.array(z.string()), message: z.string() })).optional(),
  })
  .loose();

export function refusalFrom(error: StrapiError): Refusal {
  const details = detailsSchema.safeParse(error.details ?? {});
  const fieldErrors: Record<string, string> = {};
  for (const problem of details.success ? (details.data.errors ?? []) : []) {
    const field = problem.path[0];
    if (field && !fieldErrors[field]) fieldErrors[field] = problem.message;
  }
  return {
    kind: 'refused',
    status: error.status,
    step: details.success ? (details.data.step ?? null) : null,
    reason: details.success ? (details.data.reason ?? null) : null,
    minimumAge: details.success ? (details.data.minimumAge ?? null) : null,
    fieldErrors,
    serverMessage: error.message,
  };
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** The step's or reason's message in the visitor's language; the server's (Dutch) words otherwise. */
export function refusalMessage(refusal: Omit<Refusal, 'kind'>, locale: Locale): string {
  if (isOneOf<UnlockStep>(UNLOCK_STEPS, refusal.step)) {
    return formatMessage(unlockStepMessages[refusal.step][locale], { minimumAge: refusal.minimumAge ?? undefined });
  }
  if (isOneOf(VOTE_REFUSALS, refusal.reason)) return voteRefusalMessages[refusal.reason][locale];
  if (isOneOf(PROPOSAL_REFUSALS, refusal.reason)) {
    // A field problem says more than "incomplete"; the Dutch server text is the best there is.
    if (refusal.reason === 'incomplete' && locale === 'nl' && refusal.serverMessage) return refusal.serverMessage;
    return proposalRefusalMessages[refusal.reason][locale];
  }
  if (refusal.status >= 500 || !refusal.serverMessage) return proposalTexts(locale)('tryAgain');
  return refusal.serverMessage;
}

/** A gating decision (or the viewer's maySupport) as a message in the visitor's language. */
export function stepMessage(
  decision: { step: string; message: string; minimumAge?: number | undefined },
  locale: Locale,
): string {
  if (isOneOf<UnlockStep>(UNLOCK_STEPS, decision.step)) {
    return formatMessage(unlockStepMessages[decision.step][locale], { minimumAge: decision.minimumAge });
  }
  const reason = decision.step === 'subject-not-open' ? 'subject-not-open' : decision.step;
  if (isOneOf(VOTE_REFUSALS, reason)) return voteRefusalMessages[reason][locale];
  return decision.message;
}

// ---------------------------------------------------------------------------------------------
// Plumbing
// ---------------------------------------------------------------------------------------------

export interface Caller {
  token: string;
  clientAddress?: string | null;
}

async function call<T>(
  path: string,
  schema: z.ZodType<T>,
  options: { caller?: Caller | null; method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown },
): Promise<Outcome<T>> {
  const answer = await callAsPerson(path, {
    token: options.caller?.token,
    clientAddress: options.caller?.clientAddress ?? null,
    method: options.method,
    body: options.body,
  });
  if ('kind' in answer) return answer;
  if (!answer.ok) {
    if (answer.error.status >= 500) return { kind: 'unavailable' };
    return refusalFrom(answer.error);
  }
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) {
    console.error(`[proposals] ${path.split('?')[0]}: onverwacht antwoord: ${z.prettifyError(parsed.error)}`);
    return { kind: 'unavailable' };
  }
  return { kind: 'ok', data: parsed.data };
}

let cache: ResponseCache<unknown> | undefined;
function publicCache(): ResponseCache<unknown> {
  cache ??= new ResponseCache<unknown>({
    ttlMs: portalEnv().CMS_CACHE_TTL_SECONDS * 1000,
    staleMs: 5 * 60_000,
    maxEntries: 300,
  });
  return cache;
}

class NotCached extends Error {
  constructor(readonly outcome: Refusal | Unavailable) {
    super('not cached');
  }
}

/** Public reads (no token): kept briefly, refusals and failures not kept. */
async function cachedPublic<T>(path: string, schema: z.ZodType<T>): Promise<Outcome<T>> {
  try {
    const data = await publicCache().getOrLoad(path, async () => {
      const outcome = await call(path, schema, {});
      if (outcome.kind !== 'ok') throw new NotCached(outcome);
      return outcome.data;
    });
    return { kind: 'ok', data: data as T };
  } catch (cause) {
    if (cause instanceof NotCached) return cause.outcome;
    throw cause;
  }
}

// ---------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------

/** The overview's query parameters are Dutch; the API's are English. */
export const SORT_PARAMS: Readonly<Record<string, ListSort>> = {
  steun: 'support',
  nieuwste: 'newest',
  'sluit-binnenkort': 'closing-soon',
};
export const SORT_PARAM_OF: Readonly<Record<ListSort, string>> = {
  support: 'steun',
  newest: 'nieuwste',
  'closing-soon': 'sluit-binnenkort',
};

export type ListFilters = {
  stage: PublicStage | undefined;
  topic: string | undefined;
  district: string | undefined;
  sort: ListSort;
};

/** Reads the overview's filters; anything unknown is ignored, so a hand-edited URL still works. */
export function listFiltersFrom(
  params: URLSearchParams,
  topics: readonly string[],
  districts: readonly string[],
): ListFilters {
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const raw = params.get(name)?.trim();
    return raw && raw.length <= 100 ? allowed.find((value) => value === raw) : undefined;
  };
  const sortParam = params.get('sorteer')?.trim() ?? '';
  const sort = Object.hasOwn(SORT_PARAMS, sortParam) ? SORT_PARAMS[sortParam] : undefined;
  return {
    stage: pick('fase', PUBLIC_STAGES),
    topic: pick('thema', topics),
    district: pick('deelgemeente', districts),
    sort: sort && (LIST_SORTS as readonly string[]).includes(sort) ? sort : 'newest',
  };
}

export function listPath(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.stage) params.set('stage', query.stage);
  if (query.topic) params.set('topic', query.topic);
  if (query.district) params.set('district', query.district);
  params.set('sort', query.sort);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return `/api/proposals?${params.toString()}`;
}

export type ProposalList = z.infer<typeof proposalListResponseSchema>;

/** `fresh` for logged-in visitors: right after supporting or submitting they expect to see it. */
export function listProposals(query: ListQuery, options: { fresh?: boolean } = {}): Promise<Outcome<ProposalList>> {
  const path = listPath(query);
  return options.fresh ? call(path, proposalListResponseSchema, {}) : cachedPublic(path, proposalListResponseSchema);
}

export async function listMine(caller: Caller): Promise<Outcome<ProposalSummary[]>> {
  const outcome = await call('/api/proposals/mine', z.object({ data: z.array(proposalSummarySchema) }), {
    caller,
  });
  return outcome.kind === 'ok' ? { kind: 'ok', data: outcome.data.data } : outcome;
}

// ---------------------------------------------------------------------------------------------
// One proposal
// ---------------------------------------------------------------------------------------------

export type ProposalPage = z.infer<typeof proposalDetailResponseSchema>;

/** A malformed id never reaches Strapi (it would answer 400); the page says "not found". */
export const isDocumentId = (value: string) => /^[a-z0-9]{10,40}$/.test(value);

/** With a token: the viewer's own state (may support, supported, following); never cached. */
export function getProposal(documentId: string, caller: Caller | null): Promise<Outcome<ProposalPage>> {
  const path = `/api/proposals/${documentId}`;
  return caller
    ? call(path, proposalDetailResponseSchema, { caller })
    : cachedPublic(path, proposalDetailResponseSchema);
}

const detailEnvelope = z.object({ data: proposalDetailSchema });
const unwrap = <T>(outcome: Outcome<{ data: T }>): Outcome<T> =>
  outcome.kind === 'ok' ? { kind: 'ok', data: outcome.data.data } : outcome;

export async function createDraft(caller: Caller, input: DraftInput): Promise<Outcome<ProposalDetail>> {
  return unwrap(await call('/api/proposals', detailEnvelope, { caller, method: 'POST', body: input }));
}

export async function updateDraft(
  caller: Caller,
  documentId: string,
  input: DraftInput,
): Promise<Outcome<ProposalDetail>> {
  return unwrap(await call(`/api/proposals/${documentId}`, detailEnvelope, { caller, method: 'PUT', body: input }));
}

export async function initiatorAction(
  caller: Caller,
  documentId: string,
  action: 'submit' | 'retract',
): Promise<Outcome<ProposalDetail>> {
  return unwrap(await call(`/api/proposals/${documentId}/${action}`, detailEnvelope, { caller, method: 'POST' }));
}

export async function setSupport(
  caller: Caller,
  documentId: string,
  supported: boolean,
): Promise<Outcome<SupportReceipt>> {
  return unwrap(
    await call(`/api/proposals/${documentId}/support`, z.object({ data: supportReceiptSchema }), {
      caller,
      method: supported ? 'POST' : 'DELETE',
    }),
  );
}

export async function setFollowing(
  caller: Caller,
  documentId: string,
  following: boolean,
): Promise<Outcome<{ following: boolean }>> {
  return unwrap(
    await call(`/api/proposals/${documentId}/follow`, z.object({ data: z.object({ following: z.boolean() }) }), {
      caller,
      method: following ? 'POST' : 'DELETE',
    }),
  );
}

/** The initiator invites a co-initiator; the link with the token goes only in the e-mail. */
export async function inviteCoInitiator(caller: Caller, documentId: string, email: string): Promise<Outcome<unknown>> {
  return call(`/api/proposals/${documentId}/co-initiators`, z.unknown(), { caller, method: 'POST', body: { email } });
}

export async function acceptInvitation(
  caller: Caller,
  token: string,
  displayName: string,
): Promise<Outcome<ProposalDetail>> {
  return unwrap(
    await call('/api/proposal-invitations/accept', detailEnvelope, {
      caller,
      method: 'POST',
      body: { token, displayName },
    }),
  );
}

/** "May this person write a proposal?" — the one step that unlocks it, asked of the gating service. */
export async function mayPropose(caller: Caller | null): Promise<Outcome<GatingDecision>> {
  if (!caller) return { kind: 'ok', data: { allowed: false, step: 'log-in', message: '' } };
  return unwrap(
    await call('/api/gating/decide', z.object({ data: gatingDecisionSchema }), {
      caller,
      method: 'POST',
      body: { action: 'propose', context: {} },
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Drafts: the form's input, checked here first so the visitor gets messages in their language
// ---------------------------------------------------------------------------------------------

export const DRAFT_FIELDS = ['title', 'summary', 'body', 'topic', 'district', 'displayName'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftValues = Record<DraftField, string>;

export function draftValuesFrom(form: FormData): DraftValues {
  const text = (name: string, max: number) => {
    const value = form.get(name);
    // Far beyond any limit: not kept (the message says how long it was anyway).
    return typeof value === 'string' ? value.slice(0, max).replace(/\r\n?/g, '\n') : '';
  };
  return {
    title: text('title', 4_000),
    summary: text('summary', 10_000),
    body: text('body', 60_000),
    topic: text('topic', 100),
    district: text('district', 100),
    displayName: text('displayName', 1_000),
  };
}

export function draftInputOf(values: DraftValues): DraftInput {
  const slug = (value: string) => (/^[a-z0-9][a-z0-9-]*$/.test(value) && value.length <= 80 ? value : null);
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body.trim(),
    topic: slug(values.topic),
    district: slug(values.district),
    displayName: values.displayName.trim(),
  };
}

const length = (text: string) => [...text.trim()].length;

/**
 * The same rules as the server (plugins/proposals domain/draft.ts): a draft needs a title and a
 * display name and no text over its maximum; submitting needs every text at its minimum.
 */
export function draftProblems(values: DraftValues, mode: 'save' | 'submit', locale: Locale): Record<string, string> {
  const t = proposalTexts(locale);
  const names = {
    title: t('fieldNameTitle'),
    summary: t('fieldNameSummary'),
    body: t('fieldNameBody'),
    displayName: t('fieldNameDisplayName'),
  };
  const problems: Record<string, string> = {};
  for (const field of ['title', 'summary', 'body', 'displayName'] as const) {
    const count = length(values[field]);
    const { min, max } = TEXT_LIMITS[field];
    if (count > max) problems[field] = t('tooLong', { field: names[field], max, count });
    else if (field === 'displayName' && count < min) problems[field] = t('displayNameMissing', { min });
    else if (field === 'title' && count === 0) problems[field] = t('titleMissing');
    else if (mode === 'submit' && field !== 'displayName' && count < min) {
      problems[field] = t('tooShort', { field: names[field], min, count });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Council meetings
// ---------------------------------------------------------------------------------------------

export const meetingsResponseSchema = z.object({
  data: z.object({ upcoming: z.array(councilMeetingSchema), past: z.array(councilMeetingSchema) }),
});
export type Meetings = z.infer<typeof meetingsResponseSchema>['data'];

export async function listMeetings(): Promise<Outcome<Meetings>> {
  const outcome = await cachedPublic('/api/council-meetings', meetingsResponseSchema);
  return outcome.kind === 'ok' ? { kind: 'ok', data: outcome.data.data } : outcome;
}

/** The iCalendar feed, as Strapi renders it (the CMS itself is not public). */
export async function meetingsCalendar(): Promise<string | null> {
  try {
    const response = await fetch(`${portalEnv().CMS_URL}/api/council-meetings.ics`, {
      headers: { accept: 'text/calendar' },
      signal: AbortSignal.timeout(portalEnv().CMS_TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.body?.cancel();
      console.error(`[proposals] iCalendar: CMS antwoordde ${response.status}`);
      return null;
    }
    const text = await response.text();
    return text.startsWith('BEGIN:VCALENDAR') ? text : null;
  } catch (cause) {
    console.error(`[proposals] iCalendar: CMS niet bereikbaar (${cause instanceof Error ? cause.name : 'fout'})`);
    return null;
  }
}
