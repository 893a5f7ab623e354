/**
 * Test people made on request, for load tests and manual checks that need many distinct people
 * (e.g. 200 residents supporting one proposal): the picker's extra form takes any national
 * register number and logs in a persona carrying it, at Level500 (eID card).
 *
 * The stand-in passes the number on as given; checking it is the relying party's job, exactly as
 * with the fixed personas. Generated personas live in this process's memory only.
 */
import crypto from 'node:crypto';
import { FAS_LEVEL, type Persona } from './personas.ts';

export const GENERATED_PERSONA_ID = 'eigen-rijksregisternummer';
/** The picker form field that carries the number. */
export const GENERATED_NUMBER_FIELD = 'nationalNumber';

const bySub = new Map<string, Persona>();

/** The persona for this number (the same one every time), or undefined when it is not eleven digits. */
export function generatedPersona(input: string): Persona | undefined {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(digits)) return undefined;
  // The subject must not show the number; the same number always gets the same subject.
  const sub = `fas-gen-${crypto.createHash('sha256').update(digits).digest('hex').slice(0, 20)}`;
  const known = bySub.get(sub);
  if (known) return known;
  const tag = sub.slice(-6);
  const persona: Persona = {
    id: GENERATED_PERSONA_ID,
    label: `Testpersoon ${tag} — zelfgekozen rijksregisternummer, eID-kaart (Level500)`,
    expectation: 'hangt af van het nummer',
    person: {
      sub,
      fedid: sub,
      givenName: 'Test',
      surname: `Persoon ${tag}`,
      prefLanguage: 'nl',
      mail: `test.persoon.${tag}@voorbeeld.test`,
      egovNRN: digits,
    },
    acr: FAS_LEVEL(500),
  };
  bySub.set(sub, persona);
  return persona;
}

export function findGeneratedBySub(sub: string): Persona | undefined {
  return bySub.get(sub);
}
