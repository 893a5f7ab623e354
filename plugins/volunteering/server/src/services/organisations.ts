/**
 * Organisation profiles. An account describes its organisation; staff approve it before the
 * account may post requests as the organisation. Changing the name or website after approval
 * sends the profile back for review, so an approved name cannot be swapped for another.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type { organisationInputSchema } from '../../../shared/contracts';
import type { OrganisationApproval } from '../../../shared/vocabulary';
import { clock } from '../clock';
import { presentOwnOrganisation } from '../domain/presenting';
import type { OrganisationRecord } from '../domain/records';
import { getService } from '../get-service';
import { createStore } from '../store';
import type { Account } from './offers';

const NOT_APPROVED: Record<'missing' | OrganisationApproval, string> = {
  missing:
    'Je account heeft geen organisatieprofiel. Maak er eerst een aan; de stad keurt het goed voor je als organisatie kunt posten.',
  pending:
    'Je organisatie is nog niet goedgekeurd door de stad. Je kunt als organisatie posten zodra ze is goedgekeurd.',
  rejected: 'Je organisatie werd niet goedgekeurd door de stad. Je kunt niet als organisatie posten.',
  approved: '',
};

export const createOrganisationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createStore(strapi);

  async function findFor(account: Account): Promise<OrganisationRecord | null> {
    return store.organisations.findFirst({ filters: { user: { id: account.id } } });
  }

  return {
    async getMine(account: Account) {
      const organisation = await findFor(account);
      return organisation ? presentOwnOrganisation(organisation) : null;
    },

    async saveMine(account: Account, input: z.output<typeof organisationInputSchema>) {
      await getService(strapi, 'words').assertClean({ name: input.name, description: input.description });
      const existing = await findFor(account);
      if (!existing) {
        const created = await store.organisations.create({
          data: { ...input, approval: 'pending', user: account.id },
        });
        return presentOwnOrganisation(created);
      }
      const identityChanged = existing.name !== input.name || (existing.website ?? null) !== input.website;
      const review = identityChanged ? { approval: 'pending', reviewedAt: null, rejectionReason: null } : {};
      const updated = await store.organisations.update({
        documentId: existing.documentId,
        data: { ...input, ...review },
      });
      return presentOwnOrganisation(updated);
    },

    /** The account's organisation, if staff approved it; otherwise a Dutch refusal naming what is missing. */
    async approvedFor(account: Account): Promise<OrganisationRecord> {
      const organisation = await findFor(account);
      const state = organisation?.approval ?? 'missing';
      if (!organisation || state !== 'approved') {
        throw new errors.PolicyError(NOT_APPROVED[state], { unlock: 'organisation-approval', approval: state });
      }
      return organisation;
    },

    async listForStaff(approval?: OrganisationApproval) {
      const organisations = await store.organisations.findMany({
        filters: approval ? { approval } : {},
        populate: { user: { fields: ['username', 'blocked'] } },
        sort: [{ createdAt: 'asc' }],
      });
      return organisations.map((organisation) => ({
        ...presentOwnOrganisation(organisation),
        createdAt: organisation.createdAt,
        account: organisation.user
          ? { id: organisation.user.documentId ?? null, blocked: Boolean(organisation.user.blocked) }
          : null,
      }));
    },

    async review(documentId: string, approval: 'approved' | 'rejected', reason: string | undefined) {
      const existing = await store.organisations.findOne({ documentId });
      if (!existing) throw new errors.NotFoundError('Deze organisatie bestaat niet.');
      const updated = await store.organisations.update({
        documentId,
        data: {
          approval,
          reviewedAt: clock().nowIso,
          rejectionReason: approval === 'rejected' ? (reason ?? null) : null,
        },
      });
      return presentOwnOrganisation(updated);
    },
  };
};
