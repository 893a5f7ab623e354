/**
 * E-mail notifications between the two sides of a match. They carry no contact details and no
 * message text: only what happened, the request's title and a link to the platform, where the
 * resident reads the rest after logging in. Mail goes out through Strapi's email plugin when a
 * real provider is configured; a failed mail never fails the action that caused it.
 */
import type { Core } from '@strapi/strapi';
import { PORTAL_PATHS } from '../../../shared/paths';
import { createStore } from '../store';

export type NotificationKind = 'response' | 'invitation' | 'accepted' | 'declined' | 'withdrawn' | 'message';

const SUBJECTS: Record<NotificationKind, (title: string) => string> = {
  response: (title) => `Iemand wil helpen bij je hulpvraag „${title}”`,
  invitation: (title) => `Je bent uitgenodigd om te helpen bij „${title}”`,
  accepted: (title) => `Akkoord: jullie match voor „${title}” is rond`,
  declined: (title) => `Je match voor „${title}” werd niet aanvaard`,
  withdrawn: (title) => `Je match voor „${title}” werd ingetrokken`,
  message: (title) => `Nieuw bericht over „${title}”`,
};

const LEADS: Record<NotificationKind, string> = {
  response: 'Een vrijwilliger heeft gereageerd op je hulpvraag. Bekijk de reactie en laat weten of je akkoord gaat.',
  invitation: 'Iemand nodigt je uit om te helpen. Bekijk de hulpvraag en laat weten of je akkoord gaat.',
  accepted: 'Jullie zijn allebei akkoord. Op het platform zien jullie nu elkaars contactgegevens.',
  declined:
    'De andere kant is niet op je voorstel ingegaan. Misschien past een andere hulpvraag of een ander aanbod wel.',
  withdrawn:
    'De andere kant heeft de match ingetrokken. Jullie contactgegevens zijn niet langer zichtbaar voor elkaar.',
  message: 'Je hebt een nieuw bericht gekregen. Lees het op het platform.',
};

export function composeNotification(kind: NotificationKind, requestTitle: string, link: string) {
  const text = [
    'Hallo,',
    '',
    LEADS[kind],
    '',
    link,
    '',
    '—',
    'Je krijgt deze e-mail omdat je meedoet aan vrijwilligerswerk op het participatieplatform van de stad.',
    'Contactgegevens worden pas gedeeld als beide kanten akkoord gaan.',
  ].join('\n');
  return { subject: SUBJECTS[kind](requestTitle), text };
}

export const createNotificationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  function mailConfigured(): boolean {
    const provider = strapi.config.get('plugin::email.provider') as string | undefined;
    // Strapi's default provider pipes to a local sendmail binary, which does not exist here.
    return Boolean(provider) && provider !== 'sendmail';
  }

  return {
    async notify(recipientUserId: number, kind: NotificationKind, match: { documentId: string; requestTitle: string }) {
      if (!mailConfigured()) return;
      try {
        const recipient = await store.users.findFirst({
          filters: { id: recipientUserId },
          fields: ['email', 'blocked'],
        });
        if (!recipient?.email || recipient.blocked) return;
        const portalUrl = String(strapi.plugin('volunteering').config('portalUrl')).replace(/\/$/, '');
        const { subject, text } = composeNotification(
          kind,
          match.requestTitle,
          portalUrl + PORTAL_PATHS.match(match.documentId),
        );
        await strapi.plugin('email').service('email').send({ to: recipient.email, subject, text });
      } catch (error) {
        // Name only: a mail error message can contain the recipient's address.
        strapi.log.warn(
          `Vrijwilligerswerk: melding (${kind}) voor match ${match.documentId} niet verstuurd: ${(error as Error).name}`,
        );
      }
    },
  };
};
