/**
 * Age from a birth date that may be only partly known (national numbers can carry month or day 00),
 * and from a birth year alone (all we keep after a verification).
 *
 * Ages are ranges: with an unknown birthday the person is one of two ages, and a minimum-age rule
 * then passes only when even the lower one is old enough (fail closed).
 */

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export interface PartialBirthDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

export interface AgeRange {
  readonly min: number;
  readonly max: number;
}

/** Building an Intl.DateTimeFormat is costly and gating asks for today's date on every vote: one per zone. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatFor(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The last answer per zone and minute: every offset in use is whole minutes, so the date holds for that minute. */
const lastDates = new Map<string, { minute: number; date: CalendarDate }>();

/** The calendar date in a time zone; Belgian ages turn over at midnight in Brussels, not in UTC. */
export function calendarDateIn(timeZone: string, instant: Date): CalendarDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const date = formatCalendarDate(timeZone, instant);
  lastDates.set(timeZone, { minute, date });
  return date;
}

function formatCalendarDate(timeZone: string, instant: Date): CalendarDate {
  const parts = dateFormatFor(timeZone)
    .formatToParts(instant)
    .reduce<Record<string, number>>((acc, part) => {
      if (part.type !== 'literal') acc[part.type] = Number(part.value);
      return acc;
    }, {});
  return { year: parts.year ?? NaN, month: parts.month ?? NaN, day: parts.day ?? NaN };
}

/**
 * A birthday on 29 February counts as passed from 1 March in other years.
 * Returns null when the birthday's position in the year is unknown.
 */
function birthdayPassed(birth: PartialBirthDate, today: CalendarDate): boolean | null {
  if (birth.month === null) return null;
  if (today.month !== birth.month) return today.month > birth.month;
  if (birth.day === null) return null;
  return today.day >= birth.day;
}

export function ageRange(birth: PartialBirthDate, today: CalendarDate): AgeRange {
  const yearsApart = today.year - birth.year;
  const passed = birthdayPassed(birth, today);
  if (passed === null) return { min: Math.max(0, yearsApart - 1), max: Math.max(0, yearsApart) };
  const age = Math.max(0, passed ? yearsApart : yearsApart - 1);
  return { min: age, max: age };
}

export function ageRangeFromBirthYear(birthYear: number, today: CalendarDate): AgeRange {
  return ageRange({ year: birthYear, month: null, day: null }, today);
}

export type MinimumAgeAnswer = 'old-enough' | 'too-young' | 'unknown';

export function meetsMinimumAge(range: AgeRange, minimumAge: number): MinimumAgeAnswer {
  if (range.min >= minimumAge) return 'old-enough';
  if (range.max < minimumAge) return 'too-young';
  return 'unknown';
}
