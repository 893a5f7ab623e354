/**
 * The scheduled job: proposals whose support period is over expire, and agenda items waiting for a
 * meeting are placed once one is planned far enough ahead. The deadlines live in the database, not
 * in timers, so nothing is lost when Strapi restarts: bootstrap runs the job once to catch up on
 * whatever passed while it was down, and then Strapi's cron runs it every few seconds or minutes.
 * Several Strapi instances may run it at once: each stage change is a compare-and-set.
 */
import type { Core } from '@strapi/strapi';
import { expiryCronRule } from '../domain/settings';
import { getService } from './get-service';

export const DEADLINES_JOB = 'proposals-deadlines';

export const createDeadlinesService = ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<{ expired: number; placed: number }> | undefined;

  async function run(now: Date): Promise<{ expired: number; placed: number }> {
    const due = (await strapi.db.query('plugin::proposals.proposal' as never).findMany({
      where: { stage: 'open-for-support', supportClosesAt: { $lte: now } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    let expired = 0;
    for (const { documentId } of due) {
      if (await getService(strapi, 'lifecycle').systemTransition(documentId, 'expire', now)) expired += 1;
    }
    const placed = await getService(strapi, 'agenda').placeWaiting(now);
    return { expired, placed };
  }

  return {
    /** One run at a time in this process; a second call waits for the running one. */
    runDue(now: Date = new Date()): Promise<{ expired: number; placed: number }> {
      running ??= run(now).finally(() => {
        running = undefined;
      });
      return running;
    },

    schedule(): void {
      const rule = expiryCronRule(getService(strapi, 'settings').get().expiryCheckSeconds);
      strapi.cron.add({
        [DEADLINES_JOB]: {
          task: async () => {
            const outcome = await this.runDue();
            if (outcome.expired + outcome.placed > 0) {
              strapi.log.info(
                `[proposals] ${outcome.expired} voorstel(len) verlopen, ${outcome.placed} op de agenda geplaatst.`,
              );
            }
          },
          options: { rule },
        },
      });
    },
  };
};

export type DeadlinesService = ReturnType<typeof createDeadlinesService>;
