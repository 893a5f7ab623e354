import { describe, expect, it } from 'vitest';
import { dutchIssueMessage, fieldLabel, sentenceFor } from './messages';
import {
  LIMITS,
  offerInputSchema,
  publicOfferSchema,
  requestInputSchema,
  respondInputSchema,
  messageInputSchema,
} from './contracts';

const validOffer = {
  publicName: 'Anna',
  title: 'Ik doe boodschappen',
  description: 'Ik help graag met de wekelijkse boodschappen.',
  categories: ['errands'],
  districts: ['lokeren'],
  availability: [{ weekday: 'monday', partOfDay: 'morning' }],
  frequency: 'recurring',
};

function problems(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return (result.error?.issues ?? []).map((issue) => sentenceFor(issue.path, issue.message));
}

const parse = <T>(schema: { safeParse: (input: unknown, options: object) => T }, input: unknown) =>
  schema.safeParse(input, { error: dutchIssueMessage });

describe('offer input', () => {
  it('accepts a valid offer, trims it and defaults visibility', () => {
    const result = offerInputSchema.safeParse({ ...validOffer, title: '  Ik doe   boodschappen ' });
    expect(result.success).toBe(true);
    expect(result.data?.title).toBe('Ik doe boodschappen');
    expect(result.data?.visible).toBe(true);
  });

  it('names every missing field in Dutch', () => {
    expect(problems(parse(offerInputSchema, {}))).toEqual([
      'Naam is verplicht.',
      'Titel is verplicht.',
      'Beschrijving is verplicht.',
      'Categorieën is verplicht.',
      'Deelgemeenten is verplicht.',
      'Beschikbaarheid is verplicht.',
      'Frequentie is verplicht.',
    ]);
  });

  it('refuses HTML, oversized text, and contact details in public text', () => {
    const result = parse(offerInputSchema, {
      ...validOffer,
      title: '<b>Hulp</b>',
      description: 'x'.repeat(LIMITS.offerDescription.max + 1),
      publicName: 'Bel 0470 12 34 56',
    });
    expect(problems(result)).toEqual([
      'Naam mag geen e-mailadres of telefoonnummer bevatten: die worden pas gedeeld als jullie allebei akkoord gaan.',
      'Titel mag geen HTML bevatten.',
      `Beschrijving mag hoogstens ${LIMITS.offerDescription.max} tekens bevatten.`,
    ]);
  });

  it('refuses invalid availability: unknown weekday or part of day, duplicates, none at all', () => {
    expect(
      problems(parse(offerInputSchema, { ...validOffer, availability: [{ weekday: 'maandag', partOfDay: 'nacht' }] })),
    ).toEqual([
      'Beschikbaarheid (nr. 1, weekdag) is geen geldige keuze.',
      'Beschikbaarheid (nr. 1, dagdeel) is geen geldige keuze.',
    ]);
    const slot = { weekday: 'monday', partOfDay: 'morning' };
    expect(problems(parse(offerInputSchema, { ...validOffer, availability: [slot, slot] }))).toEqual([
      'Beschikbaarheid bevat hetzelfde tijdslot twee keer.',
    ]);
    expect(problems(parse(offerInputSchema, { ...validOffer, availability: [] }))).toEqual([
      'Beschikbaarheid moet minstens één moment bevatten waarop je kunt helpen.',
    ]);
  });

  it('refuses unknown fields, so an owner or moderation flag cannot be posted', () => {
    expect(problems(parse(offerInputSchema, { ...validOffer, hiddenByModerator: false, owner: 1 }))).toEqual([
      'Invoer kent deze velden niet: hiddenByModerator, owner.',
    ]);
  });
});

describe('request input', () => {
  const validRequest = {
    publicName: 'Bert',
    title: 'Boodschappen voor mijn moeder',
    description: 'Wie kan wekelijks boodschappen doen?',
    categories: ['errands'],
    district: 'daknam',
    volunteersNeeded: 1,
    untilDate: '2026-06-30',
  };

  it('needs a public name from a resident but not from an organisation', () => {
    const { publicName: _publicName, ...anonymous } = validRequest;
    void _publicName;
    expect(problems(parse(requestInputSchema, anonymous))).toEqual([
      'Naam is verplicht als je als inwoner een hulpvraag plaatst.',
    ]);
    expect(requestInputSchema.safeParse({ ...anonymous, postAs: 'organisation' }).success).toBe(true);
  });

  it('refuses impossible dates and a non-integer number of volunteers', () => {
    expect(
      problems(parse(requestInputSchema, { ...validRequest, untilDate: '2026-02-30', volunteersNeeded: 1.5 })),
    ).toEqual(['Aantal vrijwilligers moet een geheel getal zijn.', 'Einddatum is geen bestaande datum.']);
  });
});

describe('responses and messages', () => {
  it('needs a name when responding without an offer', () => {
    expect(problems(parse(respondInputSchema, {}))).toEqual([
      'Naam is verplicht als je reageert zonder een aanbod te kiezen.',
    ]);
  });

  it('lets a message carry contact details (the server refuses them before consent)', () => {
    expect(messageInputSchema.safeParse({ body: 'Mijn nummer is 0470 12 34 56' }).success).toBe(true);
  });
});

describe('response schemas', () => {
  it('refuse a public offer that carries a contact detail', () => {
    const offer = {
      id: 'abc',
      ...validOffer,
      createdAt: '2026-05-04T10:00:00.000Z',
      updatedAt: '2026-05-04T10:00:00.000Z',
    };
    expect(publicOfferSchema.safeParse(offer).success).toBe(true);
    expect(publicOfferSchema.safeParse({ ...offer, contactEmail: 'anna@example.be' }).success).toBe(false);
  });
});

describe('field labels', () => {
  it('label nested fields with their position', () => {
    expect(fieldLabel(['dates', 2, 'date'])).toBe('Data (nr. 3, date)');
    expect(fieldLabel([])).toBe('Invoer');
  });
});
