/**
 * Citizen proposals (burgervoorstellen), council meetings and agenda items. Supports are votes in
 * the votes engine; identity and gating come from the verification plugin. See ../../README.md.
 */
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';

export default { register, bootstrap, contentTypes, controllers, routes, services };
