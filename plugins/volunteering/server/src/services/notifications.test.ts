import { describe, expect, it } from 'vitest';
import { composeNotification, type NotificationKind } from './notifications';

describe('notification e-mails', () => {
  const kinds: NotificationKind[] = ['response', 'invitation', 'accepted', 'declined', 'withdrawn', 'message'];

  it.each(kinds)('%s: names the request, links to the match, and carries nothing else', (kind) => {
    const { subject, text } = composeNotification(
      kind,
      'Boodschappen voor mama',
      'https://portaal.example/vrijwilligers/mijn/matches/abc',
    );
    expect(subject).toContain('„Boodschappen voor mama”');
    expect(text).toContain('https://portaal.example/vrijwilligers/mijn/matches/abc');
    expect(text).not.toMatch(/@/);
    expect(text).toContain('Contactgegevens worden pas gedeeld als beide kanten akkoord gaan.');
  });
});
