import { policyStages, progressValues } from '$lib/server/content/schemas';
import { listProjects } from '$lib/server/content/projects';
import { listDistricts, listTopics } from '$lib/server/content/taxonomy';
import { allowedValue, pageNumber } from '$lib/server/list-params';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 9;

export const load: PageServerLoad = async ({ url, locals }) => {
  const [topics, districts] = await Promise.all([listTopics(), listDistricts()]);
  const params = url.searchParams;
  const filters = {
    topic: allowedValue(
      params,
      'thema',
      topics.map((topic) => topic.slug),
    ),
    district: allowedValue(
      params,
      'deelgemeente',
      districts.map((district) => district.slug),
    ),
    policyStage: allowedValue(params, 'beleidsfase', policyStages),
    progress: allowedValue(params, 'voortgang', progressValues),
  };
  const result = await listProjects(locals.locale, filters, pageNumber(params), PAGE_SIZE);
  return { topics, districts, filters, projects: result.items, pagination: result.pagination };
};
