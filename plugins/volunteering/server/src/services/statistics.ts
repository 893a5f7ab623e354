/** Figures for the city (staff) and the per-district overview residents see instead of a map. */
import type { Core } from '@strapi/strapi';
import { DISTRICT_CODES } from '../../../shared/vocabulary';
import { clock } from '../clock';
import { filterOffers, filterRequests } from '../domain/listing';
import { effectiveLifecycle } from '../domain/request-lifecycle';
import { computeStatistics } from '../domain/statistics';
import { createStore } from '../store';
import { OWNER_POPULATE, REQUEST_POPULATE } from './offers';

export const createStatisticsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  return {
    async forCity() {
      const { today } = clock();
      const [requests, matches, offers] = await Promise.all([
        store.requests.findMany({
          fields: ['categories', 'district', 'lifecycle', 'untilDate', 'volunteersNeeded', 'acceptedCount'],
        }),
        store.matches.findMany({ fields: ['lifecycle'], populate: { request: { fields: ['documentId'] } } }),
        store.offers.count({ filters: { visible: true, hiddenByModerator: false } }),
      ]);
      return computeStatistics(
        requests.map((request) => ({
          id: request.documentId,
          categories: request.categories,
          district: request.district,
          lifecycle: effectiveLifecycle(request, today),
        })),
        matches.flatMap((match) =>
          match.request ? [{ requestId: match.request.documentId, lifecycle: match.lifecycle }] : [],
        ),
        offers,
      );
    },

    async perDistrict() {
      const { today } = clock();
      const [offers, requests] = await Promise.all([
        store.offers.findMany({ filters: { visible: true, hiddenByModerator: false }, populate: OWNER_POPULATE }),
        store.requests.findMany({
          filters: { lifecycle: 'open', hiddenByModerator: false },
          populate: REQUEST_POPULATE,
        }),
      ]);
      return DISTRICT_CODES.map((district) => ({
        district,
        openRequests: filterRequests(requests, { district }, today).length,
        offers: filterOffers(offers, { district }).length,
      }));
    },
  };
};
