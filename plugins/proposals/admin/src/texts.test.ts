import { describe, expect, it } from 'vitest';
import { ACTION_TEXTS, supportLine, waitingFor } from './texts';

describe('the texts of the participation officer’s screens', () => {
  const now = new Date('2026-12-04T12:00:00Z');

  it('say how long a proposal has waited, in whole days', () => {
    expect(waitingFor('2026-12-04T08:00:00Z', now)).toBe('vandaag ingediend');
    expect(waitingFor('2026-12-03T11:00:00Z', now)).toBe('1 dag');
    expect(waitingFor('2026-11-20T12:00:00Z', now)).toBe('14 dagen');
    expect(waitingFor(null, now)).toBe('—');
  });

  it('count supports against the threshold once there is one, in the portal’s words', () => {
    expect(supportLine(2, 100)).toBe('2 van 100 steunbetuigingen');
    expect(supportLine(0, null)).toBe('0 steunbetuigingen');
  });

  it('give every step its own button text', () => {
    const buttons = Object.values(ACTION_TEXTS).map((text) => text.button);
    expect(new Set(buttons).size).toBe(buttons.length);
  });
});
