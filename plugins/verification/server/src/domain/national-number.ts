/**
 * The Belgian national register number (rijksregisternummer) and BIS number: `YYMMDD XXX CC`.
 *
 * CC = 97 − (first nine digits mod 97); for people born in 2000 or later a `2` is put in front of
 * the nine digits first. Whichever variant matches tells the century. Month or day may be `00`
 * when unknown; BIS numbers add 20 or 40 to the month. The sequence number's parity tells the sex,
 * which we neither need nor keep.
 *
 * The number is only ever held in memory during a verification: it is turned into a keyed HMAC
 * (see verification-key.ts) and dropped.
 */
import type { CalendarDate, PartialBirthDate } from './age';

export type NationalNumberKind = 'national-register' | 'bis';

export interface NationalNumber {
  /** Eleven digits, separators removed. Never store or log this. */
  readonly digits: string;
  readonly kind: NationalNumberKind;
  readonly birthDate: PartialBirthDate;
}

export type NationalNumberProblem = 'format' | 'checksum' | 'date';

export type NationalNumberResult =
  | { readonly valid: true; readonly number: NationalNumber }
  | { readonly valid: false; readonly problem: NationalNumberProblem };

/** Accepts the digits with the usual separators (`93.05.18-223.61`, spaces). */
export function normalizeNationalNumber(input: string): string | null {
  const digits = input.replace(/[\s.\-/]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

function checksumFor(nineDigits: number): number {
  return 97 - (nineDigits % 97);
}

/** The century the checksum points to, or null when neither variant matches. */
function centuryFromChecksum(digits: string): 1900 | 2000 | null {
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9, 11));
  if (checksumFor(base) === check) return 1900;
  if (checksumFor(2_000_000_000 + base) === check) return 2000;
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year !== b.year) return a.year > b.year;
  if (a.month !== b.month) return a.month > b.month;
  return a.day > b.day;
}

export function parseNationalNumber(input: string, today: CalendarDate): NationalNumberResult {
  const digits = normalizeNationalNumber(input);
  if (digits === null) return { valid: false, problem: 'format' };

  const century = centuryFromChecksum(digits);
  if (century === null) return { valid: false, problem: 'checksum' };

  const year = century + Number(digits.slice(0, 2));
  const rawMonth = Number(digits.slice(2, 4));
  const rawDay = Number(digits.slice(4, 6));

  let kind: NationalNumberKind = 'national-register';
  let month = rawMonth;
  if (rawMonth >= 40) {
    kind = 'bis';
    month = rawMonth - 40;
  } else if (rawMonth >= 20) {
    kind = 'bis';
    month = rawMonth - 20;
  }
  if (month > 12) return { valid: false, problem: 'date' };
  if (month !== 0 && rawDay > daysInMonth(year, month)) return { valid: false, problem: 'date' };
  if (rawDay > 31) return { valid: false, problem: 'date' };

  // A day without a month says nothing usable about the birth date.
  const birthDate: PartialBirthDate = {
    year,
    month: month === 0 ? null : month,
    day: month === 0 || rawDay === 0 ? null : rawDay,
  };

  const earliestPossible: CalendarDate = { year, month: birthDate.month ?? 1, day: birthDate.day ?? 1 };
  if (isAfter(earliestPossible, today)) return { valid: false, problem: 'date' };

  return { valid: true, number: { digits, kind, birthDate } };
}
