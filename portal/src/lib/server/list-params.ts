/**
 * Reading list filters and the page number from a query string. Anything unexpected — an unknown
 * value, a negative or huge page, text where a year belongs, a megabyte of junk — is ignored or
 * clamped, so a hand-edited URL always gives a normal page and never reaches the CMS unchecked.
 */
import { PAGE_PARAM } from '../list-href';

const MAX_PAGE = 1000;
const MAX_VALUE_LENGTH = 100;

export function pageNumber(params: URLSearchParams): number {
  const raw = params.get(PAGE_PARAM)?.trim() ?? '';
  const page = /^\d{1,30}$/.test(raw) ? Number(raw) : 1;
  return Math.min(MAX_PAGE, Math.max(1, page));
}

/** The parameter's value if it is one of `allowed`, else undefined. */
export function allowedValue<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const raw = params.get(name);
  if (!raw || raw.length > MAX_VALUE_LENGTH) return undefined;
  return allowed.find((value) => value === raw.trim());
}

export function allowedYear(params: URLSearchParams, name: string, years: readonly number[]): number | undefined {
  const raw = params.get(name)?.trim() ?? '';
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return years.includes(year) ? year : undefined;
}
