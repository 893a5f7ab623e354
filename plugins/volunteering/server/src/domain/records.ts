/**
 * The stored shape of the plugin's content types, as the Document Service returns them with the
 * relations the services populate. Contact fields are private in the schemas; they reach a
 * response only through the presenters, which decide who may see them.
 */
import type {
  Category,
  DatedSlot,
  District,
  Frequency,
  MatchLifecycle,
  MatchSide,
  OrganisationApproval,
  PosterKind,
  ReportReason,
  ReportState,
  ReportTarget,
  RequestLifecycle,
  Slot,
} from '../../../shared/vocabulary';

export interface UserRef {
  id: number;
  documentId?: string;
  email?: string;
  blocked?: boolean | null;
}

export interface OfferRecord {
  id: number;
  documentId: string;
  publicName: string;
  title: string;
  description: string;
  categories: Category[];
  districts: District[];
  availability: Slot[];
  frequency: Frequency;
  visible: boolean;
  hiddenByModerator: boolean;
  contactEmail: string;
  contactPhone: string | null;
  createdAt: string;
  updatedAt: string;
  owner?: UserRef | null;
}

export interface OrganisationRecord {
  id: number;
  documentId: string;
  name: string;
  description: string | null;
  website: string | null;
  approval: OrganisationApproval;
  rejectionReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
  user?: UserRef | null;
}

export interface HelpRequestRecord {
  id: number;
  documentId: string;
  posterKind: PosterKind;
  publicName: string;
  title: string;
  description: string;
  categories: Category[];
  district: District;
  slots: Slot[];
  dates: DatedSlot[];
  volunteersNeeded: number;
  untilDate: string;
  lifecycle: RequestLifecycle;
  acceptedCount: number;
  hiddenByModerator: boolean;
  contactEmail: string;
  contactPhone: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  poster?: UserRef | null;
  organisation?: Pick<OrganisationRecord, 'id' | 'documentId' | 'name' | 'website'> | null;
}

export interface MatchRecord {
  id: number;
  documentId: string;
  initiatedBy: MatchSide;
  lifecycle: MatchLifecycle;
  volunteerConsentAt: string | null;
  requesterConsentAt: string | null;
  acceptedAt: string | null;
  endedAt: string | null;
  endedBy: MatchSide | null;
  volunteerName: string;
  volunteerContactEmail: string;
  volunteerContactPhone: string | null;
  createdAt: string;
  updatedAt: string;
  request?: HelpRequestRecord | null;
  offer?: Pick<OfferRecord, 'id' | 'documentId' | 'title'> | null;
  volunteer?: UserRef | null;
}

export interface MessageRecord {
  id: number;
  documentId: string;
  senderSide: MatchSide;
  body: string;
  createdAt: string;
  sender?: UserRef | null;
  match?: MatchRecord | null;
}

export interface ReportRecord {
  id: number;
  documentId: string;
  targetType: ReportTarget;
  targetId: string;
  reason: ReportReason;
  explanation: string | null;
  state: ReportState;
  resolutionNote: string | null;
  handledAt: string | null;
  createdAt: string;
  reporter?: UserRef | null;
}
