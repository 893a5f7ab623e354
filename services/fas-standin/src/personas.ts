/**
 * The test people this stand-in can log in as, one for each case in the e-ID design notes
 * (/work/shared/design/eid.md → "Test personas"). Numbers that depend on today's date (someone
 * who is 14, someone who turns 16 this year) are computed for the day the list is made.
 */
import {
  birthdayYearsAgo,
  makeNationalNumber,
  todayInBrussels,
  withWrongChecksum,
  type CalendarDay,
} from './national-numbers.ts';

export const FAS_LEVEL = (level: 100 | 200 | 300 | 400 | 450 | 500) => `urn:be:fedict:iam:fas:Level${level}`;

export interface PersonClaims {
  /** Subject identifier; the same person always has the same one. */
  sub: string;
  givenName: string;
  surname: string;
  prefLanguage: 'nl' | 'fr' | 'de' | 'en';
  mail: string;
  fedid: string;
  /** National register or BIS number; absent for logins that are not linked to one. */
  egovNRN?: string;
}

export interface Persona {
  id: string;
  /** Button text on the picker. */
  label: string;
  /** What the relying party is expected to do with this login. */
  expectation: string;
  person: PersonClaims;
  /** Where the assurance level is reported: FAS uses `acr` or `amr`. */
  acr?: string;
  amr?: string[];
}

function person(
  fedid: string,
  givenName: string,
  surname: string,
  egovNRN?: string,
  prefLanguage: PersonClaims['prefLanguage'] = 'nl',
): PersonClaims {
  const mail = `${givenName}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '') + '@voorbeeld.test';
  return { sub: fedid, fedid, givenName, surname, prefLanguage, mail, ...(egovNRN ? { egovNRN } : {}) };
}

export const PERSONA_IDS = [
  'geboren-voor-2000',
  'geboren-na-2000',
  'te-jong',
  'zonder-rijksregisternummer',
  'itsme-zonder-rijksregisternummer',
  'niveau-400',
  'maand-00',
  'maand-00-wordt-16',
  'fout-controlegetal',
  'bis-nummer',
  'tweede-poging',
  'terugkeerder',
] as const;
export type PersonaId = (typeof PERSONA_IDS)[number];

export function personas(today: CalendarDay = todayInBrussels()): Persona[] {
  const an = person('fas-0001-an-peeters', 'An', 'Peeters', '93051822361');
  const fourteen = makeNationalNumber(birthdayYearsAgo(today, 14), 2);
  const turnsSixteen = makeNationalNumber({ year: today.year - 16, month: 0, day: 0 }, 36);

  const list: Array<Persona & { id: PersonaId }> = [
    {
      id: 'geboren-voor-2000',
      label: 'An Peeters — geboren in 1993, eID-kaart (Level500)',
      expectation: 'wordt geverifieerd (geboortejaar 1993)',
      person: an,
      acr: FAS_LEVEL(500),
    },
    {
      id: 'geboren-na-2000',
      label: 'Lotte Claes — geboren in 2003, itsme (Level450, gemeld in amr)',
      expectation: 'wordt geverifieerd (geboortejaar 2003)',
      person: person('fas-0002-lotte-claes', 'Lotte', 'Claes', '03012522495'),
      amr: [FAS_LEVEL(450)],
    },
    {
      id: 'te-jong',
      label: 'Noor Wouters — vandaag 14 jaar, eID-kaart (Level500)',
      expectation: 'geweigerd: jonger dan de minimumleeftijd',
      person: person('fas-0003-noor-wouters', 'Noor', 'Wouters', fourteen),
      acr: FAS_LEVEL(500),
    },
    {
      id: 'zonder-rijksregisternummer',
      label: 'Sam De Smet — gebruikersnaam en wachtwoord (Level200), geen rijksregisternummer',
      expectation: 'geweigerd: aanmeldniveau te laag',
      person: person('fas-0004-sam-de-smet', 'Sam', 'De Smet'),
      acr: FAS_LEVEL(200),
    },
    {
      id: 'itsme-zonder-rijksregisternummer',
      label: 'Chris Martin — itsme (Level450) maar geen rijksregisternummer doorgegeven',
      expectation: 'geweigerd: geen rijksregisternummer',
      person: person('fas-0005-chris-martin', 'Chris', 'Martin', undefined, 'en'),
      acr: FAS_LEVEL(450),
    },
    {
      id: 'niveau-400',
      label: 'Jan Maes — eenmalige code via sms (Level400)',
      expectation: 'geweigerd: aanmeldniveau te laag (minimum Level450)',
      person: person('fas-0006-jan-maes', 'Jan', 'Maes', makeNationalNumber({ year: 1985, month: 7, day: 31 }, 3)),
      acr: FAS_LEVEL(400),
      amr: [FAS_LEVEL(400)],
    },
    {
      id: 'maand-00',
      label: 'Mohamed El Amrani — geboortemaand onbekend (maand 00), geboren in 1961',
      expectation: 'wordt geverifieerd (geboortejaar 1961)',
      person: person(
        'fas-0007-mohamed-el-amrani',
        'Mohamed',
        'El Amrani',
        makeNationalNumber({ year: 1961, month: 0, day: 0 }, 153),
      ),
      acr: FAS_LEVEL(500),
    },
    {
      id: 'maand-00-wordt-16',
      label: `Elif Yilmaz — geboortemaand onbekend, geboren in ${today.year - 16} (wordt dit jaar 16)`,
      expectation: 'geweigerd: geboortedatum onbekend, leeftijd niet na te gaan',
      person: person('fas-0008-elif-yilmaz', 'Elif', 'Yilmaz', turnsSixteen),
      acr: FAS_LEVEL(500),
    },
    {
      id: 'fout-controlegetal',
      label: 'Pieter Jacobs — rijksregisternummer met een fout controlegetal',
      expectation: 'geweigerd: ongeldig rijksregisternummer',
      person: person(
        'fas-0009-pieter-jacobs',
        'Pieter',
        'Jacobs',
        withWrongChecksum(makeNationalNumber({ year: 1988, month: 4, day: 12 }, 345)),
      ),
      acr: FAS_LEVEL(500),
    },
    {
      id: 'bis-nummer',
      label: 'Olena Kovalenko — BIS-nummer (maand + 40), geboren in 1990',
      expectation: 'wordt geverifieerd (geboortejaar 1990)',
      person: person(
        'fas-0010-olena-kovalenko',
        'Olena',
        'Kovalenko',
        makeNationalNumber({ year: 1990, month: 42, day: 10 }, 234),
        'en',
      ),
      acr: FAS_LEVEL(500),
    },
    {
      id: 'tweede-poging',
      label: 'An Peeters — zelfde persoon, tweede poging (met een ander account)',
      expectation: 'geweigerd op een tweede account: deze persoon is al geverifieerd',
      person: an,
      acr: FAS_LEVEL(500),
    },
    {
      id: 'terugkeerder',
      label: 'Karim Janssens — verwijdert zijn account en komt later terug',
      expectation: 'wordt geverifieerd; na verwijderen en terugkomen opnieuw, maar stemt niet twee keer',
      person: person(
        'fas-0011-karim-janssens',
        'Karim',
        'Janssens',
        makeNationalNumber({ year: 1977, month: 3, day: 12 }, 457),
      ),
      acr: FAS_LEVEL(500),
    },
  ];
  return list;
}

export function findPersona(list: Persona[], id: string): Persona | undefined {
  return list.find((candidate) => candidate.id === id);
}
