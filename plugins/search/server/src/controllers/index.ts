import reindex from './reindex';

export default { reindex };
