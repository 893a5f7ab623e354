/**
 * Staff and moderation against the real Strapi: organisations need approval before they post,
 * blocked words are refused with a Dutch message naming them, staff hide posts and block
 * accounts, residents report abuse, and only staff roles with the permission reach these routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnOffer, PublicOffer, PublicRequest, Statistics } from '../shared/contracts.ts';
import {
  approveOrganisation,
  call,
  newResidents,
  newStaffMember,
  postOffer,
  postRequest,
  requestInput,
  staff,
  volunteering,
  type Resident,
} from './support/api.ts';

let resident: Resident;
let other: Resident;
/** Gets an organisation profile that staff reject, and is a stranger to the others' matches. */
let stranger: Resident;
let organisation: Resident;
let blockedOne: Resident;

beforeAll(async () => {
  [resident, other, stranger, organisation, blockedOne] = (await newResidents(
    'moderatie',
    'melder',
    'vreemde',
    'chiro',
    'geblokkeerd',
  )) as [Resident, Resident, Resident, Resident, Resident];
});

describe('organisations', () => {
  const asOrganisation = () => requestInput({ postAs: 'organisation', publicName: undefined });

  it('cannot post without a profile, nor while the profile waits for approval or was rejected', async () => {
    const account = stranger;
    const noProfile = await volunteering('POST', '/requests', account.jwt, asOrganisation());
    expect(noProfile.status).toBe(403);
    expect(noProfile.error?.message).toContain('geen organisatieprofiel');

    const profile = await volunteering<{ id: string; approval: string }>('PUT', '/me/organisation', account.jwt, {
      name: 'Fanfare De Eendracht',
    });
    expect(profile.data.approval).toBe('pending');
    const pending = await volunteering('POST', '/requests', account.jwt, asOrganisation());
    expect(pending.status).toBe(403);
    expect(pending.error).toMatchObject({
      name: 'PolicyError',
      message:
        'Je organisatie is nog niet goedgekeurd door de stad. Je kunt als organisatie posten zodra ze is goedgekeurd.',
      details: { unlock: 'organisation-approval', approval: 'pending' },
    });

    const queue = await staff<Array<{ id: string; name: string }>>(
      'GET',
      '/volunteering/moderation/organisations?approval=pending',
    );
    expect(queue.data.map((organisation) => organisation.name)).toContain('Fanfare De Eendracht');
    await staff('POST', `/volunteering/moderation/organisations/${profile.data.id}/review`, {
      data: { approval: 'rejected', reason: 'Geen vereniging uit Lokeren.' },
    });
    const rejected = await volunteering('POST', '/requests', account.jwt, asOrganisation());
    expect(rejected.status).toBe(403);
    expect(rejected.error?.message).toContain('niet goedgekeurd');
    const own = await volunteering<{ approval: string; rejectionReason: string }>(
      'GET',
      '/me/organisation',
      account.jwt,
    );
    expect(own.data).toMatchObject({ approval: 'rejected', rejectionReason: 'Geen vereniging uit Lokeren.' });
  });

  it('posts under its name once approved, and goes back for review when it changes that name', async () => {
    await approveOrganisation(organisation, 'Chiro Lokeren');
    const posted = await volunteering<PublicRequest>('POST', '/requests', organisation.jwt, asOrganisation());
    expect(posted.status, posted.text).toBe(201);
    expect(posted.data.poster).toEqual({
      kind: 'organisation',
      name: 'Chiro Lokeren',
      organisation: { name: 'Chiro Lokeren', website: 'https://vereniging.example' },
    });

    const renamed = await volunteering<{ approval: string }>('PUT', '/me/organisation', organisation.jwt, {
      name: 'Chiro Lokeren-Centrum',
      website: 'https://vereniging.example',
    });
    expect(renamed.data.approval).toBe('pending');
    expect((await volunteering('POST', '/requests', organisation.jwt, asOrganisation())).status).toBe(403);
  });
});

describe('blocked words', () => {
  let original: { nl: string[]; fr: string[] };

  beforeAll(async () => {
    original = (await staff<{ nl: string[]; fr: string[] }>('GET', '/volunteering/moderation/blocked-words')).data;
  });
  afterAll(async () => {
    await staff('PUT', '/volunteering/moderation/blocked-words', { data: original });
  });

  it('refuses a post with a listed Dutch or French word, naming the field and the word', async () => {
    const dutch = await volunteering('POST', '/offers', resident.jwt, {
      publicName: 'Anna',
      title: 'Help elke klootzak',
      description: 'Ik help graag iedereen die hulp nodig heeft.',
      categories: ['errands'],
      districts: ['lokeren'],
      availability: [{ weekday: 'monday', partOfDay: 'morning' }],
      frequency: 'one-off',
    });
    expect(dutch.status).toBe(400);
    expect(dutch.error?.details?.errors).toEqual([
      {
        path: ['title'],
        message: 'Titel bevat een woord dat hier niet is toegestaan: „klootzak”. Pas je tekst aan.',
        name: 'ValidationError',
      },
    ]);
    const french = await volunteering(
      'POST',
      '/requests',
      resident.jwt,
      requestInput({ description: 'Quel CONNARD, ce voisin.' }),
    );
    expect(french.status).toBe(400);
    expect(french.error?.message).toContain('Beschrijving bevat een woord dat hier niet is toegestaan: „connard”');
  });

  it('follows the list staff keep, also in messages', async () => {
    const saved = await staff<{ nl: string[]; fr: string[] }>('PUT', '/volunteering/moderation/blocked-words', {
      data: { nl: [...original.nl, 'Prutser'], fr: original.fr },
    });
    expect(saved.data.nl).toContain('prutser');
    const refused = await volunteering('POST', '/requests', resident.jwt, requestInput({ title: 'Geen prutser aub' }));
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toContain('„prutser”');

    const request = await postRequest(resident);
    const response = await volunteering<{ id: string }>('POST', `/requests/${request.id}/responses`, other.jwt, {
      publicName: 'Otto',
    });
    const message = await volunteering('POST', `/matches/${response.data.id}/messages`, resident.jwt, {
      body: 'Jij prutser!',
    });
    expect(message.status).toBe(400);
    expect(message.error?.details?.errors?.[0]?.path).toEqual(['body']);
  });

  it('cannot be changed by residents', async () => {
    const attempt = await call('PUT', '/volunteering/moderation/blocked-words', {
      jwt: resident.jwt,
      body: { data: { nl: [], fr: [] } },
    });
    expect(attempt.status).toBe(401);
  });
});

describe('hiding and blocking', () => {
  it('a hidden offer leaves every public view, stays visible to its owner as hidden, and comes back', async () => {
    const offer = await postOffer(resident, { title: 'Fietsherstel voor buren' });
    expect((await staff('POST', `/volunteering/moderation/offers/${offer.id}/hide`)).status).toBe(200);

    expect((await volunteering('GET', `/offers/${offer.id}`)).status).toBe(404);
    const list = await volunteering<PublicOffer[]>('GET', '/offers?pageSize=100');
    expect(list.data.map((item) => item.id)).not.toContain(offer.id);
    const own = await volunteering<OwnOffer>('GET', `/me/offers/${offer.id}`, resident.jwt);
    expect(own.data.hiddenByModerator).toBe(true);
    // The owner cannot lift a moderator's decision.
    const lift = await volunteering('PUT', `/offers/${offer.id}`, resident.jwt, { hiddenByModerator: false });
    expect(lift.status).toBe(400);

    await staff('POST', `/volunteering/moderation/offers/${offer.id}/show`);
    expect((await volunteering('GET', `/offers/${offer.id}`)).status).toBe(200);
  });

  it('a hidden request cannot be seen or answered', async () => {
    const request = await postRequest(resident);
    await staff('POST', `/volunteering/moderation/requests/${request.id}/hide`);
    expect((await volunteering('GET', `/requests/${request.id}`)).status).toBe(404);
    const response = await volunteering('POST', `/requests/${request.id}/responses`, other.jwt, { publicName: 'Otto' });
    expect(response.status).toBe(404);
  });

  it('a blocked account loses access and its posts leave the lists, until unblocked', async () => {
    const offer = await postOffer(blockedOne, { title: 'Computerhulp voor senioren' });
    const blocked = await staff<{ blocked: boolean }>(
      'POST',
      `/volunteering/moderation/accounts/${blockedOne.documentId}/block`,
    );
    expect(blocked.data.blocked).toBe(true);

    expect((await volunteering('GET', '/me/offers', blockedOne.jwt)).status).toBe(401);
    expect((await volunteering('GET', `/offers/${offer.id}`)).status).toBe(404);

    await staff('POST', `/volunteering/moderation/accounts/${blockedOne.documentId}/unblock`);
    expect((await volunteering('GET', '/me/offers', blockedOne.jwt)).status).toBe(200);
    expect((await volunteering('GET', `/offers/${offer.id}`)).status).toBe(200);
  });
});

describe('abuse reports', () => {
  it('a resident reports once; staff see the report with its target and resolve it', async () => {
    const offer = await postOffer(resident, { title: 'Verdacht goedkope klusjes' });
    const report = await volunteering<{ id: string; state: string }>('POST', '/reports', other.jwt, {
      targetType: 'offer',
      targetId: offer.id,
      reason: 'fraud',
      explanation: 'Vraagt om vooraf te betalen.',
    });
    expect(report.status, report.text).toBe(201);
    const twice = await volunteering('POST', '/reports', other.jwt, {
      targetType: 'offer',
      targetId: offer.id,
      reason: 'spam',
    });
    expect(twice.status).toBe(400);
    expect(twice.error?.message).toBe('Je hebt dit al gemeld. De stad bekijkt je melding.');

    const open = await staff<Array<{ id: string; target: { title: string; account: { id: string } } }>>(
      'GET',
      '/volunteering/moderation/reports?state=open',
    );
    const listed = open.data.find((item) => item.id === report.data.id);
    expect(listed?.target).toMatchObject({ title: 'Verdacht goedkope klusjes', account: { id: resident.documentId } });

    const resolved = await staff<{ state: string }>(
      'POST',
      `/volunteering/moderation/reports/${report.data.id}/resolve`,
      {
        data: { outcome: 'resolved', note: 'Aanbod verborgen.' },
      },
    );
    expect(resolved.data.state).toBe('resolved');
  });

  it('refuses reporting what the reporter cannot see, and anonymous reports', async () => {
    const request = await postRequest(resident);
    const response = await volunteering<{ id: string }>('POST', `/requests/${request.id}/responses`, other.jwt, {
      publicName: 'Otto',
      message: 'Hallo!',
    });
    const messages = await volunteering<Array<{ id: string }>>(
      'GET',
      `/matches/${response.data.id}/messages`,
      other.jwt,
    );
    const probe = await volunteering('POST', '/reports', stranger.jwt, {
      targetType: 'message',
      targetId: messages.data[0]?.id,
      reason: 'inappropriate',
    });
    expect(probe.status).toBe(404);
    const anonymous = await volunteering('POST', '/reports', undefined, {
      targetType: 'request',
      targetId: request.id,
      reason: 'spam',
    });
    expect(anonymous.status).toBe(403);
    expect(anonymous.error?.details).toMatchObject({ unlock: 'log-in' });
  });
});

describe('staff roles', () => {
  it('the participation officer moderates and reads statistics; an editor and residents cannot', async () => {
    const officer = await newStaffMember('participation-officer');
    expect((await staff('GET', '/volunteering/moderation/reports', { token: officer })).status).toBe(200);
    expect((await staff('GET', '/volunteering/statistics', { token: officer })).status).toBe(200);

    const editor = await newStaffMember('strapi-editor');
    expect((await staff('GET', '/volunteering/moderation/reports', { token: editor })).status).toBe(403);
    expect((await staff('GET', '/volunteering/statistics', { token: editor })).status).toBe(403);
    expect((await call('GET', '/volunteering/statistics', { jwt: resident.jwt })).status).toBe(401);
    expect((await call('GET', '/volunteering/statistics')).status).toBe(401);
  });
});

describe('statistics', () => {
  it('count requests, matches and fulfilled requests by category and district', async () => {
    const read = async () => (await staff<Statistics>('GET', '/volunteering/statistics')).data;
    const row = (stats: Statistics) => ({
      cooking: stats.byCategory.find((entry) => entry.category === 'cooking'),
      eksaarde: stats.byDistrict.find((entry) => entry.district === 'eksaarde'),
    });
    const before = row(await read());

    const request = await postRequest(resident, { categories: ['cooking'], district: 'eksaarde', volunteersNeeded: 1 });
    const response = await volunteering<{ id: string }>('POST', `/requests/${request.id}/responses`, other.jwt, {
      publicName: 'Otto',
    });
    await volunteering('POST', `/matches/${response.data.id}/accept`, resident.jwt);

    const after = row(await read());
    for (const key of ['cooking', 'eksaarde'] as const) {
      expect(after[key]?.requests).toBe((before[key]?.requests ?? 0) + 1);
      expect(after[key]?.matches).toBe((before[key]?.matches ?? 0) + 1);
      expect(after[key]?.acceptedMatches).toBe((before[key]?.acceptedMatches ?? 0) + 1);
      expect(after[key]?.fulfilledRequests).toBe((before[key]?.fulfilledRequests ?? 0) + 1);
    }
  });
});
