import { describe, expect, it } from 'vitest';
import {
  apiQuery,
  filtersFrom,
  formValues,
  messageForm,
  offerForm,
  refusalFrom,
  reportForm,
  requestForm,
  respondForm,
  slotFrom,
} from './volunteering';

function formData(fields: Array<[string, string]>): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

const goodOffer: Array<[string, string]> = [
  ['publicName', ' Sofie '],
  ['title', 'Boodschappen doen op zaterdag'],
  ['description', 'Ik heb een auto en help graag met boodschappen.'],
  ['categories', 'errands'],
  ['categories', 'transport'],
  ['districts', 'daknam'],
  ['availability', 'saturday:morning'],
  ['frequency', 'recurring'],
  ['contactEmail', ''],
  ['contactPhone', ''],
];

describe('filtersFrom', () => {
  it('keeps known codes and page numbers', () => {
    const filters = filtersFrom(
      new URLSearchParams(
        'categorie=errands&deelgemeente=daknam&weekdag=monday&dagdeel=evening&pagina=2&pagina-aanbod=3',
      ),
    );
    expect(filters).toEqual({
      category: 'errands',
      district: 'daknam',
      weekday: 'monday',
      partOfDay: 'evening',
      requestsPage: 2,
      offersPage: 3,
    });
  });

  it('drops unknown values and clamps pages', () => {
    const filters = filtersFrom(
      new URLSearchParams('categorie=<script>&deelgemeente=gent&pagina=-4&pagina-aanbod=9999999'),
    );
    expect(filters.category).toBeUndefined();
    expect(filters.district).toBeUndefined();
    expect(filters.requestsPage).toBe(1);
    expect(filters.offersPage).toBe(1000);
  });
});

describe('apiQuery', () => {
  it('names the API parameters and leaves out empty filters', () => {
    expect(apiQuery({ category: 'sport', district: undefined }, 2, 12)).toBe('category=sport&page=2&pageSize=12');
  });
});

describe('formValues', () => {
  it('keeps a repeated field as a list and a single one as text', () => {
    const values = formValues(
      formData([
        ['title', 'x'],
        ['categories', 'a'],
        ['categories', 'b'],
      ]),
    );
    expect(values).toEqual({ title: 'x', categories: ['a', 'b'] });
  });
});

describe('slotFrom', () => {
  it('splits weekday and part of day', () => {
    expect(slotFrom('monday:evening')).toEqual({ weekday: 'monday', partOfDay: 'evening' });
    expect(slotFrom('nonsense')).toEqual({ weekday: 'nonsense', partOfDay: '' });
  });
});

describe('offerForm', () => {
  it('turns good input into the plugin input, leaving empty contact fields to the server', () => {
    const result = offerForm(formValues(formData(goodOffer)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      publicName: 'Sofie',
      categories: ['errands', 'transport'],
      districts: ['daknam'],
      availability: [{ weekday: 'saturday', partOfDay: 'morning' }],
      frequency: 'recurring',
      visible: true,
    });
    expect(result.data.contactEmail).toBeUndefined();
    expect(result.data.contactPhone).toBeUndefined();
  });

  it('explains an invalid moment, a missing moment and oversized text in Dutch, keeping the input', () => {
    const tampered = goodOffer.map(([name, value]): [string, string] =>
      name === 'availability'
        ? [name, 'someday:morning']
        : name === 'description'
          ? [name, 'x'.repeat(1001)]
          : [name, value],
    );
    const result = offerForm(formValues(formData(tampered)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.availability).toBe('Beschikbaarheid (nr. 1, weekdag) is geen geldige keuze.');
    expect(result.errors.description).toBe('Beschrijving mag hoogstens 1000 tekens bevatten.');
    expect(result.values.title).toBe('Boodschappen doen op zaterdag');

    const none = offerForm(formValues(formData(goodOffer.filter(([name]) => name !== 'availability'))));
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.errors.availability).toBe('Beschikbaarheid moet minstens één moment bevatten waarop je kunt helpen.');
    }
  });

  it('refuses HTML and contact details in public text', () => {
    const withHtml = goodOffer.map(([name, value]): [string, string] =>
      name === 'title'
        ? [name, '<b>Hulp</b>']
        : name === 'description'
          ? [name, 'Mail me op sofie@voorbeeld.be']
          : [name, value],
    );
    const result = offerForm(formValues(formData(withHtml)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toBe('Titel mag geen HTML bevatten.');
    expect(result.errors.description).toMatch(/^Beschrijving mag geen e-mailadres of telefoonnummer bevatten/);
  });
});

describe('requestForm', () => {
  const goodRequest: Array<[string, string]> = [
    ['postAs', 'resident'],
    ['publicName', 'Lucienne'],
    ['title', 'Wie helpt mijn haag snoeien?'],
    ['description', 'Sinds mijn operatie lukt het snoeien niet meer.'],
    ['categories', 'gardening'],
    ['district', 'eksaarde'],
    ['slots', 'saturday:morning'],
    ['volunteersNeeded', '2'],
    ['untilDate', '2099-12-31'],
  ];

  it('reads a resident request with a number of volunteers', () => {
    const result = requestForm(formValues(formData(goodRequest)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data).toMatchObject({ postAs: 'resident', volunteersNeeded: 2, dates: [] });
  });

  it('drops the name for an organisation, which posts under its approved name', () => {
    const asOrganisation = goodRequest.map(([name, value]): [string, string] =>
      name === 'postAs' ? [name, 'organisation'] : [name, value],
    );
    const result = requestForm(formValues(formData(asOrganisation)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.publicName).toBeUndefined();
  });

  it('words a bad number, a missing district and an impossible date', () => {
    const bad = goodRequest
      .filter(([name]) => name !== 'district')
      .map(([name, value]): [string, string] =>
        name === 'volunteersNeeded' ? [name, 'veel'] : name === 'untilDate' ? [name, '2026-02-31'] : [name, value],
      );
    const result = requestForm(formValues(formData(bad)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.volunteersNeeded).toBe('Aantal vrijwilligers moet een getal zijn.');
    expect(result.errors.district).toBe('Deelgemeente is verplicht.');
    expect(result.errors.untilDate).toBe('Einddatum is geen bestaande datum.');
  });
});

describe('respond, message and report forms', () => {
  it('needs a name when responding without an offer', () => {
    const result = respondForm(
      formValues(
        formData([
          ['offerId', ''],
          ['publicName', ''],
        ]),
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.publicName).toMatch(/^Naam is verplicht als je reageert zonder een aanbod/);
  });

  it('refuses an empty message', () => {
    const result = messageForm(formValues(formData([['body', '   ']])));
    expect(result.ok).toBe(false);
  });

  it('refuses an unknown report reason', () => {
    const result = reportForm(
      formValues(
        formData([
          ['targetType', 'request'],
          ['targetId', 'abcdefghij0123456789abcd'],
          ['reason', 'boring'],
        ]),
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.reason).toBe('Reden is geen geldige keuze.');
  });
});

describe('refusalFrom', () => {
  it('keeps the server message, one sentence per field and the unlock step', () => {
    const refusal = refusalFrom({
      status: 403,
      message: 'Je organisatie is nog niet goedgekeurd door de stad.',
      details: { unlock: 'organisation-approval', approval: 'pending' },
    });
    expect(refusal).toEqual({
      kind: 'refused',
      status: 403,
      message: 'Je organisatie is nog niet goedgekeurd door de stad.',
      fieldErrors: {},
      unlock: 'organisation-approval',
    });
  });

  it('maps validation details to their top-level field', () => {
    const refusal = refusalFrom({
      status: 400,
      message: 'Controleer je invoer.',
      details: {
        errors: [
          {
            path: ['availability', '1', 'weekday'],
            message: 'Beschikbaarheid (nr. 2, weekdag) is geen geldige keuze.',
          },
          { path: ['title'], message: 'Titel bevat een woord dat hier niet is toegestaan.' },
        ],
      },
    });
    expect(refusal.fieldErrors).toEqual({
      availability: 'Beschikbaarheid (nr. 2, weekdag) is geen geldige keuze.',
      title: 'Titel bevat een woord dat hier niet is toegestaan.',
    });
    expect(refusal.unlock).toBeNull();
  });

  it('survives details of an unexpected shape', () => {
    expect(refusalFrom({ status: 400, message: 'Nee.', details: 'vreemd' }).fieldErrors).toEqual({});
  });
});
