/**
 * Changing the account's e-mail address: the new address must be confirmed with a link sent to it,
 * and the password is asked again. Until the link is used nothing changes, so a typo never locks
 * anyone out of their account.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EMAIL_CHANGE_CONFIRM_PATH } from '../../../shared/contracts';
import { EMAIL_CHANGE_UID, USER_UID } from '../content-types';
import { getService } from './get-service';

const LINK_VALIDITY_MS = 24 * 60 * 60 * 1000;
const hash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

interface UserRow {
  id: number;
  email: string;
  password: string | null;
}

export const createEmailChangeService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function addressTaken(email: string, exceptUserId: number): Promise<boolean> {
    const count = await strapi.db.query(USER_UID).count({ where: { email, id: { $ne: exceptUserId } } });
    return count > 0;
  }

  return {
    async request(userId: number, newEmail: string, password: string): Promise<void> {
      const email = newEmail.trim().toLowerCase();
      const user = (await strapi.db.query(USER_UID).findOne({ where: { id: userId } })) as UserRow | null;
      if (!user) throw new errors.NotFoundError('Dit account bestaat niet meer.');
      const valid =
        user.password !== null &&
        (await strapi.plugin('users-permissions').service('user').validatePassword(password, user.password));
      if (!valid) throw new errors.ValidationError('Je wachtwoord klopt niet.', { reason: 'password-wrong' });
      if (email === user.email.toLowerCase()) {
        throw new errors.ValidationError('Dit is al het e-mailadres van je account.', { reason: 'same-address' });
      }
      if (await addressTaken(email, userId)) {
        throw new errors.ValidationError('Dit e-mailadres is al in gebruik bij een ander account.', {
          reason: 'address-taken',
        });
      }

      const token = crypto.randomBytes(32).toString('base64url');
      await strapi.db.query(EMAIL_CHANGE_UID).deleteMany({ where: { user: { id: userId } } });
      await strapi.db.query(EMAIL_CHANGE_UID).create({
        data: {
          user: userId,
          newEmail: email,
          tokenHash: hash(token),
          expiresAt: new Date(Date.now() + LINK_VALIDITY_MS),
        },
      });
      const { portalUrl, emailFrom } = getService(strapi, 'settings').get();
      const link = new URL(EMAIL_CHANGE_CONFIRM_PATH, portalUrl);
      link.searchParams.set('token', token);
      await strapi
        .plugin('email')
        .service('email')
        .send({
          to: email,
          from: `${emailFrom.name} <${emailFrom.email}>`,
          subject: 'Bevestig je nieuwe e-mailadres voor Denkmee',
          text: `Je vroeg om dit adres te gebruiken voor je Denkmee-account. Bevestig het met deze link (24 uur geldig):\n\n${link.href}\n\nVroeg je dit niet? Dan hoef je niets te doen.`,
          html: `<p>Je vroeg om dit adres te gebruiken voor je Denkmee-account.</p><p><a href="${link.href}">Bevestig je nieuwe e-mailadres</a> (24 uur geldig).</p><p>Vroeg je dit niet? Dan hoef je niets te doen.</p>`,
        });
    },

    /** Uses the link's token (once) and switches the account to the new address. */
    async confirm(token: string): Promise<{ email: string }> {
      const row = (await strapi.db
        .query(EMAIL_CHANGE_UID)
        .findOne({ where: { tokenHash: hash(token) }, populate: ['user'] })) as {
        id: number;
        newEmail: string;
        expiresAt: string | Date;
        user: { id: number } | null;
      } | null;
      const refuse = () => {
        throw new errors.ValidationError(
          'Deze link werkt niet meer. Vraag de wijziging opnieuw aan vanaf je account.',
          {
            reason: 'link-invalid',
          },
        );
      };
      if (!row) return refuse();
      await strapi.db.query(EMAIL_CHANGE_UID).delete({ where: { id: row.id } });
      if (!row.user || new Date(row.expiresAt).getTime() < Date.now()) return refuse();
      if (await addressTaken(row.newEmail, row.user.id)) {
        throw new errors.ValidationError('Dit e-mailadres is intussen in gebruik bij een ander account.', {
          reason: 'address-taken',
        });
      }
      await strapi.db.query(USER_UID).update({ where: { id: row.user.id }, data: { email: row.newEmail } });
      return { email: row.newEmail };
    },

    async forgetUsers(userIds: number[]): Promise<void> {
      if (userIds.length === 0) return;
      await strapi.db.query(EMAIL_CHANGE_UID).deleteMany({ where: { user: { id: { $in: userIds } } } });
    },
  };
};
