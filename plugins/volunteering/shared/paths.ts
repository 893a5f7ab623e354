/** Portal pages the plugin links to from its e-mails; the portal serves them at these paths. */
export const PORTAL_PATHS = {
  volunteering: '/vrijwilligers',
  match: (matchId: string) => `/vrijwilligers/mijn/matches/${encodeURIComponent(matchId)}`,
  request: (requestId: string) => `/vrijwilligers/hulpvragen/${encodeURIComponent(requestId)}`,
  offer: (offerId: string) => `/vrijwilligers/aanbod/${encodeURIComponent(offerId)}`,
} as const;
