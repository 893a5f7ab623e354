/**
 * Who the voter is, asked of plugins/verification (it owns identity): may this account vote here
 * (gating: log in / verify with e-ID / too young / not a resident), and which voter key does this
 * person have in this ballot. The engine never sees a verification key or a national number.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { BallotKind, Eligibility } from '../../../shared/contracts';

/** What users-permissions puts in ctx.state.user, as far as the engine needs it. */
export interface Account {
  id: number;
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

const decisionSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  z.object({
    allowed: z.literal(false),
    step: z.string(),
    message: z.string(),
    minimumAge: z.number().int().optional(),
  }),
]);
export type GateDecision = z.infer<typeof decisionSchema>;

/** The parts of the verification plugin's services the engine calls (see its README). */
interface GatingService {
  decide(account: Account | null, action: 'support' | 'vote', context: Record<string, unknown>): Promise<unknown>;
  /** The decision and the voter key in one read of the verification (see plugins/verification README). */
  admit?(
    account: Account | null,
    action: 'support' | 'vote',
    context: Record<string, unknown>,
    ballot: string,
  ): Promise<unknown>;
}
interface VoterKeysService {
  voterKeyFor(userId: number, ballot: string): Promise<string | null>;
  /** The same key from the national number itself, for paper votes entered at the counter. */
  voterKeyForNationalNumber?(nationalNumber: string, ballot: string): Promise<string | null> | string | null;
}

const voterKeySchema = z.string().regex(/^[0-9a-f]{64}$/);

const admissionSchema = z.object({ decision: decisionSchema, voterKey: voterKeySchema.nullable() });
/** May this account vote here, and with which key: the key is set exactly when the decision allows. */
export type Admission =
  | { decision: Extract<GateDecision, { allowed: true }>; voterKey: string }
  | {
      decision: Extract<GateDecision, { allowed: false }>;
      voterKey: null;
    };

function gatingContext(eligibility: Eligibility): Record<string, unknown> {
  return {
    ...(eligibility.minimumAge === undefined ? {} : { minimumAge: eligibility.minimumAge }),
    ...(eligibility.allowedDistricts === undefined ? {} : { allowedDistricts: eligibility.allowedDistricts }),
  };
}

export const createVotersService = ({ strapi }: { strapi: Core.Strapi }) => {
  function verification<T>(name: string): T {
    const plugin = strapi.plugin('verification');
    if (!plugin) throw new Error('votes: de plugin verification is niet geladen; stemmen kan niet zonder.');
    return plugin.service(name) as T;
  }

  return {
    /** The gating action for a ballot of this kind. */
    actionFor(kind: BallotKind): 'support' | 'vote' {
      return kind === 'support' ? 'support' : 'vote';
    },

    async decide(account: Account | null, kind: BallotKind, eligibility: Eligibility): Promise<GateDecision> {
      return decisionSchema.parse(
        await verification<GatingService>('gating').decide(account, this.actionFor(kind), gatingContext(eligibility)),
      );
    },

    /**
     * Gating and the voter key together, for casting: one read of the person's verification instead
     * of two. Falls back to two calls when the verification plugin has no `admit`.
     */
    async admit(
      account: Account | null,
      kind: BallotKind,
      eligibility: Eligibility,
      ballotKey: string,
    ): Promise<Admission> {
      const gating = verification<GatingService>('gating');
      let decision: GateDecision;
      let voterKey: string | null;
      if (typeof gating.admit === 'function') {
        const admitted = admissionSchema.parse(
          await gating.admit(account, this.actionFor(kind), gatingContext(eligibility), ballotKey),
        );
        ({ decision, voterKey } = admitted);
      } else {
        decision = await this.decide(account, kind, eligibility);
        voterKey = decision.allowed && account ? await this.voterKey(account, ballotKey) : null;
      }
      if (!decision.allowed) return { decision, voterKey: null };
      // Gating passed, so the account is verified and has a key; anything else is a defect.
      if (voterKey === null) throw new Error('votes: geen stemsleutel voor een account dat de gating doorliep');
      return { decision, voterKey };
    },

    /** The person's key in this ballot; null when the account holds no verification. */
    async voterKey(account: Account, ballotKey: string): Promise<string | null> {
      const key = await verification<VoterKeysService>('voter-keys').voterKeyFor(account.id, ballotKey);
      return key === null ? null : voterKeySchema.parse(key);
    },

    /**
     * A paper voter's key, from the national number staff read from the eID at the counter. It is
     * the key the person would have online, so both channels share one vote. The number is handed
     * to plugins/verification and dropped; it is never stored or logged here.
     */
    async voterKeyForPaperVote(nationalNumber: string, ballotKey: string): Promise<string> {
      const voterKeys = verification<VoterKeysService>('voter-keys');
      if (typeof voterKeys.voterKeyForNationalNumber !== 'function') {
        throw new errors.NotImplementedError(
          'Papieren stemmen invoeren kan nog niet: de identiteitsplugin leidt geen stemsleutel af uit een rijksregisternummer.',
        );
      }
      const key = await voterKeys.voterKeyForNationalNumber(nationalNumber, ballotKey);
      if (key === null) {
        throw new errors.ValidationError('Dit rijksregisternummer is niet geldig. Controleer het nummer op de eID.', {
          reason: 'invalid-national-number',
        });
      }
      return voterKeySchema.parse(key);
    },
  };
};

export type VotersService = ReturnType<typeof createVotersService>;
