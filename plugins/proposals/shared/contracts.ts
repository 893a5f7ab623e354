/**
 * The contracts of citizen proposals (burgervoorstellen) and council meetings: lifecycle stages and
 * their labels, what the portal sends (drafts, supports, invitations) and what it gets back (lists,
 * detail with timeline, meetings), with the user-facing messages in Dutch, French and English.
 * Used by the server, the portal and the tests; imports nothing but zod.
 */
import { z } from 'zod';

export type Language = 'nl' | 'fr' | 'en';
export type Translations = Readonly<Record<Language, string>>;

// ---------------------------------------------------------------------------------------------
// Lifecycle
// ---------------------------------------------------------------------------------------------

export const STAGES = [
  'draft',
  'submitted',
  'screening',
  'open-for-support',
  'not-within-competence',
  'threshold-reached',
  'expired',
  'on-agenda',
  'in-progress',
  'answered',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages anyone may see. Drafts, submitted and screened proposals belong to their initiators (and staff). */
export const PUBLIC_STAGES = [
  'open-for-support',
  'not-within-competence',
  'threshold-reached',
  'expired',
  'on-agenda',
  'in-progress',
  'answered',
] as const satisfies readonly Stage[];
export type PublicStage = (typeof PUBLIC_STAGES)[number];

export function isPublicStage(stage: Stage): stage is PublicStage {
  return (PUBLIC_STAGES as readonly Stage[]).includes(stage);
}

/** Supports are taken from opening until the support period ends, also after the threshold is reached. */
export const SUPPORTABLE_STAGES = [
  'open-for-support',
  'threshold-reached',
  'on-agenda',
] as const satisfies readonly Stage[];
/** A support can be withdrawn only while it can still change whether the threshold is reached. */
export const WITHDRAWABLE_STAGES = ['open-for-support'] as const satisfies readonly Stage[];

export const ANSWER_OUTCOMES = ['realised', 'partly', 'not-retained'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];

export const TRANSITION_ACTIONS = [
  'submit',
  'retract',
  'start-screening',
  'return-to-initiator',
  'open-for-support',
  'decline-competence',
  'reach-threshold',
  'expire',
  'place-on-agenda',
  'start-progress',
  'answer',
] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** Who acts. Residents appear in the public timeline only by the display name the initiator chose. */
export const ACTOR_ROLES = ['initiator', 'participation-officer', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const stageLabels: Readonly<Record<Stage, Translations>> = {
  draft: { nl: 'Concept', fr: 'Brouillon', en: 'Draft' },
  submitted: { nl: 'Ingediend', fr: 'Déposée', en: 'Submitted' },
  screening: { nl: 'Wordt gescreend', fr: 'En cours d’examen', en: 'Being screened' },
  'open-for-support': { nl: 'Open voor steun', fr: 'Ouverte au soutien', en: 'Open for support' },
  'not-within-competence': {
    nl: 'Geen bevoegdheid van de stad',
    fr: 'Hors compétence de la ville',
    en: 'Outside the city’s competence',
  },
  'threshold-reached': { nl: 'Drempel bereikt', fr: 'Seuil atteint', en: 'Threshold reached' },
  expired: { nl: 'Verlopen', fr: 'Expirée', en: 'Expired' },
  'on-agenda': {
    nl: 'Op de agenda van de gemeenteraad',
    fr: 'À l’ordre du jour du conseil communal',
    en: 'On the city council agenda',
  },
  'in-progress': { nl: 'In behandeling', fr: 'En traitement', en: 'In progress' },
  answered: { nl: 'Beantwoord', fr: 'Répondue', en: 'Answered' },
};

export const outcomeLabels: Readonly<Record<AnswerOutcome, Translations>> = {
  realised: { nl: 'Gerealiseerd', fr: 'Réalisée', en: 'Realised' },
  partly: { nl: 'Gedeeltelijk gerealiseerd', fr: 'Partiellement réalisée', en: 'Partly realised' },
  'not-retained': { nl: 'Niet weerhouden', fr: 'Non retenue', en: 'Not retained' },
};

export const actorLabels: Readonly<Record<Exclude<ActorRole, 'initiator'>, Translations>> = {
  'participation-officer': {
    nl: 'Participatieambtenaar',
    fr: 'Fonctionnaire de participation',
    en: 'Participation officer',
  },
  system: { nl: 'Automatisch', fr: 'Automatique', en: 'Automatic' },
};

// ---------------------------------------------------------------------------------------------
// Input from residents
// ---------------------------------------------------------------------------------------------

/** Limits on the texts, after HTML is stripped. Submitting needs the minimums; a draft may be unfinished. */
export const TEXT_LIMITS = {
  title: { min: 10, max: 120 },
  summary: { min: 30, max: 500 },
  body: { min: 100, max: 10_000 },
  displayName: { min: 2, max: 60 },
  reason: { min: 20, max: 2_000 },
  answer: { min: 20, max: 10_000 },
  note: { min: 0, max: 2_000 },
} as const;

export const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Ongeldige keuze.');

/**
 * A draft as the portal sends it (create or edit). Texts are checked for their maximum here and
 * cleaned of HTML on the server; the minimums are checked when the initiator submits.
 */
export const draftInputSchema = z
  .object({
    title: z.string({ error: 'Geef je voorstel een titel.' }).max(2_000),
    summary: z.string().max(5_000).default(''),
    body: z.string().max(50_000).default(''),
    /** Slug of a topic (thema), or null. */
    topic: slugSchema.nullable().default(null),
    /** Slug of a district (deelgemeente), or null for the whole city. */
    district: slugSchema.nullable().default(null),
    /** How the initiator appears publicly. Never taken from the e-ID. */
    displayName: z.string({ error: 'Kies de naam waaronder je voorstel verschijnt.' }).max(500),
  })
  .strict();
export type DraftInput = z.input<typeof draftInputSchema>;

export const inviteCoInitiatorSchema = z
  .object({ email: z.email({ error: 'Geef een geldig e-mailadres.' }).max(254) })
  .strict();

export const acceptInvitationSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, 'Deze uitnodiging is ongeldig.'),
    displayName: z.string().max(500),
  })
  .strict();

export const staffTransitionSchema = z
  .object({
    action: z.enum([
      'start-screening',
      'return-to-initiator',
      'open-for-support',
      'decline-competence',
      'start-progress',
      'answer',
    ]),
    /** Public reason: why not within competence, or what to change before resubmitting. */
    reason: z.string().max(20_000).optional(),
    outcome: z.enum(ANSWER_OUTCOMES).optional(),
    /** The official answer of the city, shown publicly. */
    answer: z.string().max(50_000).optional(),
    /** A public note with the transition (e.g. which department follows it up). */
    note: z.string().max(20_000).optional(),
  })
  .strict();
export type StaffTransition = z.infer<typeof staffTransitionSchema>;

export const LIST_SORTS = ['support', 'newest', 'closing-soon'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const listQuerySchema = z.object({
  stage: z.enum(PUBLIC_STAGES).optional(),
  topic: slugSchema.optional(),
  district: slugSchema.optional(),
  sort: z.enum(LIST_SORTS).default('newest'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(12),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Output to the portal
// ---------------------------------------------------------------------------------------------

const named = z.object({ name: z.string(), slug: z.string() });

export const proposalSummarySchema = z.object({
  documentId: z.string(),
  title: z.string(),
  summary: z.string(),
  stage: z.enum(STAGES),
  topic: named.nullable(),
  district: named.nullable(),
  initiatorDisplayName: z.string(),
  supportCount: z.number().int(),
  /** The threshold this proposal must reach (fixed when it opened), null before it opens. */
  supportThreshold: z.number().int().nullable(),
  /** 0–1, for the progress bar. */
  progress: z.number().min(0).max(1),
  supportsNeeded: z.number().int().min(0).nullable(),
  supportOpensAt: z.iso.datetime().nullable(),
  supportClosesAt: z.iso.datetime().nullable(),
  /** Started days until the support period ends (1 on the last day), null when it takes no supports. */
  daysLeft: z.number().int().min(0).nullable(),
  /** When it became public (opened for support or declined). */
  publicSince: z.iso.datetime().nullable(),
  /** Portal path without language prefix. */
  path: z.string(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const timelineEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.enum(TRANSITION_ACTIONS),
  from: z.enum(STAGES),
  to: z.enum(STAGES),
  actorRole: z.enum(ACTOR_ROLES),
  /** The initiator's display name, "Participatieambtenaar" or "Automatisch". */
  actor: z.string(),
  note: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const meetingRefSchema = z.object({ documentId: z.string(), title: z.string(), startsAt: z.iso.datetime() });

export const viewerSchema = z.object({
  isInitiator: z.boolean(),
  isCoInitiator: z.boolean(),
  canEdit: z.boolean(),
  following: z.boolean(),
  supported: z.boolean(),
  /**
   * May this person support now; if not, the one step that unlocks it: log-in, confirm-email,
   * verify-eid, verification-expired, too-young, not-resident, already-voted, or a state of the
   * proposal (closed, subject-not-open, not-open-yet).
   */
  maySupport: z.discriminatedUnion('allowed', [
    z.object({ allowed: z.literal(true) }),
    z.object({
      allowed: z.literal(false),
      step: z.string(),
      message: z.string(),
      minimumAge: z.number().int().optional(),
    }),
  ]),
  mayWithdraw: z.boolean(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export const proposalDetailSchema = proposalSummarySchema.extend({
  body: z.string(),
  coInitiators: z.array(z.string()),
  timeline: z.array(timelineEntrySchema),
  competenceReason: z.string().nullable(),
  answer: z.object({ outcome: z.enum(ANSWER_OUTCOMES), text: z.string(), answeredAt: z.iso.datetime() }).nullable(),
  agenda: z.object({ meeting: meetingRefSchema.nullable() }).nullable(),
  /** The votes engine ballot of the supports (GET /api/ballots/:documentId), null before opening. */
  ballot: z.string().nullable(),
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

/** The answer to a support or its withdrawal: the proposal's new state, read in the same transaction. */
export const supportReceiptSchema = z.object({
  documentId: z.string(),
  stage: z.enum(STAGES),
  supportCount: z.number().int(),
  supportThreshold: z.number().int().nullable(),
  progress: z.number().min(0).max(1),
  supportsNeeded: z.number().int().min(0).nullable(),
  /** Whether this person's support now counts. */
  supported: z.boolean(),
  /** Whether they may still take it back (only below the threshold, while open). */
  mayWithdraw: z.boolean(),
});
export type SupportReceipt = z.infer<typeof supportReceiptSchema>;

export const proposalSettingsSchema = z.object({
  supportThreshold: z.number().int(),
  supportPeriodDays: z.number(),
  agendaLeadDays: z.number().int(),
});

export const proposalListResponseSchema = z.object({
  data: z.array(proposalSummarySchema),
  meta: z.object({
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
      total: z.number().int(),
    }),
    settings: proposalSettingsSchema,
  }),
});

export const proposalDetailResponseSchema = z.object({
  data: proposalDetailSchema,
  meta: z.object({ viewer: viewerSchema.nullable(), settings: proposalSettingsSchema }),
});

export const councilMeetingSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  body: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
  location: z.string().nullable(),
  agenda: z.array(z.object({ position: z.number().int(), title: z.string(), proposal: z.string(), path: z.string() })),
});
export type CouncilMeeting = z.infer<typeof councilMeetingSchema>;

/** Portal paths (without language prefix) used in e-mails, search and the iCalendar feed. */
export const PORTAL_PATHS = {
  proposal: (documentId: string) => `/voorstellen/${documentId}`,
  invitation: (token: string) => `/voorstellen/uitnodiging?token=${encodeURIComponent(token)}`,
  meetings: '/gemeenteraad',
} as const;

// ---------------------------------------------------------------------------------------------
// Refusals (Strapi's error envelope: details.reason; gating refusals carry details.step)
// ---------------------------------------------------------------------------------------------

export const PROPOSAL_REFUSALS = [
  'not-found',
  'not-editable',
  'not-initiator',
  'incomplete',
  'wrong-stage',
  'wrong-actor',
  'missing-field',
  'unknown-topic',
  'unknown-district',
  'invitation-invalid',
  'already-co-initiator',
] as const;
export type ProposalRefusal = (typeof PROPOSAL_REFUSALS)[number];

export const proposalRefusalMessages: Readonly<Record<ProposalRefusal, Translations>> = {
  'not-found': {
    nl: 'Dit voorstel bestaat niet.',
    fr: "Cette proposition n'existe pas.",
    en: 'This proposal does not exist.',
  },
  'not-editable': {
    nl: 'Dit voorstel kan niet meer gewijzigd worden: de screening is begonnen.',
    fr: "Cette proposition ne peut plus être modifiée : l'examen a commencé.",
    en: 'This proposal can no longer be changed: screening has started.',
  },
  'not-initiator': {
    nl: 'Alleen de indieners van dit voorstel kunnen dit doen.',
    fr: 'Seuls les auteurs de cette proposition peuvent faire ceci.',
    en: 'Only the initiators of this proposal can do this.',
  },
  incomplete: {
    nl: 'Je voorstel is nog niet volledig. Vul de aangeduide velden aan.',
    fr: "Votre proposition n'est pas encore complète. Complétez les champs indiqués.",
    en: 'Your proposal is not complete yet. Fill in the fields shown.',
  },
  'wrong-stage': {
    nl: 'Dit kan niet in de huidige fase van het voorstel.',
    fr: "Ce n'est pas possible dans la phase actuelle de la proposition.",
    en: 'This is not possible in the current stage of the proposal.',
  },
  'wrong-actor': {
    nl: 'Deze stap is niet voor jou bedoeld.',
    fr: 'Cette étape ne vous est pas destinée.',
    en: 'This step is not yours to take.',
  },
  'missing-field': {
    nl: 'Voor deze stap ontbreekt nog informatie.',
    fr: 'Il manque encore des informations pour cette étape.',
    en: 'Information is missing for this step.',
  },
  'unknown-topic': { nl: 'Dit thema bestaat niet.', fr: "Ce thème n'existe pas.", en: 'This topic does not exist.' },
  'unknown-district': {
    nl: 'Deze deelgemeente bestaat niet.',
    fr: "Cette section n'existe pas.",
    en: 'This district does not exist.',
  },
  'invitation-invalid': {
    nl: 'Deze uitnodiging is ongeldig of werd al gebruikt.',
    fr: 'Cette invitation est invalide ou a déjà été utilisée.',
    en: 'This invitation is invalid or was already used.',
  },
  'already-co-initiator': {
    nl: 'Je bent al indiener van dit voorstel.',
    fr: 'Vous êtes déjà auteur de cette proposition.',
    en: 'You are already an initiator of this proposal.',
  },
};

/** Per-field problems, in Strapi's ValidationError details: { errors: [{ path, message }] }. */
export const fieldErrorSchema = z.object({ path: z.array(z.string()), message: z.string() });
