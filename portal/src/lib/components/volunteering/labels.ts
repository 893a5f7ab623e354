/** Labels of the plugin's vocabulary in the visitor's language, and a request's "when" as words. */
import type { Locale } from '$lib/i18n';
import { formatDate } from '$lib/i18n';
import {
  CATEGORIES,
  DISTRICTS,
  FREQUENCIES,
  PARTS_OF_DAY,
  REPORT_REASONS,
  WEEKDAYS,
  type Category,
  type District,
  type Frequency,
  type PartOfDay,
  type ReportReason,
  type Weekday,
} from '../../../../../plugins/volunteering/shared/vocabulary';

export const categoryLabel = (code: Category, locale: Locale) => CATEGORIES[code][locale];
export const districtLabel = (code: District, locale: Locale) => DISTRICTS[code][locale];
export const weekdayLabel = (code: Weekday, locale: Locale) => WEEKDAYS[code][locale];
export const partOfDayLabel = (code: PartOfDay, locale: Locale) => PARTS_OF_DAY[code][locale];
export const frequencyLabel = (code: Frequency, locale: Locale) => FREQUENCIES[code][locale];
export const reasonLabel = (code: ReportReason, locale: Locale) => REPORT_REASONS[code][locale];

export function slotText(slot: { weekday: Weekday; partOfDay: PartOfDay }, locale: Locale): string {
  return `${weekdayLabel(slot.weekday, locale)} ${partOfDayLabel(slot.partOfDay, locale)}`;
}

export function datedSlotText(slot: { date: string; partOfDay: PartOfDay }, locale: Locale): string {
  return `${formatDate(slot.date, locale)}, ${partOfDayLabel(slot.partOfDay, locale)}`;
}

/** "85" for a score of 0.8512: what residents read as "85% passend". */
export function percent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100);
}
