/**
 * The voting engine: ballots, votes and their counters, for everything votable in the platform
 * (proposal supports, polls, ideas, nominations). See ../../README.md.
 */
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import controllers from './controllers';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default { register, bootstrap, contentTypes, controllers, policies, routes, services };
