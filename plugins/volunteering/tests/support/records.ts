/** Records as the Document Service returns them, for the presenter and listing tests. */
import type { HelpRequestRecord, MatchRecord, OfferRecord } from '../../server/src/domain/records';

export const OFFER_CONTACT = { contactEmail: 'anna.vrijwilliger@example.be', contactPhone: '0470 11 22 33' };
export const REQUEST_CONTACT = { contactEmail: 'bert.vraagt@example.be', contactPhone: '09 348 00 00' };

export function offerRecord(overrides: Partial<OfferRecord> = {}): OfferRecord {
  return {
    id: 1,
    documentId: 'offer1',
    publicName: 'Anna',
    title: 'Boodschappen',
    description: 'Ik doe graag boodschappen.',
    categories: ['errands'],
    districts: ['lokeren'],
    availability: [{ weekday: 'monday', partOfDay: 'morning' }],
    frequency: 'recurring',
    visible: true,
    hiddenByModerator: false,
    ...OFFER_CONTACT,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    owner: { id: 10, blocked: false },
    ...overrides,
  };
}

export function requestRecord(overrides: Partial<HelpRequestRecord> = {}): HelpRequestRecord {
  return {
    id: 2,
    documentId: 'request1',
    posterKind: 'resident',
    publicName: 'Bert',
    title: 'Hulp gezocht',
    description: 'Wie helpt met boodschappen?',
    categories: ['errands'],
    district: 'daknam',
    slots: [{ weekday: 'monday', partOfDay: 'morning' }],
    dates: [],
    volunteersNeeded: 2,
    untilDate: '2026-05-31',
    lifecycle: 'open',
    acceptedCount: 0,
    hiddenByModerator: false,
    ...REQUEST_CONTACT,
    closedAt: null,
    createdAt: '2026-05-02T10:00:00.000Z',
    updatedAt: '2026-05-02T10:00:00.000Z',
    poster: { id: 20, blocked: false },
    organisation: null,
    ...overrides,
  };
}

export function matchRecord(overrides: Partial<MatchRecord> = {}): MatchRecord {
  return {
    id: 3,
    documentId: 'match1',
    initiatedBy: 'volunteer',
    lifecycle: 'pending',
    volunteerConsentAt: '2026-05-03T10:00:00.000Z',
    requesterConsentAt: null,
    acceptedAt: null,
    endedAt: null,
    endedBy: null,
    volunteerName: 'Anna',
    volunteerContactEmail: OFFER_CONTACT.contactEmail,
    volunteerContactPhone: OFFER_CONTACT.contactPhone,
    createdAt: '2026-05-03T10:00:00.000Z',
    updatedAt: '2026-05-03T10:00:00.000Z',
    request: requestRecord(),
    offer: { id: 1, documentId: 'offer1', title: 'Boodschappen' },
    volunteer: { id: 10 },
    ...overrides,
  };
}
