/**
 * Responding, inviting, accepting, declining, withdrawing and closing, against the real Strapi:
 * each side acts only on its own matches, a request closes when filled or expired, and an
 * organisation sees only the responses to its own requests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import { matchSchema, type Match, type OwnRequest, type PublicRequest } from '../shared/contracts.ts';
import {
  approveOrganisation,
  contact,
  mailCatcherUrl,
  newResidents,
  postOffer,
  postRequest,
  superAdminToken,
  call,
  volunteering,
  type Resident,
} from './support/api.ts';

async function respond(volunteer: Resident, requestId: string, data: Record<string, unknown> = { publicName: 'Vera' }) {
  return volunteering<Match>('POST', `/requests/${requestId}/responses`, volunteer.jwt, data);
}

async function act(resident: Resident, matchId: string, command: 'accept' | 'decline' | 'withdraw') {
  return volunteering<Match>('POST', `/matches/${matchId}/${command}`, resident.jwt);
}

async function requestAsOwner(owner: Resident, requestId: string) {
  const response = await volunteering<OwnRequest>('GET', `/me/requests/${requestId}`, owner.jwt);
  expect(response.status, response.text).toBe(200);
  return response.data;
}

/** Moves a request's end date as staff would in the content manager (the API refuses past dates). */
async function setUntilDate(requestId: string, untilDate: string) {
  const response = await call(
    'PUT',
    `/content-manager/collection-types/plugin::volunteering.help-request/${requestId}`,
    {
      jwt: await superAdminToken(),
      body: { untilDate },
    },
  );
  expect(response.status, response.text).toBe(200);
}

let requester: Resident;
let volunteerA: Resident;
let volunteerB: Resident;
let volunteerC: Resident;
let organisationA: Resident;
let organisationB: Resident;

beforeAll(async () => {
  [requester, volunteerA, volunteerB, volunteerC, organisationA, organisationB] = (await newResidents(
    'vrager',
    'vera',
    'victor',
    'vanessa',
    'sportclub',
    'buurthuis',
  )) as [Resident, Resident, Resident, Resident, Resident, Resident];
});

describe('a requester invites a volunteer', () => {
  it('the volunteer accepts, both see each other, and the request is filled', async () => {
    const volunteerContact = contact('genodigde');
    const offer = await postOffer(volunteerA, { ...volunteerContact, publicName: 'Vera' });
    const request = await postRequest(requester, { volunteersNeeded: 1, ...contact('uitnodiger') });

    const invited = await volunteering<Match>('POST', `/requests/${request.id}/invitations`, requester.jwt, {
      offerId: offer.id,
      message: 'Zou je ons willen helpen?',
    });
    expect(invited.status, invited.text).toBe(201);
    expect(matchSchema.parse(invited.data)).toMatchObject({
      initiatedBy: 'requester',
      myRole: 'requester',
      consent: { volunteer: false, requester: true },
      counterpartContact: null,
    });

    // The volunteer finds it among their matches, with "accept" offered.
    const mine = await volunteering<Match[]>('GET', '/me/matches?role=volunteer', volunteerA.jwt);
    const seen = mine.data.find((match) => match.id === invited.data.id);
    expect(seen?.allowed).toEqual({ accept: true, decline: true, withdraw: false, message: true });

    const accepted = await act(volunteerA, invited.data.id, 'accept');
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.data.lifecycle).toBe('accepted');
    expect(accepted.data.request.lifecycle).toBe('filled');
    const requesterView = await volunteering<Match>('GET', `/matches/${invited.data.id}`, requester.jwt);
    expect(requesterView.data.counterpartContact).toEqual({
      name: 'Vera',
      email: volunteerContact.contactEmail,
      phone: volunteerContact.contactPhone,
    });

    const filled = await respond(volunteerB, request.id);
    expect(filled.status).toBe(400);
    expect(filled.error?.message).toBe('Deze hulpvraag heeft al genoeg vrijwilligers.');
    const list = await volunteering<PublicRequest[]>('GET', '/requests?pageSize=100');
    expect(list.data.map((item) => item.id)).not.toContain(request.id);
  });

  it('refuses inviting an offer that does not exist, and inviting on someone else’s request', async () => {
    const request = await postRequest(requester);
    const missing = await volunteering('POST', `/requests/${request.id}/invitations`, requester.jwt, {
      offerId: 'bestaatnietbestaatniet00',
    });
    expect(missing.status).toBe(404);
    const offer = await postOffer(volunteerB);
    const notTheirs = await volunteering('POST', `/requests/${request.id}/invitations`, volunteerC.jwt, {
      offerId: offer.id,
    });
    expect(notTheirs.status).toBe(404);
    expect(notTheirs.error?.message).toBe('Deze hulpvraag bestaat niet (meer) of je hebt er geen toegang toe.');
  });
});

describe('accepting', () => {
  it('twice, or by the side that already consented, is refused in Dutch', async () => {
    const request = await postRequest(requester, { volunteersNeeded: 3 });
    const response = await respond(volunteerA, request.id);
    expect(response.status, response.text).toBe(201);

    const ownAccept = await act(volunteerA, response.data.id, 'accept');
    expect(ownAccept.status).toBe(400);
    expect(ownAccept.error?.message).toBe('Je hebt deze match al aanvaard.');

    expect((await act(requester, response.data.id, 'accept')).status).toBe(200);
    const again = await act(requester, response.data.id, 'accept');
    expect(again.status).toBe(400);
    expect(again.error?.message).toBe('Je hebt deze match al aanvaard.');
    expect((await requestAsOwner(requester, request.id)).spotsLeft).toBe(2);
  });

  it('for someone else is refused as if the match did not exist', async () => {
    const request = await postRequest(requester);
    const response = await respond(volunteerA, request.id);
    const hijack = await act(volunteerC, response.data.id, 'accept');
    expect(hijack.status).toBe(404);
    expect(hijack.error?.name).toBe('NotFoundError');
    const still = await volunteering<Match>('GET', `/matches/${response.data.id}`, requester.jwt);
    expect(still.data.consent).toEqual({ volunteer: true, requester: false });
  });

  it('a response twice to the same request is refused', async () => {
    const request = await postRequest(requester);
    expect((await respond(volunteerB, request.id)).status).toBe(201);
    const twice = await respond(volunteerB, request.id);
    expect(twice.status).toBe(400);
    expect(twice.error?.message).toBe('Je hebt al gereageerd op deze hulpvraag.');
  });

  it('nobody responds to their own request, or with somebody else’s offer', async () => {
    const request = await postRequest(requester);
    const own = await respond(requester, request.id);
    expect(own.status).toBe(403);
    expect(own.error?.message).toBe('Je kunt niet reageren op je eigen hulpvraag.');
    const othersOffer = await postOffer(volunteerA);
    const borrowed = await respond(volunteerB, request.id, { offerId: othersOffer.id });
    expect(borrowed.status).toBe(404);
    expect(borrowed.error?.message).toBe('Dit aanbod bestaat niet (meer) of je hebt er geen toegang toe.');
  });
});

describe('capacity, withdrawal and declining', () => {
  it('fills at the number of volunteers asked, and reopens when one withdraws', async () => {
    const request = await postRequest(requester, { volunteersNeeded: 2 });
    const first = await respond(volunteerA, request.id);
    const second = await respond(volunteerB, request.id);
    const third = await respond(volunteerC, request.id);
    expect((await act(requester, first.data.id, 'accept')).status).toBe(200);
    expect((await act(requester, second.data.id, 'accept')).status).toBe(200);
    expect(await requestAsOwner(requester, request.id)).toMatchObject({
      lifecycle: 'filled',
      spotsLeft: 0,
      pendingResponses: 1,
    });

    const over = await act(requester, third.data.id, 'accept');
    expect(over.status).toBe(400);
    expect(over.error?.message).toBe('Deze hulpvraag heeft al genoeg vrijwilligers.');

    const withdrawn = await act(volunteerB, second.data.id, 'withdraw');
    expect(withdrawn.data).toMatchObject({ lifecycle: 'withdrawn', endedBy: 'volunteer', counterpartContact: null });
    expect(await requestAsOwner(requester, request.id)).toMatchObject({ lifecycle: 'open', spotsLeft: 1 });
    expect((await act(requester, third.data.id, 'accept')).status).toBe(200);

    const afterWithdrawal = await act(volunteerB, second.data.id, 'accept');
    expect(afterWithdrawal.status).toBe(400);
    expect(afterWithdrawal.error?.message).toBe('Deze match is beëindigd.');
  });

  it('two acceptances racing for the last place: exactly one wins', async () => {
    const request = await postRequest(requester, { volunteersNeeded: 1 });
    const first = await respond(volunteerA, request.id);
    const second = await respond(volunteerB, request.id);
    const results = await Promise.all([
      act(requester, first.data.id, 'accept'),
      act(requester, second.data.id, 'accept'),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 400]);
    expect(results.find((result) => result.status === 400)?.error?.message).toBe(
      'Deze hulpvraag heeft al genoeg vrijwilligers.',
    );
    expect(await requestAsOwner(requester, request.id)).toMatchObject({ lifecycle: 'filled', spotsLeft: 0 });
  });

  it('a declined volunteer sees it declined and can no longer act on it', async () => {
    const request = await postRequest(requester);
    const response = await respond(volunteerC, request.id);
    const declined = await act(requester, response.data.id, 'decline');
    expect(declined.data).toMatchObject({ lifecycle: 'declined', endedBy: 'requester' });
    const seen = await volunteering<Match>('GET', `/matches/${response.data.id}`, volunteerC.jwt);
    expect(seen.data.allowed).toEqual({ accept: false, decline: false, withdraw: false, message: false });
  });
});

describe('closing and expiry', () => {
  it('a closed request ends its pending matches and takes no more responses', async () => {
    const request = await postRequest(requester);
    const pending = await respond(volunteerA, request.id);
    const closed = await volunteering<OwnRequest>('POST', `/requests/${request.id}/close`, requester.jwt);
    expect(closed.data.lifecycle).toBe('closed');
    const ended = await volunteering<Match>('GET', `/matches/${pending.data.id}`, volunteerA.jwt);
    expect(ended.data).toMatchObject({ lifecycle: 'withdrawn', endedBy: 'requester' });
    const late = await respond(volunteerB, request.id);
    expect(late.status).toBe(400);
    expect(late.error?.message).toBe('Deze hulpvraag is afgesloten.');
  });

  it('a request past its end date is expired: no responses, no acceptance, out of the list and suggestions', async () => {
    const request = await postRequest(requester, { categories: ['animals'] });
    const offer = await postOffer(volunteerB, { categories: ['animals'] });
    const pending = await respond(volunteerA, request.id);
    await setUntilDate(request.id, '2020-01-31');

    const shown = await volunteering<PublicRequest>('GET', `/requests/${request.id}`);
    expect(shown.data.lifecycle).toBe('expired');
    const late = await respond(volunteerB, request.id, { offerId: offer.id });
    expect(late.status).toBe(400);
    expect(late.error?.message).toBe('Deze hulpvraag is verlopen: reageren kan niet meer.');
    const acceptLate = await act(requester, pending.data.id, 'accept');
    expect(acceptLate.status).toBe(400);
    expect(acceptLate.error?.message).toBe('Deze hulpvraag is verlopen: reageren kan niet meer.');

    const list = await volunteering<PublicRequest[]>('GET', '/requests?category=animals&pageSize=100');
    expect(list.data.map((item) => item.id)).not.toContain(request.id);
    const suggestions = await volunteering<Array<{ request: { id: string } }>>(
      'GET',
      `/offers/${offer.id}/suggestions`,
      volunteerB.jwt,
    );
    expect(suggestions.data.map((entry) => entry.request.id)).not.toContain(request.id);
    expect(await volunteering<unknown[]>('GET', `/requests/${request.id}/suggestions`, requester.jwt)).toMatchObject({
      data: [],
    });
  });
});

describe('an organisation', () => {
  it('sees only the responses to its own requests', async () => {
    const orgA = await approveOrganisation(organisationA, 'Sportclub Daknam');
    const orgB = await approveOrganisation(organisationB, 'Buurthuis Eksaarde');
    const requestA = await postRequest(orgA, { postAs: 'organisation', publicName: undefined });
    const requestB = await postRequest(orgB, { postAs: 'organisation', publicName: undefined });
    const toA = await respond(volunteerC, requestA.id);
    const toB = await respond(volunteerC, requestB.id);

    const seenByA = await volunteering<Match[]>('GET', '/me/matches', orgA.jwt);
    expect(seenByA.data.map((match) => match.id)).toEqual([toA.data.id]);
    expect(seenByA.data[0]).toMatchObject({ myRole: 'requester', requesterName: 'Sportclub Daknam' });

    for (const path of [
      `/matches/${toB.data.id}`,
      `/matches/${toB.data.id}/messages`,
      `/me/requests/${requestB.id}`,
      `/requests/${requestB.id}/suggestions`,
    ]) {
      const response = await volunteering('GET', path, orgA.jwt);
      expect(response.status, path).toBe(404);
    }
    expect((await act(orgA, toB.data.id, 'accept')).status).toBe(404);
    expect(
      (await volunteering<OwnRequest[]>('GET', '/me/requests', orgA.jwt)).data.map((request) => request.id),
    ).toEqual([requestA.id]);
  });
});

describe('notifications', () => {
  it('e-mail the requester about a response, with a link and without anyone’s contact details', async () => {
    const since = new Date();
    const volunteerContact = contact('melder');
    const offer = await postOffer(volunteerA, volunteerContact);
    const request = await postRequest(requester, { title: 'Hulp bij het verhuizen van boeken' });
    const response = await respond(volunteerA, request.id, { offerId: offer.id });

    const mail = await waitForMail(mailCatcherUrl, { to: requester.email, subject: /Iemand wil helpen/, since });
    expect(mail.subject).toBe('Iemand wil helpen bij je hulpvraag „Hulp bij het verhuizen van boeken”');
    expect(mail.links.some((link) => link.endsWith(`/vrijwilligers/mijn/matches/${response.data.id}`))).toBe(true);
    for (const secret of [volunteerContact.contactEmail, volunteerContact.contactPhone, volunteerA.email]) {
      expect(mail.text).not.toContain(secret);
    }

    await act(requester, response.data.id, 'accept');
    const accepted = await waitForMail(mailCatcherUrl, { to: volunteerA.email, subject: /Akkoord/, since });
    expect(accepted.text).toContain('Op het platform zien jullie nu elkaars contactgegevens.');
  });
});
