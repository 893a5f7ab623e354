/**
 * The e-mail that invites a co-initiator. It names the proposal and the initiator's public display
 * name, and carries the single-use link; the invited address is kept only until the invitation is
 * accepted.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ProposalRecord } from '../store';

export const createInvitationsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async send(to: string, proposal: ProposalRecord, link: string): Promise<void> {
    const provider = strapi.config.get('plugin::email.provider') as string | undefined;
    if (!provider || provider === 'sendmail') {
      throw new errors.ApplicationError(
        'Uitnodigingen kunnen nu niet verstuurd worden: het platform kan geen e-mail versturen.',
      );
    }
    const text = [
      'Hallo,',
      '',
      `${proposal.initiatorDisplayName} nodigt je uit om mee het burgervoorstel „${proposal.title}” in te dienen.`,
      'Als mede-indiener schrijf je mee aan het voorstel tot de screening begint, en verschijnt je naam bij het voorstel.',
      '',
      'Aanvaarden kan via deze link (je meldt je aan en bevestigt wie je bent met je eID of itsme):',
      link,
      '',
      'Ken je dit voorstel niet? Dan kan je deze e-mail gewoon negeren.',
    ].join('\n');
    try {
      await strapi
        .plugin('email')
        .service('email')
        .send({ to, subject: `Uitnodiging: mee-indienen van „${proposal.title}”`, text });
    } catch (error) {
      strapi.log.warn(
        `Burgervoorstellen: uitnodiging voor ${proposal.documentId} niet verstuurd: ${(error as Error).name}`,
      );
      throw new errors.ApplicationError('De uitnodiging kon niet verstuurd worden. Probeer het later opnieuw.');
    }
  },
});

export type InvitationsService = ReturnType<typeof createInvitationsService>;
