/**
 * One person's vote in one ballot. It holds no account: only the per-ballot voter key (derived from
 * the verification key by plugins/verification), so it survives account deletion and a returning
 * person still cannot vote twice. The database refuses a second vote with the same key in the same
 * ballot (unique index below), whatever races in front of it.
 *
 * Written only by the engine, in the transaction that also moves the ballot's counters.
 */
export const VOTE_UNIQUE_INDEX = 'votes_votes_ballot_voter_key_unique';

export default {
  kind: 'collectionType',
  collectionName: 'votes_votes',
  info: {
    singularName: 'vote',
    pluralName: 'votes',
    displayName: 'Stem',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    /**
     * The ballot's row id. A plain column rather than a Strapi relation: relations live in link
     * tables, and the unique index must span the ballot and the voter key in one table.
     */
    ballotId: { type: 'integer', required: true },
    voterKey: { type: 'string', required: true, private: true, maxLength: 64 },
    /** Sorted option keys. */
    choices: { type: 'json', required: true },
    /** Entered by staff from a paper ballot. */
    offline: { type: 'boolean', required: true, default: false },
    /** The admin user who entered an offline vote. */
    enteredByAdminId: { type: 'integer' },
    castAt: { type: 'datetime', required: true },
  },
  indexes: [{ name: VOTE_UNIQUE_INDEX, columns: ['ballot_id', 'voter_key'], type: 'unique' }],
};
