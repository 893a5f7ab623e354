import { describe, expect, it } from 'vitest';
import { phasesWithState, todayInBrussels } from './phases';

const states = (phases: Parameters<typeof phasesWithState>[0], today: string) =>
  phasesWithState(phases, today).map((phase) => phase.state);

describe('phasesWithState', () => {
  const phases = [
    { startDate: '2025-05-01', endDate: '2025-06-30' },
    { startDate: '2025-01-01', endDate: '2025-03-31' },
    { startDate: '2025-09-01', endDate: null },
  ];

  it('sorts by start date and marks the running phase current', () => {
    expect(phasesWithState(phases, '2025-05-15').map((phase) => phase.startDate)).toEqual([
      '2025-01-01',
      '2025-05-01',
      '2025-09-01',
    ]);
    expect(states(phases, '2025-05-15')).toEqual(['done', 'current', 'upcoming']);
  });

  it('counts the first and last day of a phase as inside it', () => {
    expect(states(phases, '2025-05-01')).toEqual(['done', 'current', 'upcoming']);
    expect(states(phases, '2025-06-30')).toEqual(['done', 'current', 'upcoming']);
  });

  it('has no current phase between two phases or before the first', () => {
    expect(states(phases, '2025-04-10')).toEqual(['done', 'upcoming', 'upcoming']);
    expect(states(phases, '2024-12-31')).toEqual(['upcoming', 'upcoming', 'upcoming']);
  });

  it('lets a last phase without an end date run on', () => {
    expect(states(phases, '2031-01-01')).toEqual(['done', 'done', 'current']);
  });

  it('ends an open-ended phase when the next one starts', () => {
    const open = [
      { startDate: '2025-01-01', endDate: null },
      { startDate: '2025-02-01', endDate: '2025-02-28' },
    ];
    expect(states(open, '2025-01-31')).toEqual(['current', 'upcoming']);
    expect(states(open, '2025-02-01')).toEqual(['done', 'current']);
  });

  it('picks the phase that started last when phases overlap', () => {
    const overlapping = [
      { startDate: '2025-01-01', endDate: '2025-12-31' },
      { startDate: '2025-03-01', endDate: '2025-04-30' },
    ];
    expect(states(overlapping, '2025-03-15')).toEqual(['ongoing', 'current']);
    expect(states(overlapping, '2025-05-01')).toEqual(['current', 'done']);
  });
});

describe('todayInBrussels', () => {
  it('uses the Brussels calendar day, not UTC', () => {
    expect(todayInBrussels(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(todayInBrussels(new Date('2025-01-15T12:00:00Z'))).toBe('2025-01-15');
  });
});
