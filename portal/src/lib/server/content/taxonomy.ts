/** Topics, districts and departments: small, not translated, used for filters and labels. */

import { cmsGet, listEnvelope } from '../cms';
import { departmentSchema, districtSchema, topicSchema, type Department, type District, type Topic } from './schemas';

// Far more than a city has; one request returns them all.
const all = { page: 1, pageSize: 200 };

export async function listTopics(): Promise<Topic[]> {
  return (
    await cmsGet('topics', { fields: ['name', 'slug'], sort: ['name:asc'], pagination: all }, listEnvelope(topicSchema))
  ).data;
}

export async function listDistricts(): Promise<District[]> {
  return (
    await cmsGet(
      'districts',
      { fields: ['name', 'slug', 'postcode'], sort: ['name:asc'], pagination: all },
      listEnvelope(districtSchema),
    )
  ).data;
}

export async function listDepartments(): Promise<Department[]> {
  return (await cmsGet('departments', { sort: ['name:asc'], pagination: all }, listEnvelope(departmentSchema))).data;
}

export const taxonomyFields = {
  topics: { fields: ['name', 'slug'] },
  districts: { fields: ['name', 'slug', 'postcode'] },
  department: { fields: ['name', 'slug', 'description', 'email', 'phone'] },
} as const;
