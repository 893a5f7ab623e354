/**
 * Making test national register numbers. Written independently from the relying party's checker
 * (plugins/verification/.../national-number.ts) on purpose: if both shared one implementation, a
 * mistake in it would pass every test.
 */

export interface BirthDigits {
  year: number;
  /** 0 = unknown; BIS numbers add 20 or 40. */
  month: number;
  /** 0 = unknown. */
  day: number;
}

const two = (value: number) => String(value).padStart(2, '0');

/** YYMMDD + sequence (001–997) + the checksum for the person's century. */
export function makeNationalNumber(birth: BirthDigits, sequence: number): string {
  if (sequence < 1 || sequence > 997) throw new Error('sequence must be 1–997');
  const nine = `${two(birth.year % 100)}${two(birth.month)}${two(birth.day)}${String(sequence).padStart(3, '0')}`;
  const base = BigInt(birth.year >= 2000 ? `2${nine}` : nine);
  const check = 97n - (base % 97n);
  return `${nine}${two(Number(check))}`;
}

/** The same number with a checksum that is wrong for both centuries. */
export function withWrongChecksum(valid: string): string {
  const nine = valid.slice(0, 9);
  const right = [97n - (BigInt(nine) % 97n), 97n - (BigInt(`2${nine}`) % 97n)].map(Number);
  let wrong = (Number(valid.slice(9)) % 97) + 1;
  while (right.includes(wrong)) wrong = (wrong % 97) + 1;
  return `${nine}${two(wrong)}`;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Today in Brussels, where Belgian birthdays turn over. */
export function todayInBrussels(now: Date = new Date()): CalendarDay {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
    .format(now)
    .split('-')
    .map(Number);
  return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
}

/** The birthday of someone who turns `years` today (29 February becomes 28 February). */
export function birthdayYearsAgo(today: CalendarDay, years: number): CalendarDay {
  const year = today.year - years;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = today.month === 2 && today.day === 29 && !isLeap ? 28 : today.day;
  return { year, month: today.month, day };
}
