import { cityDate } from './domain/calendar';

/** The moment a request is handled, and the city's date at that moment. */
export function clock(): { now: Date; nowIso: string; today: string } {
  const now = new Date();
  return { now, nowIso: now.toISOString(), today: cityDate(now) };
}
