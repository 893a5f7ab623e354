import { describe, expect, it } from 'vitest';
import { normalizeNationalNumber, parseNationalNumber } from './national-number';

const today = { year: 2026, month: 12, day: 4 };

/** Builds a number with a correct checksum, independently of the code under test's helpers. */
function withChecksum(nineDigits: string, bornFrom2000: boolean): string {
  const base = BigInt((bornFrom2000 ? '2' : '') + nineDigits);
  const check = 97n - (base % 97n);
  return nineDigits + check.toString().padStart(2, '0');
}

describe('parseNationalNumber', () => {
  it('accepts the documented example from 1993 and reads its birth date', () => {
    const result = parseNationalNumber('93051822361', today);
    expect(result).toEqual({
      valid: true,
      number: { digits: '93051822361', kind: 'national-register', birthDate: { year: 1993, month: 5, day: 18 } },
    });
  });

  it('accepts the documented example from 2003 through the 2000+ checksum rule', () => {
    const result = parseNationalNumber('03012522495', today);
    expect(result.valid && result.number.birthDate).toEqual({ year: 2003, month: 1, day: 25 });
  });

  it('accepts the usual separators', () => {
    expect(parseNationalNumber('93.05.18-223.61', today).valid).toBe(true);
    expect(parseNationalNumber(' 930518 223 61 ', today).valid).toBe(true);
  });

  it('refuses a wrong checksum', () => {
    expect(parseNationalNumber('93051822362', today)).toEqual({ valid: false, problem: 'checksum' });
    expect(parseNationalNumber('03012522494', today)).toEqual({ valid: false, problem: 'checksum' });
  });

  it('takes the century from the checksum variant that matches', () => {
    // Same first nine digits, the 1900 checksum: someone born in 1903.
    const result = parseNationalNumber('03012522466', today);
    expect(result.valid && result.number.birthDate.year).toBe(1903);
  });

  it('refuses anything that is not eleven digits', () => {
    for (const input of ['', '9305182236', '930518223611', '93O51822361', 'abcdefghijk']) {
      expect(parseNationalNumber(input, today)).toEqual({ valid: false, problem: 'format' });
    }
  });

  it('keeps the year but not month or day when the month is 00', () => {
    const digits = withChecksum('550000123', false);
    const result = parseNationalNumber(digits, today);
    expect(result.valid && result.number.birthDate).toEqual({ year: 1955, month: null, day: null });
  });

  it('keeps year and month when only the day is 00', () => {
    const result = parseNationalNumber(withChecksum('801100456', false), today);
    expect(result.valid && result.number.birthDate).toEqual({ year: 1980, month: 11, day: null });
  });

  it('reads BIS numbers with month + 20 and month + 40', () => {
    const plus40 = parseNationalNumber(withChecksum('854715789', false), today);
    expect(plus40.valid && plus40.number).toMatchObject({ kind: 'bis', birthDate: { year: 1985, month: 7, day: 15 } });
    const plus20 = parseNationalNumber(withChecksum('052303001', true), today);
    expect(plus20.valid && plus20.number).toMatchObject({ kind: 'bis', birthDate: { year: 2005, month: 3, day: 3 } });
    const unknownMonth = parseNationalNumber(withChecksum('704000333', false), today);
    expect(unknownMonth.valid && unknownMonth.number).toMatchObject({ kind: 'bis', birthDate: { month: null } });
  });

  it('refuses impossible dates even with a correct checksum', () => {
    expect(parseNationalNumber(withChecksum('931318223', false), today)).toEqual({ valid: false, problem: 'date' });
    expect(parseNationalNumber(withChecksum('930231223', false), today)).toEqual({ valid: false, problem: 'date' });
    expect(parseNationalNumber(withChecksum('935318223', false), today)).toEqual({ valid: false, problem: 'date' });
    expect(parseNationalNumber(withChecksum('930532223', false), today)).toEqual({ valid: false, problem: 'date' });
  });

  it('knows leap years', () => {
    expect(parseNationalNumber(withChecksum('040229001', true), today).valid).toBe(true);
    expect(parseNationalNumber(withChecksum('050229001', true), today)).toEqual({ valid: false, problem: 'date' });
    expect(parseNationalNumber(withChecksum('000229001', true), today).valid).toBe(true);
  });

  it('refuses a birth date after today', () => {
    expect(parseNationalNumber(withChecksum('261205001', true), today)).toEqual({ valid: false, problem: 'date' });
    expect(parseNationalNumber(withChecksum('261204001', true), today).valid).toBe(true);
    expect(parseNationalNumber(withChecksum('270000001', true), today)).toEqual({ valid: false, problem: 'date' });
  });
});

describe('normalizeNationalNumber', () => {
  it('strips separators and insists on eleven digits', () => {
    expect(normalizeNationalNumber('93.05.18-223.61')).toBe('93051822361');
    expect(normalizeNationalNumber('93.05.18-223.6')).toBeNull();
  });
});
