/**
 * Volunteering in "download my data" and "delete my account" (the verification plugin's routes),
 * against the real Strapi: the download holds the person's own offers, requests, organisation,
 * matches, messages and reports and nothing of anyone else; after deletion no volunteering table
 * holds their address, contact details, name or texts, the other side sees their pending matches
 * withdrawn, and the city's statistics count the same.
 */
import crypto from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findInDatabase } from '../../verification/tests/database.ts';
import {
  call,
  contact,
  newResident,
  newStaffMember,
  postOffer,
  postRequest,
  staff,
  volunteering,
  type Resident,
} from './support/api.ts';

const database = inject('database');
const marker = () => crypto.randomBytes(4).toString('hex');

interface Totals {
  requests: number;
  matches: number;
  acceptedMatches: number;
  fulfilledRequests: number;
}
const totals = async (): Promise<Totals> => {
  const response = await staff<{ totals: Totals }>('GET', '/volunteering/statistics');
  expect(response.status, response.text).toBe(200);
  const { requests, matches, acceptedMatches, fulfilledRequests } = response.data.totals;
  return { requests, matches, acceptedMatches, fulfilledRequests };
};

const matchLifecycle = async (resident: Resident, matchId: string) => {
  const response = await volunteering<{ lifecycle: string }>('GET', `/matches/${matchId}`, resident.jwt);
  expect(response.status, response.text).toBe(200);
  return response.data.lifecycle;
};

describe('volunteering personal data', () => {
  let leaving: Resident;
  let other: Resident;
  const leavingContact = contact('vertrekker');
  const otherContact = contact('blijver');
  // Markers of the leaving person: a name and a text only they wrote (letters only, as names are).
  const name = `Vertrekker${marker()}`.replace(/\d/g, 'x');
  const text = `Persoonlijke-tekst-${marker()}`;
  const website = `https://vereniging-${marker()}.example`;
  const ids = { pendingAsVolunteer: '', pendingAsRequester: '', accepted: '' };

  beforeAll(async () => {
    leaving = await newResident('vertrekt');
    other = await newResident('blijft');

    const ownOffer = await postOffer(leaving, { publicName: name, description: `Ik help graag. ${text}` });
    expect(ownOffer.id).toBeTruthy();
    const profile = await volunteering('PUT', '/me/organisation', leaving.jwt, {
      name: `Vereniging ${name}`,
      description: `Over ons. ${text}`,
      website,
    });
    expect(profile.status, profile.text).toBe(200);
    const ownRequest = await postRequest(leaving, {
      publicName: name,
      description: `Wie helpt mij? ${text}`,
      ...leavingContact,
    });

    // The leaving person as volunteer on the other's request: pending, with a message.
    const otherRequest = await postRequest(other, { ...otherContact });
    const response = await volunteering<{ id: string }>('POST', `/requests/${otherRequest.id}/responses`, leaving.jwt, {
      publicName: name,
      message: `Ik kan helpen. ${text}`,
      ...leavingContact,
    });
    expect(response.status, response.text).toBe(201);
    ids.pendingAsVolunteer = response.data.id;

    // The leaving person as requester inviting the other's offer: pending.
    const otherOffer = await postOffer(other, { ...otherContact });
    const invitation = await volunteering<{ id: string }>(
      'POST',
      `/requests/${ownRequest.id}/invitations`,
      leaving.jwt,
      {
        offerId: otherOffer.id,
      },
    );
    expect(invitation.status, invitation.text).toBe(201);
    ids.pendingAsRequester = invitation.data.id;

    // An accepted match on another request of the other: it counts in the statistics.
    const fullRequest = await postRequest(other, { ...otherContact, title: 'Hulp bij verhuizen' });
    const accepted = await volunteering<{ id: string }>('POST', `/requests/${fullRequest.id}/responses`, leaving.jwt, {
      publicName: name,
      ...leavingContact,
    });
    expect(accepted.status, accepted.text).toBe(201);
    ids.accepted = accepted.data.id;
    const consent = await volunteering('POST', `/matches/${ids.accepted}/accept`, other.jwt);
    expect(consent.status, consent.text).toBe(200);
    const message = await volunteering('POST', `/matches/${ids.accepted}/messages`, leaving.jwt, {
      body: `Tot zaterdag! ${text}`,
    });
    expect(message.status, message.text).toBe(201);

    const report = await volunteering('POST', '/reports', leaving.jwt, {
      targetType: 'offer',
      targetId: otherOffer.id,
      reason: 'spam',
      explanation: `Dit lijkt reclame. ${text}`,
    });
    expect(report.status, report.text).toBe(201);
  });

  it('the download holds the person’s own volunteering data and nothing of the other', async () => {
    const exported = await call<{ contributions: { volunteering: Record<string, unknown[] | unknown> } }>(
      'GET',
      '/api/account/export',
      { jwt: leaving.jwt },
    );
    expect(exported.status, exported.text).toBe(200);
    const mine = exported.data.contributions.volunteering as {
      offers: Array<{ publicName: string; contactEmail: string }>;
      requests: Array<{ contactEmail: string; contactPhone: string }>;
      organisation: { name: string; website: string; approval: string } | null;
      matches: Array<{ documentId: string; role: string; lifecycle: string }>;
      messagesSent: Array<{ body: string }>;
      reportsFiled: Array<{ explanation: string; reason: string }>;
    };
    expect(mine.offers).toHaveLength(1);
    expect(mine.offers[0]?.publicName).toBe(name);
    expect(mine.requests).toEqual([
      expect.objectContaining({
        contactEmail: leavingContact.contactEmail,
        contactPhone: leavingContact.contactPhone,
      }),
    ]);
    expect(mine.organisation).toMatchObject({ name: `Vereniging ${name}`, website, approval: 'pending' });
    expect(mine.matches.map((match) => [match.documentId, match.role, match.lifecycle]).sort()).toEqual(
      [
        [ids.pendingAsVolunteer, 'volunteer', 'pending'],
        [ids.pendingAsRequester, 'requester', 'pending'],
        [ids.accepted, 'volunteer', 'accepted'],
      ].sort(),
    );
    expect(mine.messagesSent.map((sent) => sent.body)).toEqual(
      expect.arrayContaining([`Ik kan helpen. ${text}`, `Tot zaterdag! ${text}`]),
    );
    expect(mine.reportsFiled).toEqual([
      expect.objectContaining({ reason: 'spam', explanation: `Dit lijkt reclame. ${text}` }),
    ]);
    for (const secret of [other.email, otherContact.contactEmail, otherContact.contactPhone]) {
      expect(exported.text).not.toContain(secret);
    }

    // The other person's download has their side of the shared matches, none of the leaver's data.
    const theirs = await call('GET', '/api/account/export', { jwt: other.jwt });
    expect(theirs.status, theirs.text).toBe(200);
    expect(theirs.text).toContain(otherContact.contactEmail);
    for (const secret of [leaving.email, leavingContact.contactEmail, leavingContact.contactPhone, name, text]) {
      expect(theirs.text).not.toContain(secret);
    }
  });

  it('deleting the account erases the person from every volunteering table and withdraws their pending matches', async () => {
    const needles = [leaving.email, leavingContact.contactEmail, leavingContact.contactPhone, name, text, website];
    const inVolunteeringTables = async () =>
      (await findInDatabase(database, needles)).occurrences.filter((place) => place.table.startsWith('volunteering_'));
    // The scan sees them before: it would catch what deletion left behind.
    const before = new Set((await inVolunteeringTables()).map((place) => place.needle));
    expect([...before].sort()).toEqual([...needles].sort());
    const statisticsBefore = await totals();

    const deleted = await call('POST', '/api/account/delete', {
      jwt: leaving.jwt,
      body: { password: leaving.password },
    });
    expect(deleted.status, deleted.text).toBe(200);

    expect(await inVolunteeringTables()).toEqual([]);
    expect(await matchLifecycle(other, ids.pendingAsVolunteer)).toBe('withdrawn');
    expect(await matchLifecycle(other, ids.pendingAsRequester)).toBe('withdrawn');
    expect(await matchLifecycle(other, ids.accepted)).toBe('accepted');
    expect(await totals()).toEqual(statisticsBefore);

    // Nothing of theirs is on show any more; the other person's posts are untouched.
    const offers = await volunteering('GET', '/offers?pageSize=100');
    expect(offers.text).not.toContain('[verwijderd]');
    const mine = await volunteering<Array<{ contactEmail: string }>>('GET', '/me/requests', other.jwt);
    expect(mine.data.map((request) => request.contactEmail)).toEqual([
      otherContact.contactEmail,
      otherContact.contactEmail,
    ]);
  });
});

describe('staff in the content manager', () => {
  it('a participation officer approves a pending organisation; contact details stay hidden; deleting is not theirs', async () => {
    const resident = await newResident('organisatie');
    const profile = await volunteering<{ id: string; approval: string }>('PUT', '/me/organisation', resident.jwt, {
      name: 'Buurtwerking De Linde',
      description: 'Wij helpen buren.',
      website: null,
    });
    expect(profile.status, profile.text).toBe(200);
    const offer = await postOffer(resident, contact('staf-ziet-niet'));
    const offerContact = (await volunteering<{ contactEmail: string }>('GET', `/me/offers/${offer.id}`, resident.jwt))
      .data.contactEmail;

    const officer = await newStaffMember('participation-officer');
    const path = `/content-manager/collection-types/plugin::volunteering.organisation/${profile.data.id}`;
    const read = await call<{ approval: string }>('GET', path, { jwt: officer });
    expect(read.status, read.text).toBe(200);
    expect(read.data.approval).toBe('pending');
    const approved = await call<{ approval: string }>('PUT', path, { jwt: officer, body: { approval: 'approved' } });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.data.approval).toBe('approved');
    const mine = await volunteering<{ approval: string }>('GET', '/me/organisation', resident.jwt);
    expect(mine.data.approval).toBe('approved');

    const offerInManager = await call(
      'GET',
      `/content-manager/collection-types/plugin::volunteering.offer/${offer.id}`,
      {
        jwt: officer,
      },
    );
    expect(offerInManager.status, offerInManager.text).toBe(200);
    expect(offerInManager.text).not.toContain(offerContact);

    const communication = await newStaffMember('communication-staff');
    expect((await call('GET', path, { jwt: communication })).status).toBe(200);
    const setting = await call('GET', '/content-manager/single-types/plugin::volunteering.moderation-setting', {
      jwt: communication,
    });
    expect(setting.status, setting.text).toBe(200);

    // Read and update only: removing a profile stays with the super admin.
    expect((await call('DELETE', path, { jwt: officer })).status).toBe(403);
    expect((await call('GET', path, { jwt: resident.jwt })).status).toBe(401);
  });
});
