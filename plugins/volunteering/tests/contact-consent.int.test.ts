/**
 * Contact with consent, against the real Strapi: the e-mail address and phone number of either
 * side appear in no API response and no search document until both sides accepted the same match;
 * then exactly the two of them see each other's; after a withdrawal nobody does again.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { matchSchema, messageSchema, publicOfferSchema, publicRequestSchema } from '../shared/contracts.ts';
import {
  contact,
  newResidents,
  postOffer,
  postRequest,
  staff,
  volunteering,
  type ApiResponse,
  type Resident,
} from './support/api.ts';

let volunteer: Resident;
let requester: Resident;
let outsider: Resident;
const volunteerContact = contact('vrijwilliger');
const requesterContact = contact('hulpvrager');
let offerId: string;
let requestId: string;
let matchId: string;

type Viewer = 'anonymous' | 'outsider' | 'volunteer' | 'requester' | 'staff';

/** Every endpoint that returns offers, requests or matches, as each viewer calls it. */
function endpoints(viewer: Viewer): Array<[string, () => Promise<ApiResponse>]> {
  const jwt = {
    anonymous: undefined,
    outsider: outsider.jwt,
    volunteer: volunteer.jwt,
    requester: requester.jwt,
    staff: undefined,
  }[viewer];
  if (viewer === 'staff') {
    return [
      ['staff offers', () => staff('GET', '/volunteering/moderation/offers')],
      ['staff requests', () => staff('GET', '/volunteering/moderation/requests')],
      ['staff organisations', () => staff('GET', '/volunteering/moderation/organisations')],
      ['staff reports', () => staff('GET', '/volunteering/moderation/reports')],
      ['statistics', () => staff('GET', '/volunteering/statistics')],
    ];
  }
  const list: Array<[string, () => Promise<ApiResponse>]> = [
    ['offer list', () => volunteering('GET', '/offers', jwt)],
    ['offer list filtered', () => volunteering('GET', '/offers?category=errands&district=lokeren', jwt)],
    ['offer', () => volunteering('GET', `/offers/${offerId}`, jwt)],
    ['request list', () => volunteering('GET', '/requests', jwt)],
    ['request', () => volunteering('GET', `/requests/${requestId}`, jwt)],
    ['districts', () => volunteering('GET', '/districts', jwt)],
  ];
  if (viewer === 'anonymous') return list;
  list.push(
    ['my matches', () => volunteering('GET', '/me/matches', jwt)],
    ['match', () => volunteering('GET', `/matches/${matchId}`, jwt)],
    ['messages', () => volunteering('GET', `/matches/${matchId}/messages`, jwt)],
    ['my offers', () => volunteering('GET', '/me/offers', jwt)],
    ['my requests', () => volunteering('GET', '/me/requests', jwt)],
    ['offer suggestions', () => volunteering('GET', `/offers/${offerId}/suggestions`, jwt)],
    ['request suggestions', () => volunteering('GET', `/requests/${requestId}/suggestions`, jwt)],
  );
  return list;
}

/** What the viewer must never see: the other people's contact details and account addresses. */
function secretsFor(viewer: Viewer): string[] {
  const ofVolunteer = [volunteerContact.contactEmail, volunteerContact.contactPhone, volunteer.email];
  const ofRequester = [requesterContact.contactEmail, requesterContact.contactPhone, requester.email];
  if (viewer === 'volunteer') return ofRequester;
  if (viewer === 'requester') return ofVolunteer;
  return [...ofVolunteer, ...ofRequester];
}

async function expectNoLeak(viewer: Viewer, secrets = secretsFor(viewer)): Promise<void> {
  for (const [label, request] of endpoints(viewer)) {
    const response = await request();
    expect(response.status, `${viewer}: ${label}`).toBeLessThan(500);
    for (const secret of secrets) expect(response.text, `${viewer} ziet ${secret} in ${label}`).not.toContain(secret);
  }
}

async function searchDocuments(): Promise<string> {
  const response = await fetch(`${inject('meiliUrl')}/indexes/content_nl/documents?limit=10000`, {
    headers: { authorization: `Bearer ${inject('meiliMasterKey')}` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function waitForSearch(present: boolean): Promise<string> {
  const key = `volunteer-request-${requestId}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const documents = await searchDocuments();
    if (documents.includes(key) === present) return documents;
    if (Date.now() > deadline) throw new Error(`hulpvraag ${present ? 'niet' : 'nog steeds'} in de zoekindex`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  [volunteer, requester, outsider] = (await newResidents('vrijwilliger', 'hulpvrager', 'buitenstaander')) as [
    Resident,
    Resident,
    Resident,
  ];
  offerId = (await postOffer(volunteer, { ...volunteerContact, title: 'Boodschappen en een babbel' })).id;
  requestId = (await postRequest(requester, { ...requesterContact, title: 'Wie doet boodschappen met mama?' })).id;
});

describe('before anyone responds', () => {
  it('no endpoint shows anyone’s contact details to anyone else', async () => {
    const response = await volunteering('POST', `/requests/${requestId}/responses`, outsider.jwt, {
      publicName: 'Olaf',
    });
    // The outsider's own pending match gives matchId a value the others cannot see.
    matchId = (response.data as { id: string }).id;
    for (const viewer of ['anonymous', 'outsider', 'volunteer', 'requester', 'staff'] as const)
      await expectNoLeak(viewer);
    await volunteering('POST', `/matches/${matchId}/withdraw`, outsider.jwt);
  });

  it('public offers and requests fit the strict public contracts', async () => {
    const offer = await volunteering('GET', `/offers/${offerId}`);
    expect(publicOfferSchema.safeParse(offer.data).success, offer.text).toBe(true);
    const request = await volunteering('GET', `/requests/${requestId}`);
    expect(publicRequestSchema.safeParse(request.data).success, request.text).toBe(true);
  });

  it('the search index holds the open request without contact details', async () => {
    const documents = await waitForSearch(true);
    for (const secret of secretsFor('anonymous')) expect(documents).not.toContain(secret);
  });
});

describe('while the match waits for the requester', () => {
  it('the response itself and every endpoint keep contact details hidden from both sides', async () => {
    const response = await volunteering<{ id: string }>('POST', `/requests/${requestId}/responses`, volunteer.jwt, {
      offerId,
      message: 'Ik help graag, ik woon om de hoek.',
    });
    expect(response.status, response.text).toBe(201);
    expect(matchSchema.parse(response.data).counterpartContact).toBeNull();
    for (const secret of secretsFor('volunteer')) expect(response.text).not.toContain(secret);
    matchId = response.data.id;

    for (const viewer of ['anonymous', 'outsider', 'volunteer', 'requester', 'staff'] as const)
      await expectNoLeak(viewer);
  });

  it('refuses contact details in a message before consent, and allows an ordinary message', async () => {
    const refused = await volunteering('POST', `/matches/${matchId}/messages`, requester.jwt, {
      body: `Bel me gerust op ${requesterContact.contactPhone}`,
    });
    expect(refused.status).toBe(400);
    expect(refused.error?.details?.errors?.[0]).toMatchObject({ path: ['body'] });
    expect(refused.error?.message).toContain('nog geen e-mailadres of telefoonnummer');

    const sent = await volunteering('POST', `/matches/${matchId}/messages`, requester.jwt, {
      body: 'Fijn! Past maandag om tien uur?',
    });
    expect(sent.status, sent.text).toBe(201);
    expect(messageSchema.parse(sent.data)).toMatchObject({ fromMe: true, side: 'requester' });
    const thread = await volunteering<Array<{ body: string; fromMe: boolean }>>(
      'GET',
      `/matches/${matchId}/messages`,
      volunteer.jwt,
    );
    expect(thread.data.map((message) => [message.body, message.fromMe])).toEqual([
      ['Ik help graag, ik woon om de hoek.', true],
      ['Fijn! Past maandag om tien uur?', false],
    ]);
  });

  it('a third person cannot see, read or accept the match: it does not exist for them', async () => {
    for (const [method, path] of [
      ['GET', `/matches/${matchId}`],
      ['GET', `/matches/${matchId}/messages`],
      ['POST', `/matches/${matchId}/accept`],
      ['POST', `/matches/${matchId}/withdraw`],
    ] as const) {
      const response = await volunteering(method, path, outsider.jwt);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.error?.message).toBe('Deze match bestaat niet of je hebt er geen toegang toe.');
      expect(response.text).not.toContain('Wie doet boodschappen');
    }
  });
});

describe('once both sides accepted', () => {
  it('each side sees the other’s contact details, and nobody else does', async () => {
    const accepted = await volunteering('POST', `/matches/${matchId}/accept`, requester.jwt);
    expect(accepted.status, accepted.text).toBe(200);
    expect(matchSchema.parse(accepted.data).counterpartContact).toEqual({
      name: 'Anna',
      email: volunteerContact.contactEmail,
      phone: volunteerContact.contactPhone,
    });

    const seenByVolunteer = await volunteering('GET', `/matches/${matchId}`, volunteer.jwt);
    expect(matchSchema.parse(seenByVolunteer.data).counterpartContact).toEqual({
      name: 'Bert',
      email: requesterContact.contactEmail,
      phone: requesterContact.contactPhone,
    });

    for (const viewer of ['anonymous', 'outsider', 'staff'] as const) await expectNoLeak(viewer);
  });

  it('the filled request leaves the search index', async () => {
    const documents = await waitForSearch(false);
    for (const secret of secretsFor('anonymous')) expect(documents).not.toContain(secret);
  });
});

describe('after a withdrawal', () => {
  it('hides the contact details from both sides again', async () => {
    const withdrawn = await volunteering('POST', `/matches/${matchId}/withdraw`, volunteer.jwt);
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(matchSchema.parse(withdrawn.data)).toMatchObject({
      lifecycle: 'withdrawn',
      counterpartContact: null,
      endedBy: 'volunteer',
    });
    for (const viewer of ['volunteer', 'requester', 'anonymous', 'outsider'] as const) await expectNoLeak(viewer);
  });
});
