import ballot from './ballot';
import tally from './tally';
import vote from './vote';

export const BALLOT_UID = 'plugin::votes.ballot';
export const VOTE_UID = 'plugin::votes.vote';
export const TALLY_UID = 'plugin::votes.tally';

/** Table names, for the few statements the engine writes with the transaction's query builder. */
export const TABLES = {
  ballots: ballot.collectionName,
  votes: vote.collectionName,
  tallies: tally.collectionName,
} as const;

export default {
  ballot: { schema: ballot },
  vote: { schema: vote },
  tally: { schema: tally },
};
