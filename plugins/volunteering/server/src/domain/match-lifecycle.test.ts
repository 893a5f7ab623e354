import { describe, expect, it } from 'vitest';
import { allowedCommands, contactVisible, decide, isActive, type MatchState } from './match-lifecycle';

const NOW = '2026-05-04T10:00:00.000Z';
const responded: MatchState = {
  lifecycle: 'pending',
  volunteerConsentAt: '2026-05-03T10:00:00.000Z',
  requesterConsentAt: null,
};
const invited: MatchState = {
  lifecycle: 'pending',
  volunteerConsentAt: null,
  requesterConsentAt: '2026-05-03T10:00:00.000Z',
};
const accepted: MatchState = {
  lifecycle: 'accepted',
  volunteerConsentAt: '2026-05-03T10:00:00.000Z',
  requesterConsentAt: '2026-05-03T11:00:00.000Z',
};

describe('accepting', () => {
  it('by the second side makes the match accepted and reveals contact details', () => {
    const decision = decide(responded, 'requester', 'accept', NOW);
    expect(decision).toEqual({ ok: true, change: { requesterConsentAt: NOW, lifecycle: 'accepted', acceptedAt: NOW } });
    if (!decision.ok) throw new Error('unreachable');
    expect(contactVisible({ ...responded, ...decision.change })).toBe(true);
  });

  it('works the other way round for an invitation', () => {
    expect(decide(invited, 'volunteer', 'accept', NOW)).toEqual({
      ok: true,
      change: { volunteerConsentAt: NOW, lifecycle: 'accepted', acceptedAt: NOW },
    });
  });

  it('twice is refused, by either side', () => {
    expect(decide(responded, 'volunteer', 'accept', NOW)).toEqual({
      ok: false,
      message: 'Je hebt deze match al aanvaard.',
    });
    expect(decide(accepted, 'requester', 'accept', NOW)).toEqual({
      ok: false,
      message: 'Je hebt deze match al aanvaard.',
    });
  });

  it('an ended match is refused', () => {
    for (const lifecycle of ['declined', 'withdrawn'] as const) {
      expect(decide({ ...responded, lifecycle }, 'requester', 'accept', NOW)).toEqual({
        ok: false,
        message: 'Deze match is beëindigd.',
      });
    }
  });
});

describe('declining and withdrawing', () => {
  it('the side that has not consented declines; the side that has withdraws', () => {
    expect(decide(responded, 'requester', 'decline', NOW)).toEqual({
      ok: true,
      change: { lifecycle: 'declined', endedAt: NOW, endedBy: 'requester' },
    });
    expect(decide(responded, 'volunteer', 'decline', NOW).ok).toBe(false);
    expect(decide(responded, 'volunteer', 'withdraw', NOW)).toEqual({
      ok: true,
      change: { lifecycle: 'withdrawn', endedAt: NOW, endedBy: 'volunteer' },
    });
    expect(decide(responded, 'requester', 'withdraw', NOW).ok).toBe(false);
  });

  it('either side may withdraw an accepted match, which hides contact details again', () => {
    for (const side of ['volunteer', 'requester'] as const) {
      const decision = decide(accepted, side, 'withdraw', NOW);
      expect(decision.ok).toBe(true);
      if (!decision.ok) throw new Error('unreachable');
      expect(contactVisible({ ...accepted, ...decision.change })).toBe(false);
    }
  });
});

describe('contact visibility', () => {
  it('needs the accepted lifecycle and both consents', () => {
    expect(contactVisible(accepted)).toBe(true);
    expect(contactVisible(responded)).toBe(false);
    expect(contactVisible(invited)).toBe(false);
    expect(contactVisible({ ...accepted, requesterConsentAt: null })).toBe(false);
    expect(contactVisible({ ...accepted, lifecycle: 'withdrawn' })).toBe(false);
  });
});

describe('what each side may do', () => {
  it('offers the buttons that make sense', () => {
    expect(allowedCommands(responded, 'requester')).toEqual({
      accept: true,
      decline: true,
      withdraw: false,
      message: true,
    });
    expect(allowedCommands(responded, 'volunteer')).toEqual({
      accept: false,
      decline: false,
      withdraw: true,
      message: true,
    });
    expect(allowedCommands(accepted, 'volunteer')).toEqual({
      accept: false,
      decline: false,
      withdraw: true,
      message: true,
    });
    expect(allowedCommands({ ...accepted, lifecycle: 'withdrawn' }, 'requester')).toEqual({
      accept: false,
      decline: false,
      withdraw: false,
      message: false,
    });
  });

  it('counts pending and accepted matches as active', () => {
    expect([
      isActive(responded),
      isActive(accepted),
      isActive({ lifecycle: 'declined' }),
      isActive({ lifecycle: 'withdrawn' }),
    ]).toEqual([true, true, false, false]);
  });
});
