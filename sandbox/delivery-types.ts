/**
 * What decides whether the sandbox's texts arrive: Messaging Services' A2P 10DLC registration and campaigns,
 * toll-free verifications, and what carriers answer for particular customer numbers. Words as Twilio's
 * Messaging v1 API writes them (twilio-oai `twilio_messaging_v1.json`).
 */

/** `campaign_status` values Twilio reports for an A2P 10DLC campaign (`Compliance/Usa2p`). */
export type CampaignStatus = 'VERIFIED' | 'PENDING' | 'IN_PROGRESS' | 'FAILED';
/** `tollfree_verification_enum_status`. */
export type TollFreeStatus = 'PENDING_REVIEW' | 'IN_REVIEW' | 'TWILIO_APPROVED' | 'TWILIO_REJECTED';

export interface CampaignRecord {
  sid: string;
  brandRegistrationSid: string;
  campaignStatus: CampaignStatus;
  campaignId: string;
  dateCreated: Date;
  dateUpdated: Date;
}

/** A Messaging Service's A2P 10DLC state, by the service's friendly name. */
export interface ServiceRegistration {
  usAppToPersonRegistered: boolean;
  campaigns: CampaignRecord[];
}

export interface TollFreeVerificationRecord {
  sid: string;
  phoneNumber: string;
  status: TollFreeStatus;
  rejectionReason: string | null;
  errorCode: number | null;
  dateCreated: Date;
  dateUpdated: Date;
}

export interface DeliveryState {
  registrations: Map<string, ServiceRegistration>;
  tollFreeVerifications: TollFreeVerificationRecord[];
  /** The error code a carrier answers for texts to a customer number (a phone switched off, a landline...). */
  carrierVerdicts: Map<string, number>;
}

/** The scenario's part: registrations by service friendly name, verifications by number. */
export interface DeliverySeed {
  registrations: Record<string, { usAppToPersonRegistered: boolean; campaigns: CampaignStatus[] }>;
  tollFreeVerifications: Array<{ phoneNumber: string; status: TollFreeStatus; rejectionReason?: string }>;
  carrierVerdicts: Record<string, number>;
}
