/**
 * Lets a request through only when it carries Meilisearch's master key as a bearer token. Whoever
 * holds that key can rewrite the indexes directly anyway, so this grants nothing new; it lets the
 * reindex command work against a running Strapi without an admin account.
 */
import crypto from 'node:crypto';
import { readSearchConfig } from '../config';

interface PolicyContext {
  request: { header: Record<string, string | string[] | undefined> };
}

export default (policyContext: PolicyContext): boolean => {
  const config = readSearchConfig();
  if (!config.enabled) return false;
  const header = policyContext.request.header.authorization;
  const presented = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  const expected = crypto.createHash('sha256').update(config.masterKey).digest();
  const given = crypto.createHash('sha256').update(presented).digest();
  return presented.length > 0 && crypto.timingSafeEqual(expected, given);
};
