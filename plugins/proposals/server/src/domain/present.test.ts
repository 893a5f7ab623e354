import { describe, expect, it } from 'vitest';
import { proposalDetailSchema, proposalSummarySchema } from '../../../shared/contracts';
import type { ProposalRecord } from '../store';
import { toDetail, toSummary } from './present';

const now = new Date('2026-03-10T12:00:00Z');
const proposal: ProposalRecord = {
  id: 7,
  documentId: 'k3x9m2p8q1w4e6r7t0y5u3i2',
  title: 'Een fietsstraat in de Kerkstraat',
  summary: 'Maak van de Kerkstraat een fietsstraat.',
  body: 'Uitleg.',
  stage: 'open-for-support',
  topic: { name: 'Mobiliteit', slug: 'mobiliteit' },
  district: null,
  initiator: { id: 42 },
  initiatorDisplayName: 'Ouders van de Kerkstraat',
  supportCount: 25,
  supportThreshold: 100,
  supportOpensAt: new Date('2026-03-01T12:00:00Z'),
  supportClosesAt: new Date('2026-05-30T12:00:00Z'),
  ballotDocumentId: 'b0b0b0b0b0b0b0b0b0b0b0b0',
  publicSince: new Date('2026-03-01T12:00:00Z'),
  submittedAt: new Date('2026-02-20T12:00:00Z'),
  thresholdReachedAt: null,
  competenceReason: null,
  answerOutcome: null,
  officialAnswer: null,
  answeredAt: null,
  createdAt: new Date('2026-02-19T12:00:00Z'),
  updatedAt: new Date('2026-03-01T12:00:00Z'),
};

describe('the public face of a proposal', () => {
  it('fits the portal contract and shows progress and days left', () => {
    const summary = proposalSummarySchema.parse(toSummary(proposal, now));
    expect(summary).toMatchObject({
      progress: 0.25,
      supportsNeeded: 75,
      daysLeft: 81,
      path: '/voorstellen/k3x9m2p8q1w4e6r7t0y5u3i2',
    });
  });

  it('never carries the initiator’s account', () => {
    const detail = toDetail(proposal, { transitions: [], coInitiators: ['Buurtcomité'], agendaItem: null }, now);
    expect(proposalDetailSchema.parse(detail)).toBeTruthy();
    expect(JSON.stringify(detail)).not.toContain('"initiator"');
    expect(JSON.stringify(detail)).not.toContain('42');
  });

  it('has no days left once the period is over, and hides the ballot before the proposal is public', () => {
    expect(toSummary({ ...proposal, supportClosesAt: new Date('2026-03-09T00:00:00Z') }, now).daysLeft).toBeNull();
    expect(
      toDetail({ ...proposal, stage: 'screening' }, { transitions: [], coInitiators: [], agendaItem: null }, now)
        .ballot,
    ).toBeNull();
  });
});
