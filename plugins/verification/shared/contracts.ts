/**
 * The verification plugin's contracts: request and response shapes of its HTTP routes, the names of
 * gated actions and unlock steps, and the user-facing messages in Dutch, French and English.
 * Used by the server, by the portal and by tests; it holds no secrets and imports nothing but zod.
 */
import { z } from 'zod';

/** Where the portal receives the provider's redirect (the OIDC redirect_uri is the portal URL + this). */
export const VERIFICATION_CALLBACK_PATH = '/account/verificatie/terug';
/**
 * Portal page Strapi redirects to after the link in the confirmation e-mail worked (the link itself
 * goes to Strapi's /api/auth/email-confirmation, which confirms and redirects here).
 */
export const EMAIL_CONFIRMED_PATH = '/account/e-mail-bevestigd';
/** Portal page the password-reset e-mail links to; it posts `code` and the new password to Strapi. */
export const PASSWORD_RESET_PATH = '/account/nieuw-wachtwoord';

export type Language = 'nl' | 'fr' | 'en';
export type Translations = Readonly<Record<Language, string>>;

// ---------------------------------------------------------------------------------------------
// Gating: "may this user do X here, and if not, what is the one step that unlocks it?"
// ---------------------------------------------------------------------------------------------

export const GATED_ACTIONS = [
  'read',
  'comment',
  'follow',
  'volunteer',
  'post-idea',
  'answer-survey',
  'nominate',
  'propose',
  'support',
  'vote',
] as const;
export type GatedAction = (typeof GATED_ACTIONS)[number];

export const UNLOCK_STEPS = [
  'log-in',
  'confirm-email',
  'verify-eid',
  'verification-expired',
  'too-young',
  'not-resident',
  'already-voted',
] as const;
export type UnlockStep = (typeof UNLOCK_STEPS)[number];

/** What the caller knows about the place where the action happens (a proposal, a poll, a phase…). */
export const gatingContextSchema = z
  .object({
    /** Raise the action's requirement, e.g. a survey that only verified residents may answer. */
    requires: z.enum(['account', 'verified']).optional(),
    /** Overrides the global minimum age for this context. */
    minimumAge: z.number().int().min(0).max(120).optional(),
    /** Only residents of these districts (slugs) may take part. */
    allowedDistricts: z.array(z.string().min(1).max(80)).min(1).max(50).optional(),
    /** The ballot the vote or support is cast in (see README: voter keys); checks "already voted". */
    ballot: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[a-z0-9][a-z0-9:._-]*$/, 'kleine letters, cijfers en : . _ -')
      .optional(),
  })
  .strict();
export type GatingContext = z.infer<typeof gatingContextSchema>;

export const gatingDecideRequestSchema = z
  .object({ action: z.enum(GATED_ACTIONS), context: gatingContextSchema.default({}) })
  .strict();
export type GatingDecideRequest = z.infer<typeof gatingDecideRequestSchema>;

export const gatingDecisionSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  z.object({
    allowed: z.literal(false),
    step: z.enum(UNLOCK_STEPS),
    /** Dutch, ready to show; the portal may translate `step` itself with `unlockStepMessages`. */
    message: z.string(),
    minimumAge: z.number().int().optional(),
  }),
]);
export type GatingDecision = z.infer<typeof gatingDecisionSchema>;

export const unlockStepMessages: Readonly<Record<UnlockStep, Translations>> = {
  'log-in': {
    nl: 'Meld je aan of maak een account om mee te doen.',
    fr: 'Connectez-vous ou créez un compte pour participer.',
    en: 'Log in or create an account to take part.',
  },
  'confirm-email': {
    nl: 'Bevestig eerst je e-mailadres met de link in de e-mail die we je stuurden.',
    fr: "Confirmez d'abord votre adresse e-mail avec le lien de l'e-mail que nous vous avons envoyé.",
    en: 'First confirm your e-mail address with the link in the e-mail we sent you.',
  },
  'verify-eid': {
    nl: 'Bevestig eerst wie je bent met je eID of itsme. Zo telt elke stem maar één keer.',
    fr: "Confirmez d'abord votre identité avec votre eID ou itsme. Ainsi, chaque voix ne compte qu'une fois.",
    en: 'First confirm who you are with your eID or itsme, so that every vote counts only once.',
  },
  'verification-expired': {
    nl: 'Je verificatie met eID of itsme is verlopen. Bevestig opnieuw wie je bent.',
    fr: 'Votre vérification par eID ou itsme a expiré. Confirmez à nouveau votre identité.',
    en: 'Your eID or itsme verification has expired. Please confirm who you are again.',
  },
  'too-young': {
    nl: 'Je moet minstens {minimumAge} jaar zijn om hieraan mee te doen. Reageren kan wel.',
    fr: 'Vous devez avoir au moins {minimumAge} ans pour participer. Vous pouvez toutefois réagir.',
    en: 'You must be at least {minimumAge} years old to take part. You can still comment.',
  },
  'not-resident': {
    nl: 'Hieraan kunnen alleen inwoners van de betrokken deelgemeente(n) meedoen.',
    fr: 'Seuls les habitants de la ou des section(s) concernée(s) peuvent participer.',
    en: 'Only residents of the districts concerned can take part.',
  },
  'already-voted': {
    nl: 'Je hebt hier al gestemd. Elke persoon stemt één keer.',
    fr: 'Vous avez déjà voté ici. Chaque personne vote une seule fois.',
    en: 'You have already voted here. Everyone votes once.',
  },
};

// ---------------------------------------------------------------------------------------------
// e-ID verification flow
// ---------------------------------------------------------------------------------------------

export const verificationStartResponseSchema = z.object({
  data: z.object({ authorizationUrl: z.url(), expiresAt: z.iso.datetime() }),
});
export type VerificationStartResponse = z.infer<typeof verificationStartResponseSchema>;

/**
 * What the portal forwards from the provider's redirect to its callback page: the query parameters,
 * unchanged. Either `code` (success) or `error` (the person cancelled, the provider failed).
 */
const callbackParameter = z.string().min(1).max(4096);
export const verificationCallbackRequestSchema = z
  .object({
    state: callbackParameter,
    code: callbackParameter.optional(),
    iss: callbackParameter.optional(),
    error: callbackParameter.optional(),
    error_description: z.string().max(4096).optional(),
  })
  .strict()
  .refine((body) => (body.code === undefined) !== (body.error === undefined), {
    message: 'precies één van code of error is vereist',
  });
export type VerificationCallbackRequest = z.infer<typeof verificationCallbackRequestSchema>;

export const ASSURANCE_METHODS = ['eid-card', 'itsme', 'one-time-code', 'password', 'unknown'] as const;
export type AssuranceMethod = (typeof ASSURANCE_METHODS)[number];

export const verificationStatusSchema = z.object({
  verified: z.boolean(),
  /** True when a verification exists but its validity ended: the person must verify again. */
  expired: z.boolean(),
  assuranceLevel: z.number().int().nullable(),
  method: z.enum(ASSURANCE_METHODS).nullable(),
  verifiedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  birthYear: z.number().int().nullable(),
  /** Only when the city chose to keep names (VERIFICATION_KEEP_NAMES); never editable by the user. */
  givenName: z.string().nullable(),
  surname: z.string().nullable(),
});
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;
export const verificationStatusResponseSchema = z.object({
  data: verificationStatusSchema,
  meta: z.object({ minimumAssuranceLevel: z.number().int(), minimumAge: z.number().int() }),
});

export const VERIFICATION_FAILURES = [
  'not-configured',
  'attempt-unknown',
  'attempt-expired',
  'cancelled',
  'provider-error',
  'provider-unavailable',
  'response-invalid',
  'level-too-low',
  'no-national-number',
  'invalid-national-number',
  'too-young',
  'birth-date-unknown',
  'already-verified-elsewhere',
  'account-verified-as-other-person',
] as const;
export type VerificationFailure = (typeof VERIFICATION_FAILURES)[number];

/** Error `details` of a refused verification callback (Strapi's error envelope). */
export const verificationErrorDetailsSchema = z.object({
  reason: z.enum(VERIFICATION_FAILURES),
  minimumAge: z.number().int().optional(),
});

export const verificationFailureMessages: Readonly<Record<VerificationFailure, Translations>> = {
  'not-configured': {
    nl: 'Verifiëren met eID of itsme is op deze website nog niet ingesteld. Neem contact op met de stad.',
    fr: "La vérification par eID ou itsme n'est pas encore configurée sur ce site. Contactez la ville.",
    en: 'Verifying with eID or itsme is not set up on this website yet. Please contact the city.',
  },
  'attempt-unknown': {
    nl: 'Deze verificatie is onbekend of werd al gebruikt. Start de verificatie opnieuw vanaf je account.',
    fr: 'Cette vérification est inconnue ou a déjà été utilisée. Recommencez la vérification depuis votre compte.',
    en: 'This verification is unknown or was already used. Start the verification again from your account.',
  },
  'attempt-expired': {
    nl: 'De verificatie duurde te lang en is verlopen. Start ze opnieuw vanaf je account.',
    fr: 'La vérification a pris trop de temps et a expiré. Recommencez-la depuis votre compte.',
    en: 'The verification took too long and expired. Start it again from your account.',
  },
  cancelled: {
    nl: 'Je hebt de aanmelding met eID of itsme afgebroken. Er is niets gewijzigd.',
    fr: "Vous avez interrompu la connexion par eID ou itsme. Rien n'a été modifié.",
    en: 'You cancelled the eID or itsme login. Nothing was changed.',
  },
  'provider-error': {
    nl: 'De aanmeldingsdienst meldde een fout. Probeer het later opnieuw.',
    fr: "Le service d'authentification a signalé une erreur. Réessayez plus tard.",
    en: 'The login service reported an error. Please try again later.',
  },
  'provider-unavailable': {
    nl: 'De aanmeldingsdienst is nu niet bereikbaar. Probeer het later opnieuw.',
    fr: "Le service d'authentification est actuellement injoignable. Réessayez plus tard.",
    en: 'The login service cannot be reached right now. Please try again later.',
  },
  'response-invalid': {
    nl: 'Het antwoord van de aanmeldingsdienst kon niet worden gecontroleerd. Start de verificatie opnieuw.',
    fr: "La réponse du service d'authentification n'a pas pu être vérifiée. Recommencez la vérification.",
    en: 'The answer of the login service could not be checked. Start the verification again.',
  },
  'level-too-low': {
    nl: 'Je meldde je aan met een methode die niet sterk genoeg is om te stemmen. Gebruik je eID-kaartlezer of itsme.',
    fr: "La méthode de connexion utilisée n'est pas assez forte pour voter. Utilisez votre lecteur de carte eID ou itsme.",
    en: 'The login method you used is not strong enough for voting. Use your eID card reader or itsme.',
  },
  'no-national-number': {
    nl: 'De aanmeldingsdienst gaf geen rijksregisternummer door. Meld je aan met je eID-kaart of itsme.',
    fr: "Le service d'authentification n'a pas transmis de numéro de registre national. Connectez-vous avec votre carte eID ou itsme.",
    en: 'The login service did not pass on a national register number. Log in with your eID card or itsme.',
  },
  'invalid-national-number': {
    nl: 'Het rijksregisternummer dat we ontvingen is niet geldig. Neem contact op met de stad als dit blijft gebeuren.',
    fr: "Le numéro de registre national reçu n'est pas valide. Contactez la ville si le problème persiste.",
    en: 'The national register number we received is not valid. Contact the city if this keeps happening.',
  },
  'too-young': {
    nl: 'Je moet minstens {minimumAge} jaar zijn om voorstellen in te dienen en te stemmen. Reageren kan wel.',
    fr: 'Vous devez avoir au moins {minimumAge} ans pour soumettre des propositions et voter. Vous pouvez toutefois réagir.',
    en: 'You must be at least {minimumAge} years old to submit proposals and vote. You can still comment.',
  },
  'birth-date-unknown': {
    nl: 'Je geboortedatum is niet volledig gekend in het rijksregister, dus we kunnen niet nagaan of je al {minimumAge} bent. Neem contact op met de stad.',
    fr: "Votre date de naissance n'est pas entièrement connue au registre national : nous ne pouvons pas vérifier que vous avez {minimumAge} ans. Contactez la ville.",
    en: 'Your date of birth is not fully known in the national register, so we cannot check that you are {minimumAge}. Please contact the city.',
  },
  'already-verified-elsewhere': {
    nl: 'Deze persoon is al geverifieerd met een ander account. Iedereen kan maar één account verifiëren; meld je aan met je andere account.',
    fr: "Cette personne est déjà vérifiée avec un autre compte. Chacun ne peut vérifier qu'un seul compte ; connectez-vous avec votre autre compte.",
    en: 'This person is already verified with another account. Everyone can verify only one account; log in with your other account.',
  },
  'account-verified-as-other-person': {
    nl: 'Dit account is al geverifieerd als een andere persoon. Een account hoort bij één persoon.',
    fr: 'Ce compte est déjà vérifié au nom d’une autre personne. Un compte appartient à une seule personne.',
    en: 'This account is already verified as another person. An account belongs to one person.',
  },
};

/** Fills `{minimumAge}`-style placeholders. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

// ---------------------------------------------------------------------------------------------
// Optional profile questions, asked once (reach insight for the city; product.md §14)
// ---------------------------------------------------------------------------------------------

/** Bands rather than a birth year: enough to compare with the population, less to keep. */
// Strapi enumeration values must start with a letter.
export const AGE_BANDS = [
  'under-16',
  'age-16-24',
  'age-25-34',
  'age-35-44',
  'age-45-54',
  'age-55-64',
  'age-65-74',
  'age-75-plus',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** The highest diploma, in the three levels Flemish statistics use. */
export const EDUCATION_LEVELS = ['low', 'middle', 'high'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Each answer may be null: "I'd rather not say" is always allowed. */
export const demographicsRequestSchema = z
  .object({
    ageBand: z.enum(AGE_BANDS).nullable(),
    district: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(80)
      .nullable(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  })
  .strict();
export type DemographicsRequest = z.infer<typeof demographicsRequestSchema>;

export const demographicsSchema = demographicsRequestSchema.extend({ answeredAt: z.iso.datetime() });
export type Demographics = z.infer<typeof demographicsSchema>;
/** GET answer: null while the questions were never answered (the portal then offers them once). */
export const demographicsResponseSchema = z.object({ data: demographicsSchema.nullable() });

export const ageBandLabels: Readonly<Record<AgeBand, Translations>> = {
  'under-16': { nl: 'jonger dan 16', fr: 'moins de 16 ans', en: 'under 16' },
  'age-16-24': { nl: '16 tot 24 jaar', fr: '16 à 24 ans', en: '16 to 24' },
  'age-25-34': { nl: '25 tot 34 jaar', fr: '25 à 34 ans', en: '25 to 34' },
  'age-35-44': { nl: '35 tot 44 jaar', fr: '35 à 44 ans', en: '35 to 44' },
  'age-45-54': { nl: '45 tot 54 jaar', fr: '45 à 54 ans', en: '45 to 54' },
  'age-55-64': { nl: '55 tot 64 jaar', fr: '55 à 64 ans', en: '55 to 64' },
  'age-65-74': { nl: '65 tot 74 jaar', fr: '65 à 74 ans', en: '65 to 74' },
  'age-75-plus': { nl: '75 jaar of ouder', fr: '75 ans ou plus', en: '75 or older' },
};

export const educationLevelLabels: Readonly<Record<EducationLevel, Translations>> = {
  low: {
    nl: 'geen diploma of lager onderwijs, of hoogstens de tweede graad secundair',
    fr: 'pas de diplôme, primaire, ou au plus le deuxième degré du secondaire',
    en: 'no diploma, primary school, or at most lower secondary',
  },
  middle: {
    nl: 'diploma secundair onderwijs',
    fr: "diplôme de l'enseignement secondaire",
    en: 'secondary school diploma',
  },
  high: {
    nl: 'diploma hoger onderwijs (bachelor, master of meer)',
    fr: 'diplôme de l’enseignement supérieur (bachelier, master ou plus)',
    en: 'higher education degree (bachelor, master or more)',
  },
};

// ---------------------------------------------------------------------------------------------
// Download my data, delete my account
// ---------------------------------------------------------------------------------------------

/** Where the link in the "confirm your new e-mail address" mail lands (portal page, with `?token=`). */
export const EMAIL_CHANGE_CONFIRM_PATH = '/account/e-mail-wijzigen/bevestigen';
export const emailChangeRequestSchema = z
  .object({ email: z.email().max(254), password: z.string().min(1).max(200) })
  .strict();
export const emailChangeConfirmSchema = z.object({ token: z.string().min(20).max(200) }).strict();

/** Deleting asks for the password again, so a session left open on a shared computer is not enough. */
export const accountDeleteRequestSchema = z.object({ password: z.string().min(1).max(200) }).strict();
export type AccountDeleteRequest = z.infer<typeof accountDeleteRequestSchema>;

export const personalDataExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  account: z.object({
    id: z.number().int(),
    documentId: z.string(),
    username: z.string(),
    email: z.string(),
    provider: z.string().nullable(),
    emailConfirmed: z.boolean(),
    blocked: z.boolean(),
    role: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
  verification: verificationStatusSchema,
  demographics: demographicsSchema.nullable(),
  /** Per plugin that registered an exporter (README: personal data). */
  contributions: z.record(z.string(), z.unknown()),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;

// ---------------------------------------------------------------------------------------------
// Passwords (used by Strapi's register/reset/change and by the portal's forms)
// ---------------------------------------------------------------------------------------------

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt ignores everything after 72 bytes; Strapi refuses longer passwords. */
export const PASSWORD_MAX_BYTES = 72;

export const PASSWORD_PROBLEMS = ['too-short', 'too-long', 'too-common', 'one-character'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

// Length beats composition rules (NIST SP 800-63B); the worst offenders are refused outright.
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  'qwertyuiop',
  'azertyuiop',
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord123',
  'motdepasse',
  'motdepasse1',
  'password12',
  'password123',
  'password1234',
  'welkom1234',
  'welkom123!',
  'lokeren9160',
  'denkmee123',
  'iloveyou12',
]);

export function passwordProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too-short');
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) problems.push('too-long');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) problems.push('too-common');
  if (password.length > 0 && new Set(password).size === 1) problems.push('one-character');
  return problems;
}

export const passwordProblemMessages: Readonly<Record<PasswordProblem, Translations>> = {
  'too-short': {
    nl: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`,
    fr: `Choisissez un mot de passe d'au moins ${PASSWORD_MIN_LENGTH} caractères. Une phrase de quelques mots est solide et facile à retenir.`,
    en: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters. A sentence of a few words is strong and easy to remember.`,
  },
  'too-long': {
    nl: 'Dit wachtwoord is te lang (hoogstens 72 bytes).',
    fr: 'Ce mot de passe est trop long (72 octets au maximum).',
    en: 'This password is too long (72 bytes at most).',
  },
  'too-common': {
    nl: 'Dit wachtwoord wordt te vaak gebruikt. Kies iets dat minder voor de hand ligt.',
    fr: 'Ce mot de passe est trop courant. Choisissez quelque chose de moins évident.',
    en: 'This password is too common. Choose something less obvious.',
  },
  'one-character': {
    nl: 'Een wachtwoord van één en hetzelfde teken is te makkelijk te raden.',
    fr: "Un mot de passe composé d'un seul caractère répété est trop facile à deviner.",
    en: 'A password made of one repeated character is too easy to guess.',
  },
};
