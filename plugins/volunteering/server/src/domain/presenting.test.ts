import { describe, expect, it } from 'vitest';
import {
  matchSchema,
  ownOfferSchema,
  ownRequestSchema,
  publicOfferSchema,
  publicRequestSchema,
} from '../../../shared/contracts';
import {
  OFFER_CONTACT,
  REQUEST_CONTACT,
  matchRecord,
  offerRecord,
  requestRecord,
} from '../../../tests/support/records';
import {
  presentMatch,
  presentOwnOffer,
  presentOwnRequest,
  presentPublicOffer,
  presentPublicRequest,
} from './presenting';

const TODAY = '2026-05-04';
const CONTACT_VALUES = [...Object.values(OFFER_CONTACT), ...Object.values(REQUEST_CONTACT)];
const leaksContact = (value: unknown) => CONTACT_VALUES.some((contact) => JSON.stringify(value).includes(contact));

describe('public views', () => {
  it('of an offer carry no contact detail and no owner, and fit the strict contract', () => {
    const view = presentPublicOffer(offerRecord());
    expect(publicOfferSchema.parse(view)).toEqual(view);
    expect(leaksContact(view)).toBe(false);
    expect(JSON.stringify(view)).not.toContain('owner');
  });

  it('of a request carry no contact detail and show the effective lifecycle and free places', () => {
    const view = presentPublicRequest(requestRecord({ acceptedCount: 1 }), TODAY);
    expect(publicRequestSchema.parse(view)).toEqual(view);
    expect(leaksContact(view)).toBe(false);
    expect(view.spotsLeft).toBe(1);
    expect(presentPublicRequest(requestRecord({ untilDate: '2026-05-03' }), TODAY).lifecycle).toBe('expired');
  });

  it('of an organisation’s request show the organisation, not a typed name', () => {
    const view = presentPublicRequest(
      requestRecord({
        posterKind: 'organisation',
        publicName: 'iets anders',
        organisation: { id: 5, documentId: 'org1', name: 'Buurtwerk Lokeren', website: 'https://buurtwerk.example' },
      }),
      TODAY,
    );
    expect(view.poster).toEqual({
      kind: 'organisation',
      name: 'Buurtwerk Lokeren',
      organisation: { name: 'Buurtwerk Lokeren', website: 'https://buurtwerk.example' },
    });
  });
});

describe('owner views', () => {
  it('show owners their own contact details', () => {
    expect(ownOfferSchema.parse(presentOwnOffer(offerRecord())).contactEmail).toBe(OFFER_CONTACT.contactEmail);
    expect(ownRequestSchema.parse(presentOwnRequest(requestRecord(), TODAY, 3)).pendingResponses).toBe(3);
  });
});

describe('a match', () => {
  it('shows no contact detail to either side while pending', () => {
    for (const side of ['volunteer', 'requester'] as const) {
      const view = presentMatch(matchRecord(), side, TODAY);
      expect(matchSchema.parse(view).counterpartContact).toBeNull();
      expect(leaksContact(view)).toBe(false);
    }
  });

  it('shows each side the other’s contact details once both accepted', () => {
    const accepted = matchRecord({
      lifecycle: 'accepted',
      requesterConsentAt: '2026-05-04T09:00:00.000Z',
      acceptedAt: '2026-05-04T09:00:00.000Z',
    });
    expect(presentMatch(accepted, 'requester', TODAY).counterpartContact).toEqual({
      name: 'Anna',
      email: OFFER_CONTACT.contactEmail,
      phone: OFFER_CONTACT.contactPhone,
    });
    expect(presentMatch(accepted, 'volunteer', TODAY).counterpartContact).toEqual({
      name: 'Bert',
      email: REQUEST_CONTACT.contactEmail,
      phone: REQUEST_CONTACT.contactPhone,
    });
    // Never one's own details in the counterpart slot.
    expect(JSON.stringify(presentMatch(accepted, 'volunteer', TODAY))).not.toContain(OFFER_CONTACT.contactEmail);
  });

  it('hides them again after a withdrawal', () => {
    const withdrawn = matchRecord({
      lifecycle: 'withdrawn',
      requesterConsentAt: '2026-05-04T09:00:00.000Z',
      endedAt: '2026-05-04T10:00:00.000Z',
      endedBy: 'volunteer',
    });
    expect(leaksContact(presentMatch(withdrawn, 'requester', TODAY))).toBe(false);
  });

  it('does not offer "accept" once the request is no longer open', () => {
    const onExpired = matchRecord({ request: requestRecord({ untilDate: '2026-05-01' }) });
    expect(presentMatch(matchRecord(), 'requester', TODAY).allowed.accept).toBe(true);
    expect(presentMatch(onExpired, 'requester', TODAY).allowed.accept).toBe(false);
  });
});
