/**
 * Supports through the votes engine, against the real Strapi with real residents verified through
 * the FAS stand-in: one person counts once however many requests race, the counters always equal a
 * recount of the stored votes, and the support that reaches the threshold puts the proposal on the
 * agenda of the right council meeting, exactly once.
 */
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { openDatabase } from '../../verification/tests/database';
import {
  api,
  confirmedResident,
  freshNationalNumber,
  createMeeting,
  days,
  identity,
  inBatches,
  openProposal,
  staffWithRole,
  superAdmin,
  verifiedResident,
  verifiedResidents,
  type ApiResponse,
  type Resident,
  type Staff,
} from './support';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import { withWrongChecksum } from '../../../services/fas-standin/src/national-numbers.ts';

interface Summary {
  documentId: string;
  stage: string;
  supportCount: number;
  supportThreshold: number | null;
}
interface Detail extends Summary {
  ballot: string | null;
  timeline: Array<{ action: string; actor: string; actorRole: string }>;
  agenda: { meeting: { documentId: string; startsAt: string } | null } | null;
}
interface Audit {
  counters: Record<string, number>;
  recount: Record<string, number>;
  equal: boolean;
  votes: number;
}

type Opened = Awaited<ReturnType<typeof openProposal>>;

const PEOPLE = 200;
const ATTEMPTS_PER_PERSON = 3;
const THRESHOLD = 100;
const LEAD_DAYS = 14;

let residents: Resident[];
let officer: Staff;
let author: Resident;

const support = (resident: Resident | null, documentId: string) =>
  api.call<Summary>('POST', `/api/proposals/${documentId}/support`, { jwt: resident?.jwt });
const withdraw = (resident: Resident | null, documentId: string) =>
  api.call<Summary>('DELETE', `/api/proposals/${documentId}/support`, { jwt: resident?.jwt });
const detail = async (documentId: string, resident?: Resident) => {
  const response = await api.call<Detail>('GET', `/api/proposals/${documentId}`, { jwt: resident?.jwt });
  expect(response.status, response.text).toBe(200);
  return response.body.data!;
};

function expectRefusal(response: ApiResponse, status: number, key: 'step' | 'reason', value: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.body.data ?? null).toBeNull();
  expect(response.body.error?.details?.[key]).toBe(value);
  expect(response.body.error?.message).toMatch(/\w/);
}

async function storedVotes(ballotDocumentId: string): Promise<number> {
  const db = await openDatabase(inject('database'));
  try {
    const rows = await db.rows(
      'select count(*) as n from votes_votes v join votes_ballots b on b.id = v.ballot_id where b.document_id = ?',
      [ballotDocumentId],
    );
    return Number(rows[0]?.n);
  } finally {
    await db.close();
  }
}

async function agendaItemsFor(proposalDocumentId: string): Promise<number> {
  const db = await openDatabase(inject('database'));
  try {
    const rows = await db.rows('select count(*) as n from proposals_agenda_items where proposal_document_id = ?', [
      proposalDocumentId,
    ]);
    return Number(rows[0]?.n);
  } finally {
    await db.close();
  }
}

/** The meeting a proposal reaching its threshold now must go to: the first one at least the lead time away. */
async function expectedMeeting(): Promise<string> {
  const response = await api.call<{ upcoming: Array<{ documentId: string; startsAt: string }> }>(
    'GET',
    '/api/council-meetings',
  );
  const earliest = Date.now() + LEAD_DAYS * 86_400_000;
  const meeting = response.body.data!.upcoming.find((candidate) => Date.parse(candidate.startsAt) >= earliest);
  if (!meeting) throw new Error('geen zitting ver genoeg vooruit');
  return meeting.documentId;
}

beforeAll(async () => {
  const admin = await superAdmin();
  // Too soon for the lead time, the right one, and a later one.
  await createMeeting(admin, days(LEAD_DAYS - 2), 'Gemeenteraad (te vroeg)');
  await createMeeting(admin, days(LEAD_DAYS + 7), 'Gemeenteraad');
  await createMeeting(admin, days(LEAD_DAYS + 35), 'Gemeenteraad (later)');
  officer = await staffWithRole('participation-officer');
  author = await verifiedResident();
  residents = await verifiedResidents(PEOPLE);
}, 600_000);

describe('the unique index', () => {
  it('exists on (ballot_id, voter_key) in the database', async () => {
    const db = await openDatabase(inject('database'));
    try {
      const columns =
        inject('databaseClient') === 'postgres'
          ? (
              await db.rows(
                "select indexdef from pg_indexes where tablename = 'votes_votes' and indexname = 'votes_votes_ballot_voter_key_unique'",
              )
            ).map((row) => String(row.indexdef))
          : (
              await db.rows(
                "select sql from sqlite_master where type = 'index' and name = 'votes_votes_ballot_voter_key_unique'",
              )
            ).map((row) => String(row.sql));
      expect(columns).toHaveLength(1);
      expect(columns[0]).toMatch(/UNIQUE INDEX/i);
      expect(columns[0]).toMatch(/ballot_id.*voter_key/);
    } finally {
      await db.close();
    }
  });
});

describe(`${PEOPLE} residents supporting at once, each sending ${ATTEMPTS_PER_PERSON} requests at the same time`, () => {
  let proposal: Opened;
  let responses: ApiResponse<Summary>[][];

  beforeAll(async () => {
    proposal = await openProposal(author, officer);
    responses = await Promise.all(
      residents.map((resident) =>
        Promise.all(Array.from({ length: ATTEMPTS_PER_PERSON }, () => support(resident, proposal.documentId))),
      ),
    );
  }, 300_000);

  it('counts each person exactly once: one request succeeds, the others are told they already supported', () => {
    const statuses = responses.flat().map((response) => response.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    for (const attempts of responses) {
      expect(attempts.filter((response) => response.status === 200)).toHaveLength(1);
      for (const refused of attempts.filter((response) => response.status !== 200))
        expectRefusal(refused, 403, 'step', 'already-voted');
    }
  });

  it(`has a tally of exactly ${PEOPLE}, equal to a recount of the stored votes`, async () => {
    const after = await detail(proposal.documentId);
    expect(after.supportCount).toBe(PEOPLE);

    const ballot = await api.call<{ results: { total: number; options: Array<{ key: string; count: number }> } }>(
      'GET',
      `/api/ballots/${after.ballot}`,
    );
    expect(ballot.body.data!.results.total).toBe(PEOPLE);
    expect(ballot.body.data!.results.options).toEqual([{ key: 'support', label: 'Steun', count: PEOPLE }]);

    const audit = await officer.call<Audit>('GET', `/votes/ballots/${after.ballot}/audit`);
    expect(audit.status, audit.text).toBe(200);
    expect(audit.body.data).toMatchObject({
      equal: true,
      votes: PEOPLE,
      counters: { support: PEOPLE, _voters: PEOPLE },
    });
    expect(audit.body.data!.recount).toEqual(audit.body.data!.counters);
    expect(await storedVotes(after.ballot!)).toBe(PEOPLE);
  });

  it('reached the threshold once and went onto the agenda of the first meeting far enough ahead, with one agenda item', async () => {
    const after = await detail(proposal.documentId);
    expect(after.stage).toBe('on-agenda');
    expect(after.timeline.filter((entry) => entry.action === 'reach-threshold')).toHaveLength(1);
    expect(after.timeline.filter((entry) => entry.action === 'place-on-agenda')).toHaveLength(1);
    expect(after.timeline.find((entry) => entry.action === 'reach-threshold')).toMatchObject({
      actorRole: 'system',
      actor: 'Automatisch',
    });
    expect(after.agenda?.meeting?.documentId).toBe(await expectedMeeting());
    expect(await agendaItemsFor(proposal.documentId)).toBe(1);

    const meetings = await api.call<{ upcoming: Array<{ documentId: string; agenda: Array<{ proposal: string }> }> }>(
      'GET',
      '/api/council-meetings',
    );
    const listed = meetings.body.data!.upcoming.flatMap((meeting) =>
      meeting.agenda.filter((item) => item.proposal === proposal.documentId).map(() => meeting.documentId),
    );
    expect(listed).toEqual([after.agenda?.meeting?.documentId]);
  });

  it('tells the initiator by e-mail that the threshold was reached', async () => {
    const mail = await waitForMail(identity.mailCatcherUrl, {
      to: author.email,
      subject: /Drempel gehaald/,
      timeoutMs: 30_000,
    });
    expect(mail.text).toContain(`/voorstellen/${proposal.documentId}`);
  });

  it('no longer lets a support be withdrawn once the threshold is reached', async () => {
    expectRefusal(await withdraw(residents[0]!, proposal.documentId), 400, 'reason', 'withdrawal-not-allowed');
    expect((await detail(proposal.documentId)).supportCount).toBe(PEOPLE);
  });

  it('goes on to the council: work in progress ends the supports, the official answer is public', async () => {
    const transition = (body: Record<string, unknown>) =>
      officer.call<Detail>('POST', `/proposals/proposals/${proposal.documentId}/transitions`, body);
    const note = 'De dienst Mobiliteit werkt het voorstel uit met de indieners.';
    expect((await transition({ action: 'start-progress', note })).body.data?.stage).toBe('in-progress');
    expectRefusal(await support(author, proposal.documentId), 400, 'reason', 'closed');

    const answer = 'De gemeenteraad keurde de fietsstraat goed voor het deel tussen de Markt en de school.';
    expectRefusal(await transition({ action: 'answer', answer }), 400, 'reason', 'missing-field');
    const answered = await transition({ action: 'answer', outcome: 'partly', answer });
    expect(answered.status, answered.text).toBe(200);
    const after = await api.call<Detail & { answer: { outcome: string; text: string } }>(
      'GET',
      `/api/proposals/${proposal.documentId}`,
    );
    expect(after.body.data).toMatchObject({
      stage: 'answered',
      answer: { outcome: 'partly', text: answer },
      supportCount: PEOPLE,
    });
    expect(after.body.data!.timeline.map((entry) => entry.action)).toEqual([
      'submit',
      'start-screening',
      'open-for-support',
      'reach-threshold',
      'place-on-agenda',
      'start-progress',
      'answer',
    ]);
  });
});

describe('the support that reaches the threshold', () => {
  it(`is the ${THRESHOLD}th: the ${THRESHOLD - 1}th leaves the proposal open, the ${THRESHOLD}th puts it on the agenda`, async () => {
    const proposal = await openProposal(author, officer);
    expect(proposal.stage).toBe('open-for-support');
    const first = residents.slice(0, THRESHOLD - 1);
    // In small groups: the order does not matter, only the count.
    await inBatches(first, 5, async (resident) =>
      expect((await support(resident, proposal.documentId)).status).toBe(200),
    );
    const before = await detail(proposal.documentId);
    expect(before).toMatchObject({ stage: 'open-for-support', supportCount: THRESHOLD - 1 });
    expect(before.agenda).toBeNull();
    expect(await agendaItemsFor(proposal.documentId)).toBe(0);

    const last = await support(residents[THRESHOLD - 1]!, proposal.documentId);
    expect(last.status, last.text).toBe(200);
    expect(last.body.data).toMatchObject({ stage: 'on-agenda', supportCount: THRESHOLD });
    const after = await detail(proposal.documentId);
    expect(after.agenda?.meeting?.documentId).toBe(await expectedMeeting());
    expect(await agendaItemsFor(proposal.documentId)).toBe(1);

    // Supports keep counting until the support period ends; the agenda item stays one.
    expect((await support(residents[THRESHOLD]!, proposal.documentId)).status).toBe(200);
    expect((await detail(proposal.documentId)).supportCount).toBe(THRESHOLD + 1);
    expect(await agendaItemsFor(proposal.documentId)).toBe(1);
  }, 180_000);
});

describe('who may support, and how', () => {
  let proposal: Opened;
  beforeAll(async () => {
    proposal = await openProposal(author, officer);
  });

  it('asks an anonymous visitor to log in', async () => {
    expectRefusal(await support(null, proposal.documentId), 403, 'step', 'log-in');
  });

  it('checks the token and the account on the lean support route: a forged or altered token or a blocked account → 401, nothing counted', async () => {
    const resident = await verifiedResident();
    const [header, payload] = resident.jwt.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    for (const jwt of [forged, 'not-a-token', `${resident.jwt}x`]) {
      const response = await api.call<Summary>('POST', `/api/proposals/${proposal.documentId}/support`, { jwt });
      expect(response.status, response.text).toBe(401);
    }
    // The valid token works; once the account is blocked the same token no longer does, also when remembered.
    const supported = await support(resident, proposal.documentId);
    expect(supported.status, supported.text).toBe(200);
    expect((await withdraw(resident, proposal.documentId)).status).toBe(200);
    const db = await openDatabase(inject('database'));
    try {
      await db.run('update up_users set blocked = true where id = ?', [resident.id]);
    } finally {
      await db.close();
    }
    expect((await support(resident, proposal.documentId)).status).toBe(401);
    expect((await withdraw(resident, proposal.documentId)).status).toBe(401);
    expect((await detail(proposal.documentId)).supportCount).toBe(0);
  });

  it('asks a resident who has not verified to verify with e-ID', async () => {
    const unverified = await confirmedResident();
    expectRefusal(await support(unverified, proposal.documentId), 403, 'step', 'verify-eid');
    const viewer = (await api.call<Detail>('GET', `/api/proposals/${proposal.documentId}`, { jwt: unverified.jwt }))
      .body.meta as {
      viewer: { maySupport: { allowed: boolean; step: string } };
    };
    expect(viewer.viewer.maySupport).toMatchObject({ allowed: false, step: 'verify-eid' });
    expect((await detail(proposal.documentId)).supportCount).toBe(0);
  });

  it('lets a resident support, withdraw while the proposal is open, and support again; each once', async () => {
    const resident = residents[PEOPLE - 1]!;
    expect((await support(resident, proposal.documentId)).body.data?.supportCount).toBe(1);
    expectRefusal(await support(resident, proposal.documentId), 403, 'step', 'already-voted');
    const withdrawn = await withdraw(resident, proposal.documentId);
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body.data?.supportCount).toBe(0);
    expectRefusal(await withdraw(resident, proposal.documentId), 400, 'reason', 'not-voted');
    expect((await support(resident, proposal.documentId)).body.data?.supportCount).toBe(1);
    const audit = await officer.call<Audit>('GET', `/votes/ballots/${proposal.ballot}/audit`);
    expect(audit.body.data).toMatchObject({ equal: true, votes: 1 });
  });

  it('refuses supports on a proposal that is not open for support yet', async () => {
    const created = await api.call<Detail>('POST', '/api/proposals', {
      jwt: author.jwt,
      body: { title: 'Nog in screening', displayName: 'An', summary: '', body: '' },
    });
    expect(created.status, created.text).toBe(201);
    expectRefusal(await support(author, created.body.data!.documentId), 400, 'reason', 'subject-not-open');
    // To anyone else a proposal that is not public does not exist.
    expect((await support(residents[0]!, created.body.data!.documentId)).status).toBe(404);
  });

  it('shows the ballot with live results and the person’s own part', async () => {
    const ballot = await api.call<{ state: string; results: { total: number } | null }>(
      'GET',
      `/api/ballots/${proposal.ballot}`,
      {
        jwt: residents[PEOPLE - 1]!.jwt,
      },
    );
    expect(ballot.status).toBe(200);
    expect(ballot.body.data).toMatchObject({ state: 'open', results: { total: 1 } });
    expect(ballot.body.meta).toMatchObject({
      viewer: { voted: true, choices: ['support'], mayVote: { allowed: false, step: 'already-voted' } },
    });
  });
});

describe('tampered and malformed requests', () => {
  let proposal: Opened;
  beforeAll(async () => {
    proposal = await openProposal(author, officer);
  });

  it('refuses a malformed id with 400 and an unknown one with 404, never 500', async () => {
    const resident = residents[1]!;
    expect((await api.call('POST', '/api/proposals/1%20or%201=1/support', { jwt: resident.jwt })).status).toBe(400);
    expect(
      (await api.call('POST', '/api/proposals/zzzzzzzzzzzzzzzzzzzzzzzz/support', { jwt: resident.jwt })).status,
    ).toBe(404);
    expect(
      (await api.call('POST', "/api/ballots/'%3Bdrop%20table%20votes_votes/votes", { jwt: resident.jwt })).status,
    ).toBe(400);
    expectRefusal(
      await api.call('POST', '/api/ballots/zzzzzzzzzzzzzzzzzzzzzzzz/votes', { jwt: resident.jwt }),
      404,
      'reason',
      'unknown-ballot',
    );
    expect((await api.call('GET', '/api/ballots/zzzzzzzzzzzzzzzzzzzzzzzz')).status).toBe(404);
  });

  it('refuses choices a support ballot does not have, and unknown fields', async () => {
    const resident = residents[2]!;
    expectRefusal(
      await api.call('POST', `/api/ballots/${proposal.ballot}/votes`, {
        jwt: resident.jwt,
        body: { choices: ['yes'] },
      }),
      400,
      'reason',
      'invalid-choice',
    );
    expect(
      (
        await api.call('POST', `/api/ballots/${proposal.ballot}/votes`, {
          jwt: resident.jwt,
          body: { choices: [], weight: 10 },
        })
      ).status,
    ).toBe(400);
    expect((await detail(proposal.documentId)).supportCount).toBe(0);
  });

  it('counts a support cast through the generic ballot route once, like any other', async () => {
    const resident = residents[3]!;
    expect(
      (
        await api.call('POST', `/api/ballots/${proposal.ballot}/votes`, {
          jwt: resident.jwt,
          body: { choices: ['support'] },
        })
      ).status,
    ).toBe(200);
    expectRefusal(await support(resident, proposal.documentId), 403, 'step', 'already-voted');
    expect((await detail(proposal.documentId)).supportCount).toBe(1);
  });

  it('keeps the audit for the participation officer', async () => {
    const communication = await staffWithRole('communication-staff');
    expect((await communication.call('GET', `/votes/ballots/${proposal.ballot}/audit`)).status).toBe(403);
    expect((await api.call('GET', `/votes/ballots/${proposal.ballot}/audit`, { jwt: residents[0]!.jwt })).status).toBe(
      401,
    );
  });
});

describe('paper supports entered by staff', () => {
  it('count once per person, across paper and online alike', async () => {
    const proposal = await openProposal(author, officer);
    const number = freshNationalNumber();
    const written = `${number.slice(0, 2)}.${number.slice(2, 4)}.${number.slice(4, 6)}-${number.slice(6, 9)}.${number.slice(9)}`;
    const paper = (nationalNumber: string, staff: Staff = officer) =>
      staff.call('POST', `/votes/ballots/${proposal.ballot}/offline-votes`, { nationalNumber, choices: [] });

    const entered = await paper(number);
    expect(entered.status, entered.text).toBe(200);
    expect((await detail(proposal.documentId)).supportCount).toBe(1);
    expectRefusal(await paper(written), 403, 'step', 'already-voted');
    expect((await paper(withWrongChecksum(number))).status).toBe(400);
    expect((await paper(freshNationalNumber(), await staffWithRole('communication-staff'))).status).toBe(403);

    // The same person, now online with their e-ID: already counted.
    const online = await verifiedResident(api, identity, number);
    expectRefusal(await support(online, proposal.documentId), 403, 'step', 'already-voted');
    const audit = await officer.call<Audit & { offlineVotes: number }>(
      'GET',
      `/votes/ballots/${proposal.ballot}/audit`,
    );
    expect(audit.body.data).toMatchObject({ equal: true, votes: 1, offlineVotes: 1 });
    expect((await detail(proposal.documentId)).supportCount).toBe(1);
  }, 120_000);
});
