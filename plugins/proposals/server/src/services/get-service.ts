import type { Core } from '@strapi/strapi';
import type services from './index';

type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/** The plugin's services, typed. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] {
  return strapi.plugin('proposals').service(name) as Services[Name];
}
