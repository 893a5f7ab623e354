import { describe, expect, it } from 'vitest';
import { composeStageMail } from './notification';

const facts = {
  title: 'Een fietsstraat in de Kerkstraat',
  link: 'https://denkmee.lokeren.be/voorstellen/abc',
  supportThreshold: 100,
  supportCount: 100,
  outcome: null,
  meetingDate: '23 maart 2026',
};

describe('stage change e-mail', () => {
  it('announces the threshold and the agenda in one mail', () => {
    const mail = composeStageMail(
      [
        { action: 'reach-threshold', to: 'threshold-reached', note: null },
        { action: 'place-on-agenda', to: 'on-agenda', note: null },
      ],
      facts,
      'follower',
    );
    expect(mail.subject).toBe('Drempel gehaald: „Een fietsstraat in de Kerkstraat”');
    expect(mail.text).toContain('drempel van 100 steunbetuigingen gehaald');
    expect(mail.text).toContain('op de agenda van de gemeenteraad van 23 maart 2026');
    expect(mail.text).toContain(facts.link);
    expect(mail.text).toContain('omdat je dit voorstel volgt');
  });

  it('names the new stage and carries the public reason', () => {
    const mail = composeStageMail(
      [{ action: 'decline-competence', to: 'not-within-competence', note: 'Dit is een bevoegdheid van de provincie.' }],
      facts,
      'initiator',
    );
    expect(mail.subject).toBe('Burgervoorstel „Een fietsstraat in de Kerkstraat”: geen bevoegdheid van de stad');
    expect(mail.text).toContain('Motivering: Dit is een bevoegdheid van de provincie.');
    expect(mail.text).toContain('omdat je dit voorstel indiende');
  });
});
