/**
 * The admin API of plugins/proposals (server/src/routes, "admin"), called with the admin panel's
 * own fetch client (it sends the staff member's token). The server decides everything: which
 * proposals staff see, which steps are allowed now, and whether the input is complete.
 */
import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import type { ProposalDetail, ProposalSummary, Stage, StaffTransition } from '../../shared/contracts';

export type StaffAction = StaffTransition['action'];

export interface StaffSummary extends ProposalSummary {
  submittedAt: string | null;
  actions: StaffAction[];
}

export interface StaffDetail extends ProposalDetail {
  actions: StaffAction[];
}

/** What the server said when it refused: its message, and per field what to fix. */
export interface Refusal {
  message: string;
  fields: Partial<Record<string, string>>;
}

const GENERIC_REFUSAL = 'Er ging iets mis. Probeer het opnieuw of herlaad de pagina.';

export function refusalFrom(error: unknown): Refusal {
  if (!isFetchError(error)) return { message: GENERIC_REFUSAL, fields: {} };
  const body = error.response?.data?.error as
    { message?: string; details?: { errors?: Array<{ path?: unknown[]; message?: string }> } } | undefined;
  const fields: Record<string, string> = {};
  for (const problem of body?.details?.errors ?? []) {
    const field = problem.path?.[0];
    if (typeof field === 'string' && problem.message && !fields[field]) fields[field] = problem.message;
  }
  return { message: body?.message || error.message || GENERIC_REFUSAL, fields };
}

type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; refusal: Refusal }
  | { state: 'ready'; data: T; replace: (data: T) => void };

/** GET one admin route; `replace` puts in what a later answer (a transition) returned. */
function useAdminGet<T>(path: string): Loaded<T> {
  const { get } = useFetchClient();
  const [result, setResult] = React.useState<
    { state: 'loading' } | { state: 'failed'; refusal: Refusal } | { state: 'ready'; data: T }
  >({ state: 'loading' });

  React.useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    get<{ data: T }>(path, { signal: controller.signal })
      .then((response) => setResult({ state: 'ready', data: response.data.data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'failed', refusal: refusalFrom(error) });
      });
    return () => controller.abort();
  }, [get, path]);

  if (result.state !== 'ready') return result;
  return { ...result, replace: (data: T) => setResult({ state: 'ready', data }) };
}

export const useScreeningQueue = () => useAdminGet<StaffSummary[]>('/proposals/screening-queue');

export const useProposalsInStage = (stage: Stage | null) =>
  useAdminGet<StaffSummary[]>(stage ? `/proposals/proposals?stage=${stage}` : '/proposals/proposals');

export const useProposal = (documentId: string) =>
  useAdminGet<StaffDetail>(`/proposals/proposals/${encodeURIComponent(documentId)}`);

export function useTransition(documentId: string) {
  const { post } = useFetchClient();
  return React.useCallback(
    async (request: StaffTransition): Promise<{ ok: true; data: StaffDetail } | { ok: false; refusal: Refusal }> => {
      try {
        const response = await post<{ data: StaffDetail }>(
          `/proposals/proposals/${encodeURIComponent(documentId)}/transitions`,
          request,
        );
        return { ok: true, data: response.data.data };
      } catch (error) {
        return { ok: false, refusal: refusalFrom(error) };
      }
    },
    [post, documentId],
  );
}
