import { decidingBodies } from '$lib/content-values';
import { decisionYears, listDecisions } from '$lib/server/content/decisions';
import { listDepartments } from '$lib/server/content/taxonomy';
import { allowedValue, allowedYear, pageNumber } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 10;

export const load: PageServerLoad = async ({ url, locals }) => {
  const [departments, years] = await Promise.all([listDepartments(), decisionYears(new Date().getFullYear())]);
  const params = url.searchParams;
  const filters = {
    body: allowedValue(params, 'orgaan', decidingBodies),
    department: allowedValue(
      params,
      'dienst',
      departments.map((department) => department.slug),
    ),
    year: allowedYear(params, 'jaar', years),
  };
  const result = await listDecisions(locals.locale, filters, pageNumber(params), PAGE_SIZE);
  return {
    departments: departments.map(({ name, slug }) => ({ name, slug })),
    years,
    filters,
    decisions: result.items,
    pagination: result.pagination,
  };
};
