/**
 * The participation officer's rights on citizen proposals, through Strapi's real admin API:
 * - council meetings are theirs to plan in the content manager (create, update, delete), agenda
 *   items theirs to read and move, but not to add;
 * - the screening routes of plugins/proposals answer the officer only: not communication staff,
 *   not a department editor, and not a hand-made role that was given the screening permission
 *   without being the participation officer — the server decides, whatever the panel shows;
 * - the officer (and only they) holds the permission the "Burgervoorstellen" menu link is shown with.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { api, completeDraft, verifiedResident } from '../../plugins/proposals/tests/support';
import { AdminClient, cmDocument, cmList } from './support/admin-api';

const cmsUrl = inject('cmsUrl');

const MEETING = 'plugin::proposals.council-meeting';
const AGENDA_ITEM = 'plugin::proposals.agenda-item';
const SCREEN_PERMISSION = 'plugin::proposals.screen';

const unique = () => crypto.randomBytes(4).toString('hex');

const ownPermissions = z.object({ data: z.array(z.object({ action: z.string() })) });
const queue = z.object({
  data: z.array(z.object({ documentId: z.string(), stage: z.string(), actions: z.array(z.string()) })),
});
const detail = z.object({
  data: z.object({ documentId: z.string(), stage: z.string(), actions: z.array(z.string()) }),
});
const createdRole = z.object({ data: z.object({ id: z.number(), code: z.string() }) });

let admin: AdminClient;
let officer: AdminClient;
let communicationStaff: AdminClient;
let mobilityEditor: AdminClient;
let permissionOnly: AdminClient;
/** A proposal a resident submitted: waiting for screening. */
let submitted: string;
const meetingsToRemove: string[] = [];

/**
 * A meeting long past: it is never the "next meeting far enough away", so proposals of other test
 * files reaching their threshold are never placed on it.
 */
const pastMeeting = (title: string) => ({
  title,
  body: 'Gemeenteraad',
  startsAt: '2020-01-20T19:00:00.000Z',
  location: 'Stadhuis Lokeren, raadzaal',
});

beforeAll(async () => {
  admin = await AdminClient.login(cmsUrl, inject('adminEmail'), inject('adminPassword'));
  const run = unique();
  [officer, communicationStaff, mobilityEditor] = await Promise.all([
    admin.createStaffMember({
      email: `participatie-${run}@lokeren.example`,
      firstname: 'Par',
      roleCodes: ['participation-officer'],
    }),
    admin.createStaffMember({
      email: `communicatie-${run}@lokeren.example`,
      firstname: 'Com',
      roleCodes: ['communication-staff'],
    }),
    admin.createStaffMember({
      email: `mobiliteit-${run}@lokeren.example`,
      firstname: 'Mo',
      roleCodes: ['department-editor-mobiliteit'],
    }),
  ]);

  // A role made by hand in Settings → Roles that was given the screening permission.
  const role = await admin.request('POST', '/admin/roles', { name: `Zelfgemaakt ${run}`, description: 'Handmatig' });
  expect(role.status, JSON.stringify(role.body)).toBe(201);
  const { id: roleId, code } = createdRole.parse(role.body).data;
  const granted = await admin.request('PUT', `/admin/roles/${roleId}/permissions`, {
    permissions: [{ action: SCREEN_PERMISSION, subject: null, properties: {}, conditions: [] }],
  });
  expect(granted.status, JSON.stringify(granted.body)).toBe(200);
  permissionOnly = await admin.createStaffMember({
    email: `zelfgemaakt-${run}@lokeren.example`,
    firstname: 'Zel',
    roleCodes: [code],
  });

  const author = await verifiedResident();
  const created = await api.call<{ documentId: string }>('POST', '/api/proposals', {
    jwt: author.jwt,
    body: completeDraft(),
  });
  expect(created.status, created.text).toBe(201);
  submitted = created.body.data!.documentId;
  expect((await api.call('POST', `/api/proposals/${submitted}/submit`, { jwt: author.jwt })).status).toBe(200);
}, 300_000);

afterAll(async () => {
  for (const documentId of meetingsToRemove) await admin.request('DELETE', AdminClient.cm(MEETING, documentId));
});

describe('council meetings in the content manager', () => {
  it('the participation officer creates, updates and deletes a meeting', async () => {
    const created = await officer.request('POST', AdminClient.cm(MEETING), pastMeeting(`Gemeenteraad ${unique()}`));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { documentId } = z.object({ data: cmDocument }).parse(created.body).data;
    meetingsToRemove.push(documentId);

    const updated = await officer.request('PUT', AdminClient.cm(MEETING, documentId), {
      location: 'Stadhuis Lokeren, trouwzaal',
      endsAt: '2020-01-20T22:30:00.000Z',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const read = await admin.request('GET', AdminClient.cm(MEETING, documentId));
    expect(read.status).toBe(200);
    expect(z.object({ data: z.looseObject({ location: z.string() }) }).parse(read.body).data.location).toBe(
      'Stadhuis Lokeren, trouwzaal',
    );

    const second = await officer.request('POST', AdminClient.cm(MEETING), pastMeeting(`Gemeenteraad ${unique()}`));
    expect(second.status).toBe(201);
    const secondId = z.object({ data: cmDocument }).parse(second.body).data.documentId;
    expect((await officer.request('DELETE', AdminClient.cm(MEETING, secondId))).status).toBe(200);
    expect((await admin.request('GET', AdminClient.cm(MEETING, secondId))).status).toBe(404);
  });

  it('the participation officer reads agenda items but cannot add one', async () => {
    const list = await officer.list(AGENDA_ITEM);
    expect(list.status).toBe(200);
    expect(cmList.parse(list.body).pagination.total).toBeGreaterThanOrEqual(0);
    const added = await officer.request('POST', AdminClient.cm(AGENDA_ITEM), {
      title: 'Met de hand toegevoegd',
      proposalDocumentId: submitted,
      queuedAt: new Date().toISOString(),
    });
    expect(added.status).toBe(403);
  });

  it('communication staff and department editors do not plan meetings', async () => {
    for (const staff of [communicationStaff, mobilityEditor]) {
      const attempt = await staff.request('POST', AdminClient.cm(MEETING), pastMeeting('Niet van mij'));
      expect(attempt.status).toBe(403);
      expect((await staff.list(MEETING)).status).toBe(403);
    }
  });
});

describe('the screening routes of plugins/proposals', () => {
  it('answer the participation officer, with the steps allowed now', async () => {
    const answer = await officer.request('GET', '/proposals/screening-queue');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const waiting = queue.parse(answer.body).data.find((proposal) => proposal.documentId === submitted);
    expect(waiting).toMatchObject({ stage: 'submitted', actions: ['start-screening'] });
  });

  it('refuse communication staff, a department editor and a hand-made role with the permission, and change nothing', async () => {
    for (const staff of [communicationStaff, mobilityEditor, permissionOnly]) {
      expect((await staff.request('GET', '/proposals/screening-queue')).status).toBe(403);
      expect((await staff.request('GET', '/proposals/proposals?stage=submitted')).status).toBe(403);
      expect((await staff.request('GET', `/proposals/proposals/${submitted}`)).status).toBe(403);
      const transition = await staff.request('POST', `/proposals/proposals/${submitted}/transitions`, {
        action: 'start-screening',
      });
      expect(transition.status).toBe(403);
    }
    const after = detail.parse((await officer.request('GET', `/proposals/proposals/${submitted}`)).body).data;
    expect(after.stage).toBe('submitted');
  });

  it('let the officer take a step the panel offers', async () => {
    const screened = await officer.request('POST', `/proposals/proposals/${submitted}/transitions`, {
      action: 'start-screening',
    });
    expect(screened.status, JSON.stringify(screened.body)).toBe(200);
    expect(detail.parse(screened.body).data).toMatchObject({
      stage: 'screening',
      actions: ['return-to-initiator', 'open-for-support', 'decline-competence'],
    });
  });
});

describe('the permission the menu link "Burgervoorstellen" is shown with', () => {
  it('belongs to the participation officer, not to communication staff or department editors', async () => {
    const actionsOf = async (staff: AdminClient) =>
      ownPermissions
        .parse((await staff.request('GET', '/admin/users/me/permissions')).body)
        .data.map((permission) => permission.action);
    expect(await actionsOf(officer)).toContain(SCREEN_PERMISSION);
    expect(await actionsOf(admin)).toContain(SCREEN_PERMISSION);
    expect(await actionsOf(communicationStaff)).not.toContain(SCREEN_PERMISSION);
    expect(await actionsOf(mobilityEditor)).not.toContain(SCREEN_PERMISSION);
  });
});
