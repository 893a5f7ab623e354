/**
 * Local SMTP receiver for development and tests: `tsx src/server.ts`.
 * Nothing it receives leaves this machine; see web.ts for the inbox and the JSON API.
 */
import { readConfig } from './config.ts';
import { MailStore } from './mail-store.ts';
import { createSmtpServer } from './smtp.ts';
import { createWebServer } from './web.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const store = new MailStore(config.MAIL_CATCHER_DIR);
  await store.init();

  const smtp = createSmtpServer(store, config.MAIL_CATCHER_MAX_BYTES);
  const web = createWebServer(store);

  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(config.MAIL_CATCHER_SMTP_PORT, config.MAIL_CATCHER_HOST, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(config.MAIL_CATCHER_HTTP_PORT, config.MAIL_CATCHER_HOST, () => resolve());
  });
  console.log(
    `mailcatcher: SMTP op ${config.MAIL_CATCHER_HOST}:${config.MAIL_CATCHER_SMTP_PORT}, ` +
      `postvak op http://${config.MAIL_CATCHER_HOST}:${config.MAIL_CATCHER_HTTP_PORT}`,
  );

  const stop = () => {
    web.close();
    smtp.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
