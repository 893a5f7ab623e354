import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { proposalTexts } from '$lib/components/proposals/texts';
import {
  getProposal,
  initiatorAction,
  setFollowing,
  setSupport,
  stepMessage,
  type Caller,
  type Outcome,
} from '$lib/server/proposals';
import {
  callerOf,
  documentIdOf,
  path,
  refusalOrUnavailable,
  requireCaller,
  unavailablePage,
} from '../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { locals, url } = event;
  const documentId = documentIdOf(event);
  const caller = callerOf(event);
  // With a token the answer holds this person's state: the page must not be kept anywhere.
  // Anonymously it may be shared by the portal's page cache, but a browser must ask again: once the
  // visitor logs in, the support button depends on who they are.
  event.setHeaders({ 'cache-control': caller ? 'private, no-store' : 'public, no-cache' });
  const answer = await getProposal(documentId, caller);
  if (answer.kind === 'unavailable') unavailablePage(locals.locale);
  if (answer.kind === 'refused') error(404, { message: proposalTexts(locals.locale)('notFound') });
  const { data: proposal, meta } = answer.data;
  const viewer = meta.viewer;
  const maySupport = viewer?.maySupport ?? { allowed: false as const, step: 'log-in', message: '' };
  return {
    proposal,
    settings: meta.settings,
    viewer,
    loggedIn: caller !== null,
    supportStep: maySupport.allowed ? null : { step: maySupport.step, message: stepMessage(maySupport, locals.locale) },
    justSubmitted: url.searchParams.has('ingediend'),
    justAccepted: url.searchParams.has('aanvaard'),
  };
};

/** Support, withdraw, follow, unfollow: a refusal (window closed, already supported…) is a message on the page. */
async function personAction<Done extends Record<string, true>>(
  event: RequestEvent<{ id: string }>,
  run: (caller: Caller, documentId: string) => Promise<Outcome<unknown>>,
  done: Done,
) {
  const caller = requireCaller(event);
  const documentId = documentIdOf(event);
  const outcome = await run(caller, documentId);
  if (outcome.kind === 'ok') return done;
  const problem = refusalOrUnavailable(outcome, event.locals.locale);
  return fail(problem.status, { message: problem.message });
}

export const actions: Actions = {
  support: (event) => personAction(event, (caller, id) => setSupport(caller, id, true), { supported: true }),
  withdraw: (event) => personAction(event, (caller, id) => setSupport(caller, id, false), { withdrawn: true }),
  follow: (event) => personAction(event, (caller, id) => setFollowing(caller, id, true), { followed: true }),
  unfollow: (event) => personAction(event, (caller, id) => setFollowing(caller, id, false), { unfollowed: true }),
  retract: async (event) => {
    const caller = requireCaller(event);
    const documentId = documentIdOf(event);
    const outcome = await initiatorAction(caller, documentId, 'retract');
    if (outcome.kind !== 'ok') {
      const problem = refusalOrUnavailable(outcome, event.locals.locale);
      return fail(problem.status, { message: problem.message });
    }
    redirect(303, path(event.locals, `/voorstellen/${documentId}/bewerken?teruggetrokken=1`));
  },
};
