/**
 * Council meetings and the agenda. A proposal that reaches its threshold gets exactly one agenda
 * item (unique index on the proposal), on the first meeting at least the lead time away; when no
 * meeting is planned that far ahead the item waits without one and is placed, with the proposal
 * moving to "on the agenda", as soon as staff add a fitting meeting (or at the next scheduled run).
 */
import type { Core } from '@strapi/strapi';
import { PORTAL_PATHS, type CouncilMeeting } from '../../../shared/contracts';
import { councilCalendar } from '../domain/icalendar';
import { nextMeetingFor } from '../domain/support-progress';
import {
  agendaItemRecordSchema,
  createStore,
  meetingRecordSchema,
  type MeetingRecord,
  type ProposalRecord,
} from '../store';
import { getService } from './get-service';

const MEETING_FIELDS = ['title', 'body', 'startsAt', 'endsAt', 'location', 'updatedAt'];

export const createAgendaService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);
  const settings = () => getService(strapi, 'settings').get();
  let placing: Promise<number> | undefined;

  async function upcomingMeetings(now: Date): Promise<MeetingRecord[]> {
    const rows = await store.meetings.findMany({
      filters: { startsAt: { $gte: now } },
      sort: ['startsAt:asc', 'id:asc'],
      fields: MEETING_FIELDS,
      limit: 100,
    });
    return rows.map((row) => meetingRecordSchema.parse(row));
  }

  async function meetingFor(now: Date): Promise<MeetingRecord | null> {
    return nextMeetingFor(await upcomingMeetings(now), now, settings().agendaLeadDays);
  }

  async function itemsOf(meetingDocumentIds: string[]) {
    if (meetingDocumentIds.length === 0) return [];
    const rows = await store.agendaItems.findMany({
      filters: { meeting: { documentId: { $in: meetingDocumentIds } } },
      populate: { meeting: { fields: MEETING_FIELDS } },
      sort: ['queuedAt:asc', 'id:asc'],
    });
    return rows.map((row) => agendaItemRecordSchema.parse(row));
  }

  /** Meetings with their public agenda (in the order the items were queued). */
  async function meetingsWithAgenda(filters: Record<string, unknown>, sort: string[], limit: number) {
    const meetings = (await store.meetings.findMany({ filters, sort, fields: MEETING_FIELDS, limit })).map((row) =>
      meetingRecordSchema.parse(row),
    );
    const items = await itemsOf(meetings.map((meeting) => meeting.documentId));
    return meetings.map((meeting) => ({
      meeting,
      agenda: items
        .filter((item) => item.meeting?.documentId === meeting.documentId)
        .map((item, index) => ({
          position: index + 1,
          title: item.title,
          proposal: item.proposalDocumentId,
          path: PORTAL_PATHS.proposal(item.proposalDocumentId),
        })),
    }));
  }

  function toPublic({ meeting, agenda }: Awaited<ReturnType<typeof meetingsWithAgenda>>[number]): CouncilMeeting {
    return {
      documentId: meeting.documentId,
      title: meeting.title,
      body: meeting.body,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt?.toISOString() ?? null,
      location: meeting.location,
      agenda,
    };
  }

  return {
    meetingFor,

    /** Inside the threshold transaction: the proposal's one agenda item; returns the meeting it went on, if any. */
    async queue(proposal: ProposalRecord, now: Date): Promise<MeetingRecord | null> {
      const meeting = await meetingFor(now);
      await store.agendaItems.create({
        data: {
          title: `Burgervoorstel: ${proposal.title}`.slice(0, 200),
          proposalDocumentId: proposal.documentId,
          meeting: meeting?.documentId ?? null,
          queuedAt: now,
        },
      });
      return meeting;
    },

    /** Places waiting agenda items on the first fitting meeting. One run at a time per process. */
    placeWaiting(now: Date = new Date()): Promise<number> {
      placing ??= (async () => {
        const meeting = await meetingFor(now);
        if (!meeting) return 0;
        const waiting = (
          await store.agendaItems.findMany({
            filters: { meeting: { id: { $null: true } } },
            sort: ['queuedAt:asc', 'id:asc'],
          })
        ).map((row) => agendaItemRecordSchema.parse(row));
        let placed = 0;
        for (const item of waiting) {
          const moved = await getService(strapi, 'lifecycle').systemTransition(
            item.proposalDocumentId,
            'place-on-agenda',
            now,
            async () => {
              await store.agendaItems.update({ documentId: item.documentId, data: { meeting: meeting.documentId } });
            },
          );
          if (moved) placed += 1;
        }
        return placed;
      })().finally(() => {
        placing = undefined;
      });
      return placing;
    },

    /** Upcoming meetings first, then the most recent past ones, each with its public agenda. */
    async list(now: Date = new Date()): Promise<{ upcoming: CouncilMeeting[]; past: CouncilMeeting[] }> {
      const [upcoming, past] = await Promise.all([
        meetingsWithAgenda({ startsAt: { $gte: now } }, ['startsAt:asc', 'id:asc'], 50),
        meetingsWithAgenda({ startsAt: { $lt: now } }, ['startsAt:desc', 'id:desc'], 50),
      ]);
      return { upcoming: upcoming.map(toPublic), past: past.map(toPublic) };
    },

    async findOne(documentId: string): Promise<CouncilMeeting | null> {
      const found = (await meetingsWithAgenda({ documentId: { $eq: documentId } }, ['startsAt:asc'], 1))[0];
      return found ? toPublic(found) : null;
    },

    /** The iCalendar feed: meetings from a year back on, each with its agenda in the description. */
    async calendar(now: Date = new Date()): Promise<string> {
      const since = new Date(now.getTime() - 365 * 86_400_000);
      const { portalUrl } = settings();
      const host = new URL(portalUrl).host;
      const meetings = await meetingsWithAgenda({ startsAt: { $gte: since } }, ['startsAt:asc', 'id:asc'], 500);
      return councilCalendar({
        name: 'Gemeenteraad',
        productId: '-//Denkmee//Gemeenteraad//NL',
        meetings: meetings.map(({ meeting, agenda }) => ({
          uid: `${meeting.documentId}@${host}`,
          title: meeting.title,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          location: meeting.location,
          description:
            agenda.length === 0
              ? 'De agenda wordt later bekendgemaakt.'
              : ['Burgervoorstellen op de agenda:', ...agenda.map((item) => `${item.position}. ${item.title}`)].join(
                  '\n',
                ),
          url: `${portalUrl}${PORTAL_PATHS.meetings}`,
          updatedAt: meeting.updatedAt ?? now,
        })),
      });
    },
  };
};

export type AgendaService = ReturnType<typeof createAgendaService>;
