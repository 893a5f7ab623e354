/**
 * Search: keeps Meilisearch's content indexes in step with published Strapi content.
 * See plugins/search/README.md.
 */
import bootstrap from './bootstrap';
import controllers from './controllers';
import destroy from './destroy';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default { register, bootstrap, destroy, controllers, policies, routes, services };
