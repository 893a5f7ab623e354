import { describe, expect, it } from 'vitest';
import { birthdayYearsAgo, makeNationalNumber, withWrongChecksum } from './national-numbers.ts';
import { PERSONA_IDS, personas } from './personas.ts';

function checksumMatches(digits: string, from2000: boolean): boolean {
  const nine = digits.slice(0, 9);
  return Number(97n - (BigInt(from2000 ? `2${nine}` : nine) % 97n)) === Number(digits.slice(9));
}

describe('makeNationalNumber', () => {
  it('reproduces the examples of the design notes', () => {
    expect(makeNationalNumber({ year: 1993, month: 5, day: 18 }, 223)).toBe('93051822361');
    expect(makeNationalNumber({ year: 2003, month: 1, day: 25 }, 224)).toBe('03012522495');
  });

  it('supports unknown months and BIS months', () => {
    expect(makeNationalNumber({ year: 1961, month: 0, day: 0 }, 153)).toMatch(/^610000153\d\d$/);
    expect(makeNationalNumber({ year: 1990, month: 42, day: 10 }, 234)).toMatch(/^904210234\d\d$/);
  });
});

describe('withWrongChecksum', () => {
  it('fails both century variants', () => {
    for (const valid of ['93051822361', '03012522495']) {
      const wrong = withWrongChecksum(valid);
      expect(wrong.slice(0, 9)).toBe(valid.slice(0, 9));
      expect(checksumMatches(wrong, false)).toBe(false);
      expect(checksumMatches(wrong, true)).toBe(false);
    }
  });
});

describe('birthdayYearsAgo', () => {
  it('moves 29 February to 28 February in common years', () => {
    expect(birthdayYearsAgo({ year: 2028, month: 2, day: 29 }, 14)).toEqual({ year: 2014, month: 2, day: 28 });
    expect(birthdayYearsAgo({ year: 2028, month: 2, day: 29 }, 16)).toEqual({ year: 2012, month: 2, day: 29 });
  });
});

describe('personas', () => {
  const today = { year: 2026, month: 12, day: 4 };
  const list = personas(today);

  it('has every persona once, in the documented order', () => {
    expect(list.map((persona) => persona.id)).toEqual([...PERSONA_IDS]);
  });

  it('makes a 14-year-old with a valid 2000+ number', () => {
    const nrn = list.find((persona) => persona.id === 'te-jong')?.person.egovNRN ?? '';
    expect(nrn.slice(0, 6)).toBe('121204');
    expect(checksumMatches(nrn, true)).toBe(true);
  });

  it('makes a month-00 number for someone turning 16 this year', () => {
    const nrn = list.find((persona) => persona.id === 'maand-00-wordt-16')?.person.egovNRN ?? '';
    expect(nrn.slice(0, 6)).toBe('100000');
    expect(checksumMatches(nrn, true)).toBe(true);
  });

  it('gives the second attempt the same person as the first', () => {
    const first = list.find((persona) => persona.id === 'geboren-voor-2000');
    const second = list.find((persona) => persona.id === 'tweede-poging');
    expect(second?.person).toEqual(first?.person);
  });

  it('reports assurance in acr for some personas and only in amr for others', () => {
    const itsme = list.find((persona) => persona.id === 'geboren-na-2000');
    expect(itsme?.acr).toBeUndefined();
    expect(itsme?.amr).toEqual(['urn:be:fedict:iam:fas:Level450']);
  });

  it('leaves the national number out for logins without one', () => {
    for (const id of ['zonder-rijksregisternummer', 'itsme-zonder-rijksregisternummer']) {
      expect(list.find((persona) => persona.id === id)?.person.egovNRN).toBeUndefined();
    }
  });
});
