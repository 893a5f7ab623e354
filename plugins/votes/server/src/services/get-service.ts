import type { Core } from '@strapi/strapi';
import type services from './index';

type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/** The engine's services, typed; also how other plugins reach them (see README). */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] {
  return strapi.plugin('votes').service(name) as Services[Name];
}

export type VotesServices = Services;
