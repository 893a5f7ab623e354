/**
 * The life of a citizen proposal through the real API: drafts that only their initiators see,
 * cleaned and length-checked texts, submission, screening by the participation officer (and by no
 * one else), refused transitions, co-initiators by invitation, the public timeline, the list with
 * its filters, search (public proposals only), and the council meetings' iCalendar feed.
 */
import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import {
  api,
  completeDraft,
  confirmedResident,
  createMeeting,
  days,
  identity,
  openProposal,
  staffWithRole,
  superAdmin,
  verifiedResident,
  type ApiResponse,
  type Resident,
  type Staff,
} from './support';

interface Detail {
  documentId: string;
  title: string;
  summary: string;
  body: string;
  stage: string;
  initiatorDisplayName: string;
  coInitiators: string[];
  competenceReason: string | null;
  topic: { slug: string } | null;
  district: { slug: string } | null;
  timeline: Array<{ action: string; from: string; to: string; actorRole: string; actor: string; note: string | null }>;
}

let author: Resident;
let other: Resident;
let officer: Staff;
let communication: Staff;

const create = (resident: Resident | null, body: unknown) =>
  api.call<Detail>('POST', '/api/proposals', { jwt: resident?.jwt, body });
const read = (resident: Resident | null, documentId: string) =>
  api.call<Detail>('GET', `/api/proposals/${documentId}`, { jwt: resident?.jwt });
const act = (documentId: string, body: Record<string, unknown>, staff: Staff = officer) =>
  staff.call<Detail & { actions: string[] }>('POST', `/proposals/proposals/${documentId}/transitions`, body);

function expectRefusal(response: ApiResponse, status: number, key: 'step' | 'reason', value: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.body.data ?? null).toBeNull();
  expect(response.body.error?.details?.[key]).toBe(value);
}

async function submitted(title?: string): Promise<string> {
  const created = await create(author, completeDraft(title));
  expect(created.status, created.text).toBe(201);
  const documentId = created.body.data!.documentId;
  expect((await api.call('POST', `/api/proposals/${documentId}/submit`, { jwt: author.jwt })).status).toBe(200);
  return documentId;
}

beforeAll(async () => {
  [author, other] = await Promise.all([verifiedResident(), verifiedResident()]);
  officer = await staffWithRole('participation-officer');
  communication = await staffWithRole('communication-staff');
}, 300_000);

describe('writing a proposal', () => {
  it('asks anonymous visitors to log in and unverified residents to verify with e-ID', async () => {
    expectRefusal(await create(null, completeDraft()), 403, 'step', 'log-in');
    expectRefusal(await create(await confirmedResident(), completeDraft()), 403, 'step', 'verify-eid');
  });

  it('stores plain text: HTML and scripts are taken out', async () => {
    const created = await create(author, {
      ...completeDraft(),
      title: '<h1>Meer bomen</h1> op de <b>Markt</b><script>alert(1)</script>',
      summary: '<img src=x onerror=alert(1)>Plant bomen op de Markt voor schaduw in de zomer, zoals vroeger.',
      displayName: '<a href="https://kwaad.example">Buurtcomité Markt</a>',
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body.data).toMatchObject({
      title: 'Meer bomen op de Markt',
      summary: 'Plant bomen op de Markt voor schaduw in de zomer, zoals vroeger.',
      initiatorDisplayName: 'Buurtcomité Markt',
      stage: 'draft',
    });
  });

  it('refuses texts over their limits with a Dutch message per field', async () => {
    const response = await create(author, { ...completeDraft(), title: 'Fietsstraat '.repeat(20) });
    expect(response.status).toBe(400);
    expect(response.body.error?.details?.errors).toEqual([
      { path: ['title'], message: expect.stringMatching(/De titel mag hoogstens 120 tekens/) },
    ]);
    const huge = await create(author, { ...completeDraft(), body: 'x'.repeat(60_000) });
    expect(huge.status).toBe(400);
    const unknownField = await create(author, { ...completeDraft(), stage: 'answered' });
    expect(unknownField.status).toBe(400);
  });

  it('refuses an unknown topic and accepts a known topic and district', async () => {
    expectRefusal(await create(author, { ...completeDraft(), topic: 'bestaat-niet' }), 400, 'reason', 'unknown-topic');
    const created = await create(author, { ...completeDraft(), topic: 'mobiliteit', district: 'daknam' });
    expect(created.body.data).toMatchObject({ topic: { slug: 'mobiliteit' }, district: { slug: 'daknam' } });
  });

  it('keeps drafts to their initiator: others get 404, the list does not show them, "mine" does', async () => {
    const created = await create(author, completeDraft('Een geheim concept over de Kerkstraat'));
    const documentId = created.body.data!.documentId;
    expect((await read(other, documentId)).status).toBe(404);
    expect((await read(null, documentId)).status).toBe(404);
    expect((await read(author, documentId)).status).toBe(200);
    const list = await api.call<Array<{ documentId: string }>>('GET', '/api/proposals?pageSize=50');
    expect(list.body.data!.map((item) => item.documentId)).not.toContain(documentId);
    const mine = await api.call<Array<{ documentId: string }>>('GET', '/api/proposals/mine', { jwt: author.jwt });
    expect(mine.body.data!.map((item) => item.documentId)).toContain(documentId);
    expect(
      (await api.call('PUT', `/api/proposals/${documentId}`, { jwt: other.jwt, body: completeDraft() })).status,
    ).toBe(404);
  });

  it('submits only a complete proposal, naming each missing part', async () => {
    const created = await create(author, {
      title: 'Bomen',
      summary: '',
      body: '',
      displayName: 'An',
      topic: null,
      district: null,
    });
    const refused = await api.call('POST', `/api/proposals/${created.body.data!.documentId}/submit`, {
      jwt: author.jwt,
    });
    expectRefusal(refused, 400, 'reason', 'incomplete');
    expect((refused.body.error?.details?.errors as Array<{ path: string[] }>).map((error) => error.path[0])).toEqual([
      'title',
      'summary',
      'body',
    ]);
  });
});

describe('screening', () => {
  it('is for the participation officer only', async () => {
    const documentId = await submitted();
    const refused = await act(documentId, { action: 'start-screening' }, communication);
    expect(refused.status).toBe(403);
    expect(
      (
        await api.call('POST', `/proposals/proposals/${documentId}/transitions`, {
          jwt: author.jwt,
          body: { action: 'start-screening' },
        })
      ).status,
    ).toBe(401);
    expect((await read(author, documentId)).body.data?.stage).toBe('submitted');

    const queue = await officer.call<Array<{ documentId: string; actions: string[] }>>(
      'GET',
      '/proposals/screening-queue',
    );
    expect(queue.body.data!.find((item) => item.documentId === documentId)?.actions).toEqual(['start-screening']);
  });

  it('lets the initiator edit and retract until screening starts, and not after', async () => {
    const documentId = await submitted();
    const edited = await api.call<Detail>('PUT', `/api/proposals/${documentId}`, {
      jwt: author.jwt,
      body: { ...completeDraft('Een fietsstraat in de Stationsstraat'), topic: 'mobiliteit' },
    });
    expect(edited.body.data).toMatchObject({ title: 'Een fietsstraat in de Stationsstraat', stage: 'submitted' });
    expect(
      (await api.call<Detail>('POST', `/api/proposals/${documentId}/retract`, { jwt: author.jwt })).body.data?.stage,
    ).toBe('draft');
    expect(
      (await api.call<Detail>('POST', `/api/proposals/${documentId}/submit`, { jwt: author.jwt })).body.data?.stage,
    ).toBe('submitted');

    expect((await act(documentId, { action: 'start-screening' })).status).toBe(200);
    expectRefusal(
      await api.call('PUT', `/api/proposals/${documentId}`, { jwt: author.jwt, body: completeDraft() }),
      400,
      'reason',
      'not-editable',
    );
    expectRefusal(
      await api.call('POST', `/api/proposals/${documentId}/retract`, { jwt: author.jwt }),
      400,
      'reason',
      'wrong-stage',
    );
  });

  it('declines a proposal outside the city’s competence only with a public reason, and shows it', async () => {
    const documentId = await submitted();
    await act(documentId, { action: 'start-screening' });
    expectRefusal(await act(documentId, { action: 'decline-competence' }), 400, 'reason', 'missing-field');
    const reason = 'Snelheidscontroles op gewestwegen zijn een bevoegdheid van de politiezone en het Vlaamse Gewest.';
    const declined = await act(documentId, { action: 'decline-competence', reason: `<p>${reason}</p>` });
    expect(declined.status, declined.text).toBe(200);

    const visible = await read(null, documentId);
    expect(visible.status).toBe(200);
    expect(visible.body.data).toMatchObject({ stage: 'not-within-competence', competenceReason: reason });
    expect(visible.body.data!.timeline.map((entry) => [entry.action, entry.actor])).toEqual([
      ['submit', 'Ouders van de Kerkstraat'],
      ['start-screening', 'Participatieambtenaar'],
      ['decline-competence', 'Participatieambtenaar'],
    ]);
    expect(visible.body.data!.timeline.at(-1)?.note).toBe(reason);
    expectRefusal(
      await api.call('POST', `/api/proposals/${documentId}/support`, { jwt: other.jwt }),
      400,
      'reason',
      'subject-not-open',
    );
    await waitForMail(identity.mailCatcherUrl, {
      to: author.email,
      subject: /geen bevoegdheid van de stad/,
      timeoutMs: 30_000,
    });
  });

  it('returns a proposal to its initiator with a reason, who can then edit it again', async () => {
    const documentId = await submitted();
    await act(documentId, { action: 'start-screening' });
    const reason = 'Vermeld in welke straat je de fietsstraat wil, graag.';
    const returned = await act(documentId, { action: 'return-to-initiator', reason });
    expect(returned.status, returned.text).toBe(200);
    expect(returned.body.data?.stage).toBe('draft');
    const own = await read(author, documentId);
    expect(own.body.data!.timeline.at(-1)).toMatchObject({ action: 'return-to-initiator', to: 'draft', note: reason });
    expect(
      (await api.call('PUT', `/api/proposals/${documentId}`, { jwt: author.jwt, body: completeDraft() })).status,
    ).toBe(200);
    // A returned draft is known to staff, but nothing they can do fits its stage.
    expectRefusal(await act(documentId, { action: 'start-screening' }), 400, 'reason', 'wrong-stage');
  });

  it('refuses transitions that do not fit the stage: answering a draft, opening before screening', async () => {
    const draft = await create(author, completeDraft());
    const draftId = draft.body.data!.documentId;
    // Drafts are the initiator's: to staff they do not exist yet.
    expect(
      (
        await act(draftId, {
          action: 'answer',
          outcome: 'realised',
          answer: 'Dit werd volledig gerealiseerd door de stad.',
        })
      ).status,
    ).toBe(404);
    const documentId = await submitted();
    expectRefusal(await act(documentId, { action: 'open-for-support' }), 400, 'reason', 'wrong-stage');
    expectRefusal(
      await act(documentId, {
        action: 'answer',
        outcome: 'realised',
        answer: 'Dit werd volledig gerealiseerd door de stad.',
      }),
      400,
      'reason',
      'wrong-stage',
    );
    expect((await act(documentId, { action: 'reach-threshold' })).status).toBe(400);
    expect((await read(author, documentId)).body.data?.stage).toBe('submitted');
  });
});

describe('co-initiators', () => {
  it('are invited by e-mail, accept with a verified account once, and may then edit', async () => {
    const created = await create(author, completeDraft());
    const documentId = created.body.data!.documentId;
    const invited = await confirmedResident();
    expectRefusal(
      await api.call('POST', `/api/proposals/${documentId}/co-initiators`, {
        jwt: other.jwt,
        body: { email: invited.email },
      }),
      404,
      'reason',
      'not-found',
    );
    expect(
      (
        await api.call('POST', `/api/proposals/${documentId}/co-initiators`, {
          jwt: author.jwt,
          body: { email: other.email },
        })
      ).status,
    ).toBe(200);
    const mail = await waitForMail(identity.mailCatcherUrl, { to: other.email, subject: /Uitnodiging/ });
    const link = mail.links.find((candidate) => candidate.includes('/voorstellen/uitnodiging?token='));
    const token = new URL(link!).searchParams.get('token')!;

    expectRefusal(
      await api.call('POST', '/api/proposal-invitations/accept', {
        jwt: invited.jwt,
        body: { token, displayName: 'Jan' },
      }),
      403,
      'step',
      'verify-eid',
    );
    const accepted = await api.call<Detail>('POST', '/api/proposal-invitations/accept', {
      jwt: other.jwt,
      body: { token, displayName: 'Buurtwerk <i>Daknam</i>' },
    });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body.data?.coInitiators).toEqual(['Buurtwerk Daknam']);
    expectRefusal(
      await api.call('POST', '/api/proposal-invitations/accept', {
        jwt: other.jwt,
        body: { token, displayName: 'Nog eens' },
      }),
      400,
      'reason',
      'invitation-invalid',
    );

    const edited = await api.call<Detail>('PUT', `/api/proposals/${documentId}`, {
      jwt: other.jwt,
      body: { ...completeDraft('Samen geschreven voorstel'), displayName: 'Iemand anders' },
    });
    expect(edited.body.data).toMatchObject({
      title: 'Samen geschreven voorstel',
      initiatorDisplayName: 'Ouders van de Kerkstraat',
    });
    const mine = await api.call<Array<{ documentId: string }>>('GET', '/api/proposals/mine', { jwt: other.jwt });
    expect(mine.body.data!.map((item) => item.documentId)).toContain(documentId);
  });
});

describe('the public side', () => {
  let opened: string;
  beforeAll(async () => {
    opened = (await openProposal(author, officer, api, 'Een speelstraat in de Molenstraat')).documentId;
  });

  it('lists public proposals with progress and days left, filters and sorts them, and validates the query', async () => {
    const list = await api.call<
      Array<{ documentId: string; stage: string; progress: number; daysLeft: number | null; supportThreshold: number }>
    >('GET', '/api/proposals?stage=open-for-support&sort=closing-soon&pageSize=50');
    expect(list.status).toBe(200);
    const item = list.body.data!.find((candidate) => candidate.documentId === opened);
    expect(item).toMatchObject({ stage: 'open-for-support', progress: 0, daysLeft: 90, supportThreshold: 100 });
    expect(list.body.meta).toMatchObject({ settings: { supportThreshold: 100, supportPeriodDays: 90 } });
    expect(list.body.data!.every((candidate) => candidate.stage === 'open-for-support')).toBe(true);

    const byTopic = await api.call<Array<{ topic: { slug: string } | null }>>('GET', '/api/proposals?topic=mobiliteit');
    expect(byTopic.body.data!.every((candidate) => candidate.topic?.slug === 'mobiliteit')).toBe(true);
    expect((await api.call('GET', '/api/proposals?sort=random')).status).toBe(400);
    expect((await api.call('GET', '/api/proposals?stage=draft')).status).toBe(400);
    expect((await api.call('GET', '/api/proposals?pageSize=5000')).status).toBe(400);
  });

  it('lets a resident with an account follow a public proposal, and not anonymous visitors', async () => {
    const follower = await confirmedResident();
    expectRefusal(await api.call('POST', `/api/proposals/${opened}/follow`), 403, 'step', 'log-in');
    expect(
      (await api.call<{ following: boolean }>('POST', `/api/proposals/${opened}/follow`, { jwt: follower.jwt })).body
        .data,
    ).toEqual({ following: true });
    expect(
      (await api.call<{ following: boolean }>('POST', `/api/proposals/${opened}/follow`, { jwt: follower.jwt })).body
        .data,
    ).toEqual({ following: true });
    const viewer = (await read(follower, opened)).body.meta as { viewer: { following: boolean } };
    expect(viewer.viewer.following).toBe(true);
  });

  it('indexes public proposals for search, and never drafts', async () => {
    const draft = (await create(author, completeDraft('Een onzichtbaar concept zoekwoordqx'))).body.data!.documentId;
    const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('meiliMasterKey') });
    const index = client.index('content_nl');
    const deadline = Date.now() + 30_000;
    let found: Record<string, unknown> | undefined;
    while (!found && Date.now() < deadline) {
      found = (await index.getDocument(`proposal-${opened}`).catch(() => undefined)) as
        Record<string, unknown> | undefined;
      if (!found) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(found).toMatchObject({
      type: 'proposal',
      status: 'open',
      path: `/voorstellen/${opened}`,
      title: 'Een speelstraat in de Molenstraat',
    });
    await expect(index.getDocument(`proposal-${draft}`)).rejects.toThrow();
  });

  it('publishes the council meetings with their agenda as an iCalendar feed', async () => {
    await createMeeting(await superAdmin(), days(30), 'Gemeenteraad, zitting van de maand');
    const response = await fetch(`${api.baseUrl}/api/council-meetings.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const feed = await response.text();
    expect(feed.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed).toContain('SUMMARY:Gemeenteraad\\, zitting van de maand');
    expect(feed).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  });
});

describe('a person’s data', () => {
  it('is in "download my data", and deleting the account anonymises public proposals and removes the rest', async () => {
    const person = await verifiedResident();
    const draft = (await create(person, { ...completeDraft(), displayName: 'Marie Janssens' })).body.data!.documentId;
    const opened = await openProposal(person, officer, api, 'Een bankje aan de Durme');
    expect((await api.call('POST', `/api/proposals/${opened.documentId}/follow`, { jwt: person.jwt })).status).toBe(
      200,
    );

    const exported = await api.call<{
      contributions: { proposals: { initiated: Array<{ documentId: string }>; following: unknown[] } };
    }>('GET', '/api/account/export', { jwt: person.jwt });
    expect(exported.status, exported.text).toBe(200);
    const mine = exported.body.data!.contributions.proposals;
    expect(mine.initiated.map((proposal) => proposal.documentId).sort()).toEqual([draft, opened.documentId].sort());
    expect(mine.following).toHaveLength(1);

    const deleted = await api.call('POST', '/api/account/delete', {
      jwt: person.jwt,
      body: { password: person.password },
    });
    expect(deleted.status, deleted.text).toBe(200);
    expect((await read(author, draft)).status).toBe(404);
    const kept = await read(null, opened.documentId);
    expect(kept.status).toBe(200);
    expect(kept.body.data).toMatchObject({ initiatorDisplayName: 'Een inwoner', stage: 'open-for-support' });
    expect(
      kept.body.data!.timeline.filter((entry) => entry.actorRole === 'initiator').map((entry) => entry.actor),
    ).toEqual(['Een inwoner']);
    expect(JSON.stringify(kept.body)).not.toContain('Ouders van de Kerkstraat');
  });
});
