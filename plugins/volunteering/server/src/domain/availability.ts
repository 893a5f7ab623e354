/**
 * Availability is a set of weekly slots (weekday × part of the day). A request may also name
 * specific dates; for matching, each date counts as the weekly slot it falls on.
 */
import type { DatedSlot, Slot } from '../../../shared/vocabulary';
import { weekdayOf } from './calendar';

export function slotKey(slot: Slot): string {
  return `${slot.weekday}:${slot.partOfDay}`;
}

/** The weekly slots a request needs: its own slots plus the slot of each date, without repeats. */
export function neededSlots(request: { slots: readonly Slot[]; dates: readonly DatedSlot[] }): Slot[] {
  const all = [
    ...request.slots,
    ...request.dates.map((dated) => ({ weekday: weekdayOf(dated.date), partOfDay: dated.partOfDay })),
  ];
  const seen = new Map<string, Slot>();
  for (const slot of all) if (!seen.has(slotKey(slot))) seen.set(slotKey(slot), { ...slot });
  return [...seen.values()];
}

/**
 * The share of the needed slots the volunteer is available for, 0..1. A request that names no
 * moment at all ("whenever suits you") is fully covered by any availability.
 */
export function availabilityOverlap(needed: readonly Slot[], available: readonly Slot[]): number {
  if (needed.length === 0) return 1;
  const offered = new Set(available.map(slotKey));
  return needed.filter((slot) => offered.has(slotKey(slot))).length / needed.length;
}

/** Whether a moment filter (weekday and/or part of day) fits these slots; no slots = flexible = fits. */
export function fitsMoment(slots: readonly Slot[], filter: { weekday?: string; partOfDay?: string }): boolean {
  if (filter.weekday === undefined && filter.partOfDay === undefined) return true;
  if (slots.length === 0) return true;
  return slots.some(
    (slot) =>
      (filter.weekday === undefined || slot.weekday === filter.weekday) &&
      (filter.partOfDay === undefined || slot.partOfDay === filter.partOfDay),
  );
}
