import hasMasterKey from './has-master-key';

export default { 'has-master-key': hasMasterKey };
