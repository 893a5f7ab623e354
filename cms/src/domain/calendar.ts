/**
 * Calendar dates (YYYY-MM-DD) counted in whole days from a reference day. Phases and decisions
 * carry dates without a time; computing them in UTC keeps them free of daylight-saving shifts.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export type IsoDate = string;

export function startOfUtcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export function daysFrom(reference: Date, days: number): Date {
  return new Date(startOfUtcDay(reference).getTime() + days * DAY_MS);
}

export function isoDate(day: Date): IsoDate {
  return day.toISOString().slice(0, 10);
}

export function isoDateFrom(reference: Date, days: number): IsoDate {
  return isoDate(daysFrom(reference, days));
}
