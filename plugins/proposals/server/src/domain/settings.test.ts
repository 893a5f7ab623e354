import { describe, expect, it } from 'vitest';
import { expiryCronRule, parseDuration, readProposalSettings } from './settings';

const DAY = 86_400_000;

describe('proposal settings', () => {
  it('default to 100 supports in 90 days, on the first meeting at least 14 days away', () => {
    expect(readProposalSettings({})).toEqual({
      supportThreshold: 100,
      supportPeriodMs: 90 * DAY,
      agendaLeadDays: 14,
      expiryCheckSeconds: 60,
      portalUrl: 'http://127.0.0.1:3000',
    });
  });

  it('read the environment, treating empty values as unset', () => {
    const settings = readProposalSettings({
      PROPOSALS_SUPPORT_THRESHOLD: '300',
      PROPOSALS_SUPPORT_PERIOD: 'PT30S',
      PROPOSALS_AGENDA_LEAD_DAYS: '',
      PORTAL_URL: 'https://denkmee.lokeren.be/',
    });
    expect(settings).toMatchObject({
      supportThreshold: 300,
      supportPeriodMs: 30_000,
      agendaLeadDays: 14,
      portalUrl: 'https://denkmee.lokeren.be',
    });
  });

  it('stop start-up with a message naming the wrong variable', () => {
    expect(() => readProposalSettings({ PROPOSALS_SUPPORT_THRESHOLD: '0' })).toThrow(
      /PROPOSALS_SUPPORT_THRESHOLD moet minstens 1 zijn/,
    );
    expect(() => readProposalSettings({ PROPOSALS_SUPPORT_THRESHOLD: 'honderd' })).toThrow(
      /PROPOSALS_SUPPORT_THRESHOLD/,
    );
    expect(() => readProposalSettings({ PROPOSALS_SUPPORT_PERIOD: '90 dagen' })).toThrow(
      /PROPOSALS_SUPPORT_PERIOD moet een ISO 8601-duur/,
    );
    expect(() => readProposalSettings({ PROPOSALS_SUPPORT_PERIOD: 'P5000D' })).toThrow(/PROPOSALS_SUPPORT_PERIOD/);
    expect(() => readProposalSettings({ PORTAL_URL: 'geen url' })).toThrow(/PORTAL_URL/);
  });
});

describe('ISO 8601 durations', () => {
  it('read days, hours, minutes and seconds', () => {
    expect(parseDuration('P90D')).toBe(90 * DAY);
    expect(parseDuration('P1DT2H3M4S')).toBe(DAY + 2 * 3_600_000 + 3 * 60_000 + 4_000);
    expect(parseDuration('pt10m')).toBe(600_000);
  });

  it('refuse what is not a duration', () => {
    for (const text of ['', 'P', 'PT', 'P1DT', '90', 'P1W', 'P1.5D', '-P1D'])
      expect(parseDuration(text), text).toBeNull();
  });
});

describe('expiry check schedule', () => {
  it('runs every N seconds below a minute and every few minutes above', () => {
    expect(expiryCronRule(5)).toBe('*/5 * * * * *');
    expect(expiryCronRule(60)).toBe('0 */1 * * * *');
    expect(expiryCronRule(600)).toBe('0 */10 * * * *');
    expect(expiryCronRule(3600)).toBe('0 0 * * * *');
  });
});
