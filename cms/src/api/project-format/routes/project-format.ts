import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::project-format.project-format');
