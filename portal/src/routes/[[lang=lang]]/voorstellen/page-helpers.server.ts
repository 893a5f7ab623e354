/**
 * What the proposal pages' loads and actions share: the caller (token and address), refusals as
 * `fail` with a message in the visitor's language, and the draft form's three actions (preview,
 * save, submit) for both a new proposal and an existing draft.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { proposalTexts } from '$lib/components/proposals/texts';
import { ACCOUNT_PATHS, accountPageSetup, pathFor } from '$lib/server/auth-pages';
import { clientAddress } from '$lib/server/auth-session';
import {
  createDraft,
  draftInputOf,
  draftProblems,
  draftValuesFrom,
  initiatorAction,
  isDocumentId,
  refusalMessage,
  updateDraft,
  type Caller,
  type DraftValues,
  type Refusal,
  type Unavailable,
} from '$lib/server/proposals';

export function callerOf(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): Caller | null {
  const session = event.locals.session;
  return session ? { token: session.accessToken, clientAddress: clientAddress(event) } : null;
}

/** For actions: a person must be logged in; the log-in page otherwise. */
export function requireCaller(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): Caller {
  const caller = callerOf(event);
  if (!caller) redirect(303, pathFor(ACCOUNT_PATHS.logIn, event.locals.locale));
  return caller;
}

/** Pages with a person's forms and state: never kept by a browser or proxy. */
export const personalPage = accountPageSetup;

export function documentIdOf(event: { params: Record<string, string>; locals: App.Locals }): string {
  const id = event.params.id ?? '';
  if (!isDocumentId(id)) error(404, { message: proposalTexts(event.locals.locale)('notFound') });
  return id;
}

export function unavailablePage(locale: App.Locals['locale']): never {
  error(503, { message: proposalTexts(locale)('unavailable'), code: 'cms-unavailable' });
}

export function refusalOrUnavailable(outcome: Refusal | Unavailable, locale: App.Locals['locale']) {
  if (outcome.kind === 'unavailable') return { status: 503, message: proposalTexts(locale)('tryAgain') };
  // A refusal is the person's situation, not a server fault: shown on the page as 400-ish.
  return {
    status: outcome.status >= 400 && outcome.status < 500 ? outcome.status : 400,
    message: refusalMessage(outcome, locale),
  };
}

export const path = (locals: App.Locals, to: string) => pathFor(to, locals.locale);

export interface DraftFormResult {
  values: DraftValues;
  errors: Record<string, string>;
  message?: string;
  preview?: DraftValues;
  saved?: boolean;
}

/**
 * One of the form's buttons. `documentId` is null on the "new" page: the first save creates the
 * draft and continues on its edit page, so a second click never makes a second proposal.
 */
export async function draftAction(
  event: RequestEvent,
  documentId: string | null,
  intent: 'preview' | 'save' | 'submit',
) {
  const caller = requireCaller(event);
  const { locale } = event.locals;
  const values = draftValuesFrom(await event.request.formData());
  const errors = draftProblems(values, intent === 'submit' ? 'submit' : 'save', locale);
  if (intent === 'preview') return { values, errors, preview: values } satisfies DraftFormResult;
  if (Object.keys(errors).length > 0) {
    return fail(400, { values, errors, message: proposalTexts(locale)('formProblem') } satisfies DraftFormResult);
  }
  const input = draftInputOf(values);
  const saved = documentId ? await updateDraft(caller, documentId, input) : await createDraft(caller, input);
  if (saved.kind !== 'ok') {
    const problem = refusalOrUnavailable(saved, locale);
    const fieldErrors = saved.kind === 'refused' ? saved.fieldErrors : {};
    return fail(problem.status, { values, errors: fieldErrors, message: problem.message } satisfies DraftFormResult);
  }
  const id = saved.data.documentId;
  if (intent === 'save') {
    if (!documentId) redirect(303, path(event.locals, `/voorstellen/${id}/bewerken?bewaard=1`));
    return { values, errors: {}, saved: true } satisfies DraftFormResult;
  }
  if (saved.data.stage === 'draft') {
    const submitted = await initiatorAction(caller, id, 'submit');
    if (submitted.kind !== 'ok') {
      // The draft is saved; on its own page the person sees why it could not be submitted.
      if (!documentId) redirect(303, path(event.locals, `/voorstellen/${id}/bewerken?bewaard=1`));
      const problem = refusalOrUnavailable(submitted, locale);
      const fieldErrors = submitted.kind === 'refused' ? submitted.fieldErrors : {};
      return fail(problem.status, { values, errors: fieldErrors, message: problem.message } satisfies DraftFormResult);
    }
  }
  redirect(303, path(event.locals, `/voorstellen/${id}?ingediend=1`));
}
