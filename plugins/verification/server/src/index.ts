/**
 * Identity for Denkmee: e-ID verification (OpenID Connect against FAS or a stand-in), action
 * gating, voter keys, and the users-permissions settings accounts need. See ../../README.md.
 */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default { register, bootstrap, config, contentTypes, controllers, policies, routes, services };
