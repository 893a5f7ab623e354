/**
 * Volunteering (vrijwilligers): residents offer help, residents and approved organisations ask
 * for it, the platform suggests matches both ways, and contact details are shared only once both
 * sides accept. See ../../README.md for the routes, settings and the ranking weights.
 */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default { register, bootstrap, config, contentTypes, controllers, routes, policies, services };
