import type { Core } from '@strapi/strapi';
import { describeFailure } from './services/indexer';
import { getService } from './services';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const indexer = getService(strapi, 'indexer');
  if (!indexer.enabled) {
    strapi.log.info('[search] Zoeken staat uit: MEILI_URL is niet gezet. Strapi draait zonder zoekindex.');
    return;
  }
  // In the background once Strapi listens (after the CMS's own start-up work, such as seeding):
  // Strapi serves requests while the indexes are checked or rebuilt.
  const check = () =>
    void indexer.ensureIndexes().then(
      (outcome) =>
        strapi.log.info(
          outcome === 'current'
            ? '[search] Zoekindex is actueel.'
            : `[search] Zoekindex opgebouwd: ${Object.entries(outcome.documents)
                .map(([locale, count]) => `${locale} ${count}`)
                .join(', ')} documenten in ${outcome.durationMs} ms.`,
        ),
      (error: unknown) => {
        strapi.log.warn(
          `[search] Zoekindex kon niet gecontroleerd worden: ${describeFailure(error)}. Nieuwe poging over 30 s.`,
        );
        indexer.scheduleHeal();
      },
    );
  const httpServer = strapi.server?.httpServer;
  if (httpServer && !httpServer.listening) httpServer.once('listening', check);
  else check();
};
