/**
 * The counters: one row per (ballot, option), created with the ballot and moved by exactly one in
 * the transaction that stores or removes a vote (`count = count + 1`, a single atomic statement).
 * Reading a result is reading a few rows; the audit recounts the votes and must find the same.
 */
export default {
  kind: 'collectionType',
  collectionName: 'votes_tallies',
  info: {
    singularName: 'tally',
    pluralName: 'tallies',
    displayName: 'Telling',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  },
  attributes: {
    ballotId: { type: 'integer', required: true },
    optionKey: { type: 'string', required: true, maxLength: 40 },
    count: { type: 'integer', required: true, default: 0, min: 0 },
  },
  indexes: [{ name: 'votes_tallies_ballot_option_unique', columns: ['ballot_id', 'option_key'], type: 'unique' }],
};
