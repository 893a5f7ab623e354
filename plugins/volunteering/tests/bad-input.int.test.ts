/**
 * Bad input against the real Strapi: every refusal is a Strapi error envelope with a Dutch
 * message, validation errors name their fields, and nothing is stored or leaked on the way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../shared/contracts.ts';
import { call, inDays, newResident, offerInput, requestInput, volunteering, type Resident } from './support/api.ts';

let resident: Resident;

beforeAll(async () => {
  resident = await newResident('invoer');
});

const fieldErrors = (response: { error?: { details?: { errors?: Array<{ path: string[]; message: string }> } } }) =>
  (response.error?.details?.errors ?? []).map((error) => [error.path.join('.'), error.message]);

describe('without an account', () => {
  it.each([
    ['POST', '/offers', offerInput()],
    ['POST', '/requests', requestInput()],
    ['GET', '/me/matches', undefined],
    ['PUT', '/me/organisation', { name: 'Anoniem' }],
  ] as const)('%s %s asks to log in, in Dutch', async (method, path, data) => {
    const response = await volunteering(method, path, undefined, data);
    expect(response.status).toBe(403);
    expect(response.error).toMatchObject({
      name: 'PolicyError',
      message: 'Meld je aan of maak een account om mee te doen.',
      details: { unlock: 'log-in' },
    });
  });

  it('reading stays open to everyone', async () => {
    expect((await volunteering('GET', '/offers')).status).toBe(200);
    expect((await volunteering('GET', '/requests')).status).toBe(200);
    expect((await volunteering('GET', '/districts')).status).toBe(200);
  });
});

describe('invalid posts', () => {
  it('invalid availability names the slot and the part that is wrong', async () => {
    const response = await volunteering('POST', '/offers', resident.jwt, {
      ...offerInput(),
      availability: [
        { weekday: 'monday', partOfDay: 'morning' },
        { weekday: 'funday', partOfDay: 'night' },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.error?.name).toBe('ValidationError');
    expect(fieldErrors(response)).toEqual([
      ['availability.1.weekday', 'Beschikbaarheid (nr. 2, weekdag) is geen geldige keuze.'],
      ['availability.1.partOfDay', 'Beschikbaarheid (nr. 2, dagdeel) is geen geldige keuze.'],
    ]);
  });

  it('oversized text, HTML and contact details in public text are refused, field by field', async () => {
    const response = await volunteering('POST', '/requests', resident.jwt, {
      ...requestInput(),
      title: '<script>alert("x")</script>',
      description: 'a'.repeat(LIMITS.requestDescription.max + 1),
      publicName: 'mail me: bert@voorbeeld.be',
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response)).toEqual([
      [
        'publicName',
        'Naam mag geen e-mailadres of telefoonnummer bevatten: die worden pas gedeeld als jullie allebei akkoord gaan.',
      ],
      ['title', 'Titel mag geen HTML bevatten.'],
      ['description', `Beschrijving mag hoogstens ${LIMITS.requestDescription.max} tekens bevatten.`],
    ]);
    expect(response.text).not.toContain('<script>');
  });

  it('dates in the past or beyond the end date are refused', async () => {
    const response = await volunteering('POST', '/requests', resident.jwt, {
      ...requestInput(),
      untilDate: inDays(-1),
    });
    expect(fieldErrors(response)).toEqual([['untilDate', 'Einddatum mag niet in het verleden liggen.']]);
    const dates = await volunteering('POST', '/requests', resident.jwt, {
      ...requestInput({ untilDate: inDays(5) }),
      dates: [{ date: inDays(9), partOfDay: 'evening' }],
    });
    expect(fieldErrors(dates)).toEqual([['dates.0', 'Data (nr. 1) mag niet na de einddatum liggen.']]);
  });

  it('fields a resident may not set are refused instead of ignored', async () => {
    const response = await volunteering('POST', '/requests', resident.jwt, {
      ...requestInput(),
      lifecycle: 'filled',
      acceptedCount: 99,
      poster: 1,
    });
    expect(response.status).toBe(400);
    expect(response.error?.message).toContain('kent deze velden niet: lifecycle, acceptedCount, poster');
  });

  it('a body without "data" and a bad list filter are refused in Dutch', async () => {
    const bare = await call('POST', '/api/volunteering/offers', { jwt: resident.jwt, body: offerInput() });
    expect(bare.status).toBe(400);
    expect(bare.error?.message).toContain('stuur de velden in een object "data"');
    const filter = await volunteering('GET', '/requests?category=zwemmen&pageSize=1000');
    expect(fieldErrors(filter)).toEqual([
      ['category', 'Categorie is geen geldige keuze.'],
      ['pageSize', `Aantal per pagina mag hoogstens ${LIMITS.pageSize.max} zijn.`],
    ]);
  });

  it('a malformed or unknown id is a plain "not found" or validation error, never a server error', async () => {
    expect((await volunteering('GET', '/offers/../../admin')).status).toBeLessThan(500);
    const malformed = await volunteering('GET', '/requests/DROP%20TABLE');
    expect(malformed.status).toBe(400);
    const unknown = await volunteering('GET', '/requests/abcdefghijklmnopqrstuvwx');
    expect(unknown.status).toBe(404);
    expect(unknown.error?.message).toBe('Deze hulpvraag bestaat niet (meer) of je hebt er geen toegang toe.');
  });
});
