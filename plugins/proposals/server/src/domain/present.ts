/**
 * What the public sees of a proposal: an explicit list of fields, never the stored entry (which
 * holds the initiator's account). The figures (progress, days left) are computed for `now`.
 */
import {
  isPublicStage,
  PORTAL_PATHS,
  SUPPORTABLE_STAGES,
  type ProposalDetail,
  type ProposalSummary,
  type Stage,
  type TimelineEntry,
} from '../../../shared/contracts';
import type { AgendaItemRecord, ProposalRecord, TransitionRecord } from '../store';
import { supportFigures } from './support-progress';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function takesSupport(proposal: Pick<ProposalRecord, 'stage' | 'supportClosesAt'>, now: Date): boolean {
  return (
    (SUPPORTABLE_STAGES as readonly Stage[]).includes(proposal.stage) &&
    proposal.supportClosesAt !== null &&
    proposal.supportClosesAt.getTime() > now.getTime()
  );
}

export function toSummary(proposal: ProposalRecord, now: Date): ProposalSummary {
  const figures = supportFigures(proposal, takesSupport(proposal, now), now);
  return {
    documentId: proposal.documentId,
    title: proposal.title,
    summary: proposal.summary,
    stage: proposal.stage,
    topic: proposal.topic,
    district: proposal.district,
    initiatorDisplayName: proposal.initiatorDisplayName,
    supportCount: proposal.supportCount,
    supportThreshold: proposal.supportThreshold,
    progress: figures.progress,
    supportsNeeded: figures.supportsNeeded,
    supportOpensAt: iso(proposal.supportOpensAt),
    supportClosesAt: iso(proposal.supportClosesAt),
    daysLeft: figures.daysLeft,
    publicSince: iso(proposal.publicSince),
    path: PORTAL_PATHS.proposal(proposal.documentId),
  };
}

export function toTimeline(transitions: readonly TransitionRecord[]): TimelineEntry[] {
  return [...transitions]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((transition) => ({
      at: transition.at.toISOString(),
      action: transition.action,
      from: transition.fromStage,
      to: transition.toStage,
      actorRole: transition.actorRole,
      actor: transition.actorLabel,
      note: transition.note,
    }));
}

export function toDetail(
  proposal: ProposalRecord,
  extras: {
    transitions: readonly TransitionRecord[];
    coInitiators: readonly string[];
    agendaItem: AgendaItemRecord | null;
  },
  now: Date,
): ProposalDetail {
  const meeting = extras.agendaItem?.meeting ?? null;
  return {
    ...toSummary(proposal, now),
    body: proposal.body,
    coInitiators: [...extras.coInitiators],
    timeline: toTimeline(extras.transitions),
    competenceReason: proposal.stage === 'not-within-competence' ? proposal.competenceReason : null,
    answer:
      proposal.stage === 'answered' && proposal.answerOutcome && proposal.officialAnswer && proposal.answeredAt
        ? {
            outcome: proposal.answerOutcome,
            text: proposal.officialAnswer,
            answeredAt: proposal.answeredAt.toISOString(),
          }
        : null,
    agenda: extras.agendaItem
      ? {
          meeting: meeting
            ? { documentId: meeting.documentId, title: meeting.title, startsAt: meeting.startsAt.toISOString() }
            : null,
        }
      : null,
    ballot: isPublicStage(proposal.stage) ? proposal.ballotDocumentId : null,
  };
}
