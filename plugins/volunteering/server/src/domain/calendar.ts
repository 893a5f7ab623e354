/**
 * Dates as the city lives them: a request "until 12 May" runs through that day in Lokeren,
 * whatever the server's own time zone is.
 */
import { WEEKDAY_CODES, type Weekday } from '../../../shared/vocabulary';

export const CITY_TIME_ZONE = 'Europe/Brussels';

/** The calendar date (yyyy-mm-dd) in the city at the given moment. */
export function cityDate(now: Date, timeZone: string = CITY_TIME_ZONE): string {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(isoDate: string): Weekday {
  const sundayFirst = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return WEEKDAY_CODES[(sundayFirst + 6) % 7] as Weekday;
}

/** Whole and fractional days from `earlier` to `later` (negative when `earlier` is later). */
export function daysBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / 86_400_000;
}
