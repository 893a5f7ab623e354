import { describe, expect, it } from 'vitest';
import { STAGES, TRANSITION_ACTIONS, type Stage } from '../../../shared/contracts';
import { availableActions, isEditable, planTransition, TRANSITIONS } from './proposal-lifecycle';

describe('the happy path', () => {
  it('takes a proposal from draft to answered, each step by its own role', () => {
    const steps = [
      ['submit', 'initiator', {}],
      ['start-screening', 'participation-officer', {}],
      ['open-for-support', 'participation-officer', {}],
      ['reach-threshold', 'system', {}],
      ['place-on-agenda', 'system', {}],
      ['start-progress', 'participation-officer', {}],
      ['answer', 'participation-officer', { outcome: 'partly', answer: 'De stad legt de fietsstraat aan in 2027.' }],
    ] as const;
    let stage: Stage = 'draft';
    for (const [action, actor, input] of steps) {
      const plan = planTransition(stage, action, actor, input);
      expect(plan.ok, `${action} from ${stage}`).toBe(true);
      if (plan.ok) stage = plan.to;
    }
    expect(stage).toBe('answered');
  });

  it('expires an open proposal, and declines one outside the city’s competence with its public reason', () => {
    expect(planTransition('open-for-support', 'expire', 'system')).toMatchObject({ ok: true, to: 'expired' });
    const reason = 'De aanleg van snelwegen is een bevoegdheid van het Vlaamse Gewest.';
    expect(planTransition('screening', 'decline-competence', 'participation-officer', { reason })).toMatchObject({
      ok: true,
      to: 'not-within-competence',
      note: reason,
    });
  });
});

describe('refusals', () => {
  it('refuses answering a draft', () => {
    expect(
      planTransition('draft', 'answer', 'participation-officer', {
        outcome: 'realised',
        answer: 'Zo gezegd, zo gedaan en afgewerkt.',
      }),
    ).toEqual({ ok: false, problem: 'wrong-stage', allowedFrom: ['on-agenda', 'in-progress'] });
  });

  it('refuses a step by the wrong role: residents cannot screen, staff cannot reach a threshold', () => {
    expect(planTransition('submitted', 'start-screening', 'initiator')).toEqual({
      ok: false,
      problem: 'wrong-actor',
      actor: 'participation-officer',
    });
    expect(planTransition('open-for-support', 'reach-threshold', 'participation-officer')).toMatchObject({
      ok: false,
      problem: 'wrong-actor',
    });
    expect(planTransition('open-for-support', 'expire', 'initiator')).toMatchObject({
      ok: false,
      problem: 'wrong-actor',
    });
  });

  it('needs a public reason to decline or return, and an outcome and an answer to answer', () => {
    expect(planTransition('screening', 'decline-competence', 'participation-officer', { reason: '   ' })).toEqual({
      ok: false,
      problem: 'missing-field',
      fields: ['reason'],
    });
    expect(
      planTransition('in-progress', 'answer', 'participation-officer', { answer: 'Een antwoord zonder uitkomst.' }),
    ).toEqual({
      ok: false,
      problem: 'missing-field',
      fields: ['outcome'],
    });
    expect(planTransition('in-progress', 'answer', 'participation-officer', {})).toMatchObject({
      fields: ['outcome', 'answer'],
    });
  });

  it('never moves a proposal out of a final stage', () => {
    for (const final of ['answered', 'expired', 'not-within-competence'] as const) {
      for (const role of ['initiator', 'participation-officer', 'system'] as const) {
        expect(availableActions(final, role)).toEqual([]);
      }
    }
  });
});

describe('the transition table', () => {
  it('has a rule for every action, with known stages only', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...TRANSITION_ACTIONS].sort());
    for (const rule of Object.values(TRANSITIONS)) {
      expect(STAGES).toContain(rule.to);
      for (const from of rule.from) expect(STAGES).toContain(from);
    }
  });

  it('lets only the system decide thresholds, expiry and the agenda', () => {
    expect(availableActions('open-for-support', 'system').sort()).toEqual(['expire', 'reach-threshold']);
    expect(availableActions('open-for-support', 'participation-officer')).toEqual([]);
    expect(availableActions('threshold-reached', 'system')).toEqual(['place-on-agenda']);
  });

  it('offers the officer the screening choices', () => {
    expect(availableActions('screening', 'participation-officer').sort()).toEqual([
      'decline-competence',
      'open-for-support',
      'return-to-initiator',
    ]);
  });

  it('lets initiators edit until screening starts', () => {
    expect(STAGES.filter(isEditable)).toEqual(['draft', 'submitted']);
  });
});
