import { describe, expect, it } from 'vitest';
import {
  ballotState,
  checkChoices,
  effectiveOptions,
  resultsArePublic,
  shapeProblems,
  windowRefusal,
} from './ballot-rules';

const at = (iso: string) => new Date(iso);
const window = { opensAt: at('2026-03-01T00:00:00Z'), closesAt: at('2026-05-30T00:00:00Z') };
const colours = [
  { key: 'rood', label: 'Rood' },
  { key: 'groen', label: 'Groen' },
  { key: 'blauw', label: 'Blauw' },
];

describe('ballot window', () => {
  it('is upcoming before it opens, open inside, closed from the closing instant on', () => {
    expect(ballotState(window, at('2026-02-28T23:59:59Z'))).toBe('upcoming');
    expect(ballotState(window, at('2026-03-01T00:00:00Z'))).toBe('open');
    expect(ballotState(window, at('2026-05-29T23:59:59.999Z'))).toBe('open');
    expect(ballotState(window, at('2026-05-30T00:00:00Z'))).toBe('closed');
  });

  it('stays open without a closing date', () => {
    expect(ballotState({ opensAt: window.opensAt, closesAt: null }, at('2099-01-01T00:00:00Z'))).toBe('open');
  });

  it('names the refusal for a vote outside the window', () => {
    expect(windowRefusal(window, at('2026-01-01T00:00:00Z'))).toBe('not-open-yet');
    expect(windowRefusal(window, at('2026-06-01T00:00:00Z'))).toBe('closed');
    expect(windowRefusal(window, at('2026-04-01T00:00:00Z'))).toBeNull();
  });
});

describe('choices', () => {
  it('accepts a support with no choice or the support option, and nothing else', () => {
    const support = { kind: 'support' as const, options: [], maxChoices: 1 };
    expect(checkChoices(support, [])).toEqual({ ok: true, choices: ['support'] });
    expect(checkChoices(support, ['support'])).toEqual({ ok: true, choices: ['support'] });
    expect(checkChoices(support, ['support', 'support'])).toEqual({ ok: false, reason: 'invalid-choice' });
    expect(checkChoices(support, ['yes'])).toEqual({ ok: false, reason: 'invalid-choice' });
  });

  it('takes exactly one of yes or no', () => {
    const yesNo = { kind: 'yes-no' as const, options: [], maxChoices: 1 };
    expect(checkChoices(yesNo, ['no'])).toEqual({ ok: true, choices: ['no'] });
    expect(checkChoices(yesNo, ['yes', 'no'])).toEqual({ ok: false, reason: 'invalid-choice' });
    expect(checkChoices(yesNo, [])).toEqual({ ok: false, reason: 'invalid-choice' });
  });

  it('takes one known option in a single-choice ballot', () => {
    const single = { kind: 'single' as const, options: colours, maxChoices: 1 };
    expect(checkChoices(single, ['groen'])).toEqual({ ok: true, choices: ['groen'] });
    expect(checkChoices(single, ['paars'])).toEqual({ ok: false, reason: 'invalid-choice' });
    expect(checkChoices(single, ['rood', 'groen'])).toEqual({ ok: false, reason: 'invalid-choice' });
  });

  it('takes up to the maximum in a multiple-choice ballot, sorted, and refuses duplicates', () => {
    const multiple = { kind: 'multiple' as const, options: colours, maxChoices: 2 };
    expect(checkChoices(multiple, ['rood', 'blauw'])).toEqual({ ok: true, choices: ['blauw', 'rood'] });
    expect(checkChoices(multiple, ['rood', 'blauw', 'groen'])).toEqual({ ok: false, reason: 'invalid-choice' });
    expect(checkChoices(multiple, ['rood', 'rood'])).toEqual({ ok: false, reason: 'invalid-choice' });
    expect(checkChoices(multiple, [])).toEqual({ ok: false, reason: 'invalid-choice' });
  });
});

describe('ballot definition', () => {
  it('has fixed options for support and yes/no', () => {
    expect(effectiveOptions('support', colours).map((option) => option.key)).toEqual(['support']);
    expect(effectiveOptions('yes-no', colours).map((option) => option.key)).toEqual(['yes', 'no']);
    expect(effectiveOptions('single', colours)).toEqual(colours);
  });

  it('refuses too few options, duplicates and an impossible maximum', () => {
    expect(shapeProblems({ kind: 'single', options: colours.slice(0, 1), maxChoices: 1 })).toContain('too-few-options');
    expect(shapeProblems({ kind: 'single', options: [colours[0]!, colours[0]!], maxChoices: 1 })).toContain(
      'duplicate-option',
    );
    expect(shapeProblems({ kind: 'multiple', options: colours, maxChoices: 4 })).toContain('max-choices');
    expect(shapeProblems({ kind: 'single', options: colours, maxChoices: 2 })).toContain('max-choices');
    expect(shapeProblems({ kind: 'multiple', options: colours, maxChoices: 3 })).toEqual([]);
    expect(shapeProblems({ kind: 'support', options: [], maxChoices: 1 })).toEqual([]);
  });
});

describe('results visibility', () => {
  const during = at('2026-04-01T00:00:00Z');
  const after = at('2026-06-01T00:00:00Z');
  it('shows live results always, after-close results only once closed, never-results never', () => {
    expect(resultsArePublic('live', window, during)).toBe(true);
    expect(resultsArePublic('after-close', window, during)).toBe(false);
    expect(resultsArePublic('after-close', window, after)).toBe(true);
    expect(resultsArePublic('never', window, after)).toBe(false);
  });
});
