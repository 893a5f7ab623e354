/** The fixed choices of the content model (Strapi enumerations), shared by server code and components. */
export const policyStages = ['beleidsvoorbereiding', 'beleidsuitvoering', 'beleidsevaluatie'] as const;
export const progressValues = ['planned', 'active', 'completed'] as const;
export const decidingBodies = [
  'gemeenteraad',
  'college',
  'burgemeester',
  'raad-maatschappelijk-welzijn',
  'vast-bureau',
] as const;
export const participationMethods = ['information', 'poll', 'survey', 'ideas', 'discussion', 'volunteering'] as const;

export type PolicyStage = (typeof policyStages)[number];
export type Progress = (typeof progressValues)[number];
export type DecidingBody = (typeof decidingBodies)[number];
export type ParticipationMethod = (typeof participationMethods)[number];
