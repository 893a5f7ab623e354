/**
 * Notifications: the initiators and the followers of a proposal get an e-mail on each stage change
 * (followers only once it is public). One mail per person, so no one sees another's address. Sent
 * after the change committed and in the background: a mail that fails is logged (without address)
 * and never undoes or delays the change.
 */
import type { Core } from '@strapi/strapi';
import { isPublicStage, PORTAL_PATHS } from '../../../shared/contracts';
import { composeStageMail, type Audience, type Change } from '../domain/notification';
import { agendaItemRecordSchema, createStore, PROPOSAL_POPULATE, proposalRecordSchema } from '../store';
import { getService } from './get-service';

const meetingDateFormat = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Brussels',
});

export const createNotifierService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  function mailConfigured(): boolean {
    const provider = strapi.config.get('plugin::email.provider') as string | undefined;
    // Strapi's default provider pipes to a local sendmail binary, which a city server may not have.
    return Boolean(provider) && provider !== 'sendmail';
  }

  async function recipients(
    documentId: string,
    initiatorId: number | null,
    includeFollowers: boolean,
  ): Promise<Map<number, Audience>> {
    const audience = new Map<number, Audience>();
    if (includeFollowers) {
      const follows = (await store.follows.findMany({
        where: { proposalDocumentId: documentId },
        select: ['userId'],
      })) as Array<{ userId: number }>;
      for (const follow of follows) audience.set(follow.userId, 'follower');
    }
    const co = (await store.coInitiators.findMany({
      where: { proposalDocumentId: documentId, userId: { $notNull: true } },
      select: ['userId'],
    })) as Array<{ userId: number }>;
    for (const person of co) audience.set(person.userId, 'initiator');
    if (initiatorId !== null) audience.set(initiatorId, 'initiator');
    return audience;
  }

  async function send(documentId: string, changes: Change[]): Promise<void> {
    const found = await store.proposals.findOne({ documentId, populate: PROPOSAL_POPULATE });
    if (!found) return;
    const proposal = proposalRecordSchema.parse(found);
    const item = await store.agendaItems.findFirst({
      filters: { proposalDocumentId: proposal.documentId },
      populate: { meeting: { fields: ['title', 'body', 'startsAt'] } },
    });
    const meeting = item ? agendaItemRecordSchema.parse(item).meeting : null;
    const facts = {
      title: proposal.title,
      link: `${getService(strapi, 'settings').get().portalUrl}${PORTAL_PATHS.proposal(proposal.documentId)}`,
      supportThreshold: proposal.supportThreshold,
      supportCount: proposal.supportCount,
      outcome: proposal.answerOutcome,
      meetingDate: meeting ? meetingDateFormat.format(meeting.startsAt) : null,
    };
    const audience = await recipients(
      proposal.documentId,
      proposal.initiator?.id ?? null,
      isPublicStage(proposal.stage),
    );
    if (audience.size === 0) return;
    const users = (await store.users.findMany({
      where: { id: { $in: [...audience.keys()] }, blocked: { $ne: true } },
      select: ['id', 'email'],
    })) as Array<{ id: number; email: string | null }>;
    for (const user of users) {
      if (!user.email) continue;
      const mail = composeStageMail(changes, facts, audience.get(user.id) ?? 'follower');
      try {
        await strapi.plugin('email').service('email').send({ to: user.email, subject: mail.subject, text: mail.text });
      } catch (error) {
        // The name only: a mail error message can contain the address.
        strapi.log.warn(
          `Burgervoorstellen: melding over ${proposal.documentId} niet verstuurd: ${(error as Error).name}`,
        );
      }
    }
  }

  return {
    /** Called after the commit of one or more transitions of the same proposal. Does not wait for the mails. */
    stageChanged(documentId: string, changes: readonly Change[]): void {
      if (!mailConfigured() || changes.length === 0) return;
      void send(documentId, [...changes]).catch((error: unknown) => {
        strapi.log.warn(`Burgervoorstellen: meldingen over ${documentId} niet verstuurd: ${(error as Error).name}`);
      });
    },
  };
};

export type NotifierService = ReturnType<typeof createNotifierService>;
