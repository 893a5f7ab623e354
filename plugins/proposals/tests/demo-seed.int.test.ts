/**
 * The Lokeren demo proposals (cms/src/seed/proposals.ts), as the shared integration Strapi seeded
 * them: every public stage is there, the supports are real votes (counters = recount = stored
 * votes), the timelines run forward in the past, and the council meetings are on the calendar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CouncilMeeting, ProposalDetail, ProposalSummary } from '../shared/contracts';
import { api, staffWithRole, type Staff } from './support';

const TITLES = {
  open: 'Maak van de Oude Bruggestraat een fietsstraat',
  openSmall: 'Schaduw en een waterspeelplek op het speelplein van Eksaarde',
  nearThreshold: 'Zitbanken en drinkwater langs de Durmewandeling',
  onAgenda: 'Een veilige oversteekplaats aan de Heirbrug voor schoolkinderen',
  answered: 'Ontharden en vergroenen van het kerkplein in Daknam',
  declined: 'Meer treinen tussen Lokeren en Gent in het weekend',
  expired: 'Een omheinde hondenweide aan het Oudenbos',
} as const;

interface Audit {
  equal: boolean;
  votes: number;
  offlineVotes: number;
}

let officer: Staff;
let byTitle: Map<string, ProposalDetail>;
let meetings: { upcoming: CouncilMeeting[]; past: CouncilMeeting[] };

beforeAll(async () => {
  officer = await staffWithRole('participation-officer');
  // Every public proposal, page by page: other test files add their own to the same Strapi.
  const all: ProposalSummary[] = [];
  for (let page = 1; page <= 20; page += 1) {
    const list = await api.call<ProposalSummary[]>('GET', `/api/proposals?pageSize=50&page=${page}`);
    expect(list.status, list.text).toBe(200);
    all.push(...list.body.data!);
    if (list.body.data!.length < 50) break;
  }
  byTitle = new Map();
  for (const title of Object.values(TITLES)) {
    const summary = all.find((item) => item.title === title);
    expect(summary, `demovoorstel ontbreekt: ${title}`).toBeDefined();
    const detail = await api.call<ProposalDetail>('GET', `/api/proposals/${summary!.documentId}`);
    expect(detail.status, detail.text).toBe(200);
    byTitle.set(title, detail.body.data!);
  }
  const listed = await api.call<typeof meetings>('GET', '/api/council-meetings');
  expect(listed.status, listed.text).toBe(200);
  meetings = listed.body.data!;
}, 120_000);

const proposal = (title: string) => byTitle.get(title)!;

describe('the demo proposals', () => {
  it('cover every public stage, with counts relative to the threshold', () => {
    expect(proposal(TITLES.open)).toMatchObject({ stage: 'open-for-support', supportThreshold: 100, supportCount: 61 });
    expect(proposal(TITLES.openSmall)).toMatchObject({ stage: 'open-for-support', supportCount: 23 });
    expect(proposal(TITLES.nearThreshold)).toMatchObject({ stage: 'open-for-support', supportCount: 96 });
    expect(proposal(TITLES.nearThreshold).supportsNeeded).toBe(4);
    expect(proposal(TITLES.onAgenda)).toMatchObject({ stage: 'on-agenda', supportCount: 114 });
    expect(proposal(TITLES.answered)).toMatchObject({ stage: 'answered', supportCount: 131 });
    expect(proposal(TITLES.answered).answer).toMatchObject({ outcome: 'partly' });
    expect(proposal(TITLES.answered).answer?.text).toMatch(/gemeenteraad/i);
    expect(proposal(TITLES.declined)).toMatchObject({ stage: 'not-within-competence', ballot: null });
    expect(proposal(TITLES.declined).competenceReason).toMatch(/NMBS/);
    expect(proposal(TITLES.expired)).toMatchObject({ stage: 'expired', supportCount: 37, daysLeft: null });
  });

  it('counts real votes: each tally equals a recount of the stored votes, all online', async () => {
    for (const title of Object.values(TITLES)) {
      const detail = proposal(title);
      if (detail.ballot === null) continue;
      const audit = await officer.call<Audit>('GET', `/votes/ballots/${detail.ballot}/audit`);
      expect(audit.status, audit.text).toBe(200);
      expect(audit.body.data).toMatchObject({ equal: true, votes: detail.supportCount, offlineVotes: 0 });
    }
  });

  it('tell their story over weeks: timelines from submission on, in the past, open ones still running', () => {
    const now = Date.now();
    for (const title of Object.values(TITLES)) {
      const moments = proposal(title).timeline.map((entry) => Date.parse(entry.at));
      expect(moments.length).toBeGreaterThanOrEqual(3);
      expect(proposal(title).timeline[0]?.action).toBe('submit');
      expect(moments.every((moment) => moment <= now)).toBe(true);
      expect(moments.at(-1)! - moments[0]!).toBeGreaterThan(5 * 86_400_000);
    }
    expect(proposal(TITLES.open).daysLeft).toBe(90 - 24);
    expect(proposal(TITLES.nearThreshold).daysLeft).toBeGreaterThan(0);
    expect(proposal(TITLES.answered).timeline.map((entry) => entry.action)).toEqual([
      'submit',
      'start-screening',
      'open-for-support',
      'reach-threshold',
      'place-on-agenda',
      'start-progress',
      'answer',
    ]);
    expect(proposal(TITLES.expired).timeline.at(-1)).toMatchObject({ action: 'expire', actor: 'Automatisch' });
    expect(proposal(TITLES.declined).timeline.at(-1)?.action).toBe('decline-competence');
  });

  it('put the council meetings on the calendar, with the proposals that made it on their agendas', () => {
    expect(meetings.past.length).toBeGreaterThanOrEqual(2);
    expect(meetings.upcoming.length).toBeGreaterThanOrEqual(4);
    const seeded = [...meetings.past, ...meetings.upcoming].filter((meeting) =>
      meeting.location?.startsWith('Stadhuis Lokeren, raadzaal'),
    );
    expect(seeded.length).toBeGreaterThanOrEqual(6);
    const onAgenda = proposal(TITLES.onAgenda).agenda?.meeting;
    expect(Date.parse(onAgenda!.startsAt)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const answered = proposal(TITLES.answered).agenda?.meeting;
    expect(Date.parse(answered!.startsAt)).toBeLessThan(Date.now());
    const pastAgenda = meetings.past.find((meeting) => meeting.documentId === answered!.documentId);
    expect(pastAgenda?.agenda.map((item) => item.proposal)).toContain(proposal(TITLES.answered).documentId);
  });
});
