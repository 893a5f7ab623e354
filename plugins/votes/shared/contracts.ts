/**
 * The voting engine's contracts: ballot kinds, what a ballot looks like to the public, the request to
 * cast a vote and the refusals, with the messages in Dutch, French and English. Used by the server,
 * by the plugins that own something votable (proposals, polls, ideas, nominations), by the portal and
 * by tests. It holds no secrets and imports nothing but zod.
 */
import { z } from 'zod';

export type Language = 'nl' | 'fr' | 'en';
export type Translations = Readonly<Record<Language, string>>;

/**
 * support: one button, counted or not (a proposal's support, an idea's support);
 * single: one option; multiple: one up to `maxChoices` options; yes-no: "yes" or "no".
 */
export const BALLOT_KINDS = ['support', 'single', 'multiple', 'yes-no'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

/** When the public may see the counts. Staff always can (admin audit route). */
export const RESULTS_VISIBILITIES = ['live', 'after-close', 'never'] as const;
export type ResultsVisibility = (typeof RESULTS_VISIBILITIES)[number];

export const BALLOT_STATES = ['upcoming', 'open', 'closed'] as const;
export type BallotState = (typeof BALLOT_STATES)[number];

/** The option key of a support ballot, and the two of a yes/no ballot. */
export const SUPPORT_OPTION = 'support';
export const YES_NO_OPTIONS = ['yes', 'no'] as const;

/** Option keys are short, stable identifiers; labels are what people read. */
export const optionKeySchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'kleine letters, cijfers en koppeltekens');

export const ballotOptionSchema = z.object({
  key: optionKeySchema,
  label: z.string().trim().min(1).max(200),
});
export type BallotOption = z.infer<typeof ballotOptionSchema>;

/** Who may take part, asked of the gating service (plugins/verification) at the moment of voting. */
export const eligibilitySchema = z
  .object({
    /** Overrides the platform's minimum age (default 16) for this ballot. */
    minimumAge: z.number().int().min(0).max(120).optional(),
    /** Slugs of the districts (deelgemeenten) whose residents may vote. */
    allowedDistricts: z.array(z.string().min(1).max(80)).min(1).max(50).optional(),
  })
  .strict();
export type Eligibility = z.infer<typeof eligibilitySchema>;

/**
 * A Strapi documentId as it appears in URLs. Anything else is refused with 400 before a query
 * runs, so a tampered id can never reach the database as something unexpected.
 */
export const documentIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, 'ongeldige verwijzing');

export const castVoteRequestSchema = z
  .object({
    /** Option keys. A support ballot takes none (or ["support"]). */
    choices: z.array(optionKeySchema).max(50).default([]),
  })
  .strict();
export type CastVoteRequest = z.infer<typeof castVoteRequestSchema>;

export const optionResultSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int().min(0) });

export const publicBallotSchema = z.object({
  documentId: z.string(),
  kind: z.enum(BALLOT_KINDS),
  title: z.string(),
  options: z.array(ballotOptionSchema),
  maxChoices: z.number().int().min(1),
  opensAt: z.iso.datetime(),
  closesAt: z.iso.datetime().nullable(),
  state: z.enum(BALLOT_STATES),
  resultsVisibility: z.enum(RESULTS_VISIBILITIES),
  /** Null while the counts are not public (after-close before closing, never). */
  results: z.object({ total: z.number().int().min(0), options: z.array(optionResultSchema) }).nullable(),
});
export type PublicBallot = z.infer<typeof publicBallotSchema>;

/** What the person asking sees about their own part in a ballot. */
export const viewerBallotSchema = z.object({
  /** Whether this person has a vote in the ballot (false for anonymous visitors). */
  voted: z.boolean(),
  /** Their choices, when they voted. */
  choices: z.array(z.string()).nullable(),
  /** What they may do now, as the gating service answers it (with the one step that unlocks it). */
  mayVote: z.discriminatedUnion('allowed', [
    z.object({ allowed: z.literal(true) }),
    z.object({
      allowed: z.literal(false),
      step: z.string(),
      message: z.string(),
      minimumAge: z.number().int().optional(),
    }),
  ]),
});
export type ViewerBallot = z.infer<typeof viewerBallotSchema>;

export const ballotResponseSchema = z.object({
  data: publicBallotSchema,
  meta: z.object({ viewer: viewerBallotSchema }),
});

/** The answer to a cast or a withdrawal. */
export const voteReceiptSchema = z.object({
  ballot: z.string(),
  voted: z.boolean(),
  choices: z.array(z.string()).nullable(),
  /** Null when the results are not public yet. */
  results: publicBallotSchema.shape.results,
});
export type VoteReceipt = z.infer<typeof voteReceiptSchema>;

// ---------------------------------------------------------------------------------------------
// Refusals. Strapi's error envelope carries `details.reason` (the engine's own reasons below) or
// `details.step` (the gating service's unlock step: log-in, verify-eid, too-young, ...).
// ---------------------------------------------------------------------------------------------

export const VOTE_REFUSALS = [
  'not-open-yet',
  'closed',
  'already-voted',
  'not-voted',
  'invalid-choice',
  'subject-not-open',
  'withdrawal-not-allowed',
  'unknown-ballot',
] as const;
export type VoteRefusal = (typeof VOTE_REFUSALS)[number];

export const voteRefusalMessages: Readonly<Record<VoteRefusal, Translations>> = {
  'not-open-yet': {
    nl: 'Deze stemming is nog niet geopend.',
    fr: "Ce vote n'est pas encore ouvert.",
    en: 'This ballot is not open yet.',
  },
  closed: {
    nl: 'Deze stemming is afgelopen. Er kan niet meer gestemd of gesteund worden.',
    fr: 'Ce vote est terminé. Il n’est plus possible de voter ou de soutenir.',
    en: 'This ballot has closed. Voting or supporting is no longer possible.',
  },
  'already-voted': {
    nl: 'Je hebt hier al gestemd. Elke persoon stemt één keer.',
    fr: 'Vous avez déjà voté ici. Chaque personne vote une seule fois.',
    en: 'You have already voted here. Everyone votes once.',
  },
  'not-voted': {
    nl: 'Je hebt hier nog niet gestemd, dus er is niets in te trekken.',
    fr: "Vous n'avez pas encore voté ici : il n'y a rien à retirer.",
    en: 'You have not voted here, so there is nothing to withdraw.',
  },
  'invalid-choice': {
    nl: 'Deze keuze past niet bij de stemming. Kies uit de opties die getoond worden.',
    fr: 'Ce choix ne correspond pas au vote. Choisissez parmi les options proposées.',
    en: 'This choice does not fit the ballot. Choose from the options shown.',
  },
  'subject-not-open': {
    nl: 'Hierop kan nu niet gestemd of gesteund worden.',
    fr: "Il n'est pas possible de voter ou de soutenir ceci pour le moment.",
    en: 'Voting or supporting is not possible here right now.',
  },
  'withdrawal-not-allowed': {
    nl: 'Je stem kan hier niet meer ingetrokken worden.',
    fr: 'Votre voix ne peut plus être retirée ici.',
    en: 'Your vote can no longer be withdrawn here.',
  },
  'unknown-ballot': {
    nl: 'Deze stemming bestaat niet.',
    fr: "Ce vote n'existe pas.",
    en: 'This ballot does not exist.',
  },
};

export const voteRefusalDetailsSchema = z.object({ reason: z.enum(VOTE_REFUSALS) });

// ---------------------------------------------------------------------------------------------
// Staff: paper votes entered at the counter, and the audit of a ballot.
// ---------------------------------------------------------------------------------------------

export const offlineVoteRequestSchema = z
  .object({
    /**
     * The person's national register number as read from their eID at the counter. Used only to
     * derive the same voter key as an online vote would, so one person counts once across both
     * channels; it is never stored or logged.
     */
    nationalNumber: z.string().trim().min(11).max(20),
    choices: z.array(optionKeySchema).max(50).default([]),
  })
  .strict();
export type OfflineVoteRequest = z.infer<typeof offlineVoteRequestSchema>;

export const ballotAuditSchema = z.object({
  ballot: z.string(),
  /** The counters the public figures are read from. */
  counters: z.record(z.string(), z.number().int()),
  /** A recount of the stored votes; always equal to the counters. */
  recount: z.record(z.string(), z.number().int()),
  equal: z.boolean(),
  votes: z.number().int(),
  offlineVotes: z.number().int(),
});
export type BallotAudit = z.infer<typeof ballotAuditSchema>;
