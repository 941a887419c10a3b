/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** RECEIVED → ACKNOWLEDGED: the acknowledgement letter is recorded with the step. */
export type AcknowledgeComplaintInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The acknowledgement letter as sent; the complaint counts as acknowledged when it was sent. */
  letter: ComplaintLetterInput;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type AddClosureDayInput = {
  date: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
};

/** Evidence for a requirement node: a record of the organisation (targetId) or a document. */
export type AddRequirementEvidenceInput = {
  /** For DOCUMENT only. */
  document?: InputMaybe<EvidenceDocumentInput>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Not NOT_APPLICABLE (markRequirementNotApplicable). */
  kind: EvidenceKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Any node: evidence on a section or norm part counts for every requirement in it. */
  requirementId: Scalars['ID']['input'];
  /** The KPI, training requirement, resource, communication plan or corrective action; not for DOCUMENT. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type AnonymizeDueComplaintsInput = {
  /** Only list what is due; change nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** At most this many complaints in one run (1 to 500); run again for the rest. */
  limit?: Scalars['Int']['input'];
};

export type AnswerSatisfactionSurveyInput = {
  /** One answer per question of the survey, each promise once. */
  answers: Array<SurveyAnswerInput>;
  /** Optional, at most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied). */
  overall: Scalars['Int']['input'];
};

export type ApproveCodeVersionInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Top management's code policy; required unless the version already has one. */
  policyStatement?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a person may be put forward to FinAut, which grants and registers the authorisation. */
export type AuthorisationEligibility =
  /** Every element of the scheme is current and enough relevant practice is documented. */
  | 'ELIGIBLE'
  /** Something is missing or expired: see missingItems. */
  | 'NOT_ELIGIBLE';

/** The person's status in FinAut's register, as a manager recorded it: NOT_APPLIED → APPLIED → AUTHORISED (with the register number) ⇄ SUSPENDED → REVOKED. */
export type AuthorisationRegisterStatus =
  | 'APPLIED'
  | 'AUTHORISED'
  | 'NOT_APPLIED'
  | 'REVOKED'
  | 'SUSPENDED';

export type CancelCommunicationPlanInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type CancelCorrectiveActionInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type CheckEffectivenessInput = {
  /** true → VERIFIED_EFFECTIVE, false → NOT_EFFECTIVE. */
  effective: Scalars['Boolean']['input'];
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  /** Day of the check (default: today); not in the future, not before the action was done. */
  verifiedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** What closing a decided case needs: the answer to advice against the organisation, proof of compliance, the fee refund when due. */
export type CloseDisputesCaseInput = {
  /** Advisory body, advice against the organisation: whether it follows the advice. */
  adviceFollowed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Proof that the ruling (or settlement) was carried out. */
  compliance?: InputMaybe<DisputesComplianceInput>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The day the fee was refunded (when the body’s rule makes it due). */
  feeRefundedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Where a code version is in its lifecycle; only DRAFT is editable. */
export type CodeVersionStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'SUPERSEDED'
  | 'WITHDRAWN';

export type CommunicationAudience =
  | 'CLIENTS'
  | 'CUSTOMERS'
  | 'EMPLOYEES'
  | 'PARTNERS'
  | 'PUBLIC';

export type CommunicationChannel =
  | 'CUSTOMER_PORTAL'
  | 'EMAIL'
  | 'INTRANET'
  | 'LETTER'
  | 'MEETING'
  | 'OTHER'
  | 'PHONE_SCRIPT'
  | 'PRINTED_MATERIAL'
  | 'SOCIAL_MEDIA'
  | 'TRAINING_SESSION'
  | 'WEBSITE';

/** How often the message goes out (CONTINUOUS: always on display, e.g. a web page). */
export type CommunicationFrequency =
  | 'CONTINUOUS'
  | 'MONTHLY'
  | 'ONCE'
  | 'QUARTERLY'
  | 'YEARLY';

/** PLANNED → DONE (with evidence) or CANCELLED. */
export type CommunicationPlanStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

export type CompetenceStatus =
  /** The best record lapsed before today. */
  | 'EXPIRED'
  /** Still valid, but its last valid day is today or within the expiry window. */
  | 'EXPIRING'
  /** No record counts (none, or only failed attempts). */
  | 'MISSING'
  /** A record counts and stays valid beyond the expiry window. */
  | 'VALID';

export type ComplainantInput = {
  /** Postal address (street, postcode and town, country), for written correspondence. */
  address?: InputMaybe<Scalars['String']['input']>;
  customerReference?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** For a REPRESENTATIVE: whether a mandate (power of attorney) was shown. */
  mandate?: InputMaybe<Scalars['Boolean']['input']>;
  /** For a REPRESENTATIVE: the mandate's reference. */
  mandateReference?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Who complains: the debtor, the client (creditor), a representative, or another party. */
  type?: InputMaybe<ComplainantType>;
};

/** Who complains (complaints procedure: debtors and clients, or any other interested party). */
export type ComplainantType =
  /** The creditor who instructed the organisation. */
  | 'CLIENT'
  /** The person whose debt is collected. */
  | 'DEBTOR'
  /** Any other interested party. */
  | 'OTHER'
  /** Someone acting for the debtor (debt counsellor, lawyer, relative); see the mandate. */
  | 'REPRESENTATIVE';

/** What a complaint is about (complaints procedure); one complaint may fall in several categories. */
export type ComplaintCategory =
  /** Working method of, or treatment by, staff. */
  | 'CONDUCT'
  /** Execution of the service in general. */
  | 'EXECUTION'
  /** Financial aspects of the service. */
  | 'FINANCIAL'
  /** Legal aspects of the service. */
  | 'LEGAL';

/** How the complaint reached the organisation. */
export type ComplaintChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'LETTER'
  | 'PHONE'
  | 'WEB';

/** A complaint about how a debt is collected, or an objection to the debt itself (bezwaar), which the law treats apart. */
export type ComplaintKind =
  /** About how the organisation works: counts in every complaint figure. */
  | 'COMPLAINT'
  /** An objection to the debt itself (amount, existence): handled with the same deadlines, never linked to promises, and counted in no complaint statistics. */
  | 'DEBT_OBJECTION';

/** The letter sent with a step: how and when, and either the text generated from the template or an edited text. */
export type ComplaintLetterInput = {
  channel: LetterChannel;
  /** BCP 47 language tag of the letter; default: the language of the last letter sent about the complaint, the first in the complaint's language (the complainant's). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** When the letter was sent (default: now); not in the future, not before the complaint was received. */
  sentAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The subject as sent; default: the template subject, rendered. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The text as sent, when the officer edited the generated text (see previewLetter) or wrote it; default: the template, rendered. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Whether the complaint was found justified (by the organisation, or by a disputes body). */
export type ComplaintOutcome =
  /** A disputes body declined to judge the complaint; never the organisation’s own decision. */
  | 'INADMISSIBLE'
  | 'PARTIALLY_UPHELD'
  | 'REJECTED'
  /** Ended by a settlement between the complainant and the organisation (e.g. through mediation). */
  | 'SETTLED'
  | 'UPHELD'
  | 'WITHDRAWN';

export type ComplaintPolicyInput = {
  acknowledgeUnit?: InputMaybe<DeadlineUnit>;
  acknowledgeWithin?: InputMaybe<Scalars['Int']['input']>;
  resolveUnit?: InputMaybe<DeadlineUnit>;
  resolveWithin?: InputMaybe<Scalars['Int']['input']>;
};

/** A reason, for the timeline. */
export type ComplaintReasonInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type ComplaintSort =
  /** Newest first. */
  | 'RECEIVED_AT'
  /** Earliest resolution deadline first. */
  | 'RESOLUTION_DUE_AT';

/** RECEIVED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED or CLOSED → ESCALATED → CLOSED while a disputes body handles it (a complaint a body forwarded: RECEIVED → ESCALATED); CLOSED → IN_PROGRESS when reopened with a reason (reopenComplaint). */
export type ComplaintStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'ESCALATED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'RESOLVED';

/** A step in the handling of a complaint, with an optional note for the timeline. */
export type ComplaintStepInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What a timeline entry records; entries that change no status have `from` equal to `to`. */
export type ComplaintTimelineEventKind =
  /** The resolution term extended: the reason (as told to the complainant) and the new working deadline. */
  | 'DEADLINE_EXTENDED'
  /** The employee concerned was informed of the complaint. */
  | 'EMPLOYEE_INFORMED'
  /** Handling paused, waiting for the complainant. */
  | 'PAUSED'
  /** A CLOSED complaint reopened (CLOSED → IN_PROGRESS), with the reason. */
  | 'REOPENED'
  /** Handling resumed; the new working deadline. */
  | 'RESUMED'
  /** A step of the lifecycle (the receipt included). */
  | 'STATUS_CHANGED';

export type CompleteCommunicationPlanInput = {
  /** Proof: a link, document or screenshot reference. */
  evidence: Scalars['String']['input'];
  /** When it was done: today at the latest. */
  executedOn: Scalars['LocalDate']['input'];
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
};

export type CorrectiveActionKind =
  /** Removes the cause of complaints that occurred. */
  | 'CORRECTIVE'
  /** Improves the service beyond a specific cause. */
  | 'IMPROVEMENT'
  /** Prevents complaints that have not occurred yet; decided by top management. */
  | 'PREVENTIVE';

/** OPEN → IN_PROGRESS → DONE → VERIFIED_EFFECTIVE or NOT_EFFECTIVE (→ IN_PROGRESS again); CANCELLED with a reason. Not closed until its effectiveness is checked. */
export type CorrectiveActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_EFFECTIVE'
  | 'OPEN'
  | 'VERIFIED_EFFECTIVE';

export type CorrectiveActionStepInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
};

/** How far a requirement node is covered. A requirement (leaf) is covered when a promise of the code version is linked to it, or evidence (KPI, training, resource, communication plan, action, document) is recorded on it or on a node above it; it is not applicable when it or a node above it is marked so. A node is NOT_APPLICABLE when every requirement in it is, COVERED when every applicable requirement in it is covered, PARTIAL when some but not all are, and GAP when none is. */
export type CoverageState =
  /** Every applicable requirement in the node is covered by a promise or evidence. */
  | 'COVERED'
  /** No applicable requirement in the node is covered. */
  | 'GAP'
  /** Every requirement in the node was marked not applicable (reason and who decided on the evidence). */
  | 'NOT_APPLICABLE'
  /** Some, not all, applicable requirements in the node are covered. */
  | 'PARTIAL';

/** A new code; it starts with version 1 as a DRAFT. */
export type CreateCodeInput = {
  /** Lower-case letters, digits and hyphens, unique in the organisation (used in public URLs; not `track`); cannot change later. */
  key: Scalars['String']['input'];
  /** The member responsible for the code. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Draft policy statement of version 1. */
  policyStatement?: InputMaybe<Scalars['String']['input']>;
  /** Whom and what the code covers. */
  scope?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A new promise in a DRAFT version. */
export type CreateCodePromiseInput = {
  codeVersionId: Scalars['ID']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Unique within the version and kept across versions, e.g. `P3`. */
  key: Scalars['String']['input'];
  /** The member responsible for keeping the promise. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Order within the version; defaults to after the last promise. */
  position?: InputMaybe<Scalars['Int']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The promise as customers read it. */
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateCommunicationPlanInput = {
  audience: CommunicationAudience;
  channel: CommunicationChannel;
  codeVersionId: Scalars['ID']['input'];
  frequency: CommunicationFrequency;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  message: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  plannedOn: Scalars['LocalDate']['input'];
};

export type CreateCorrectiveActionInput = {
  /** Complaints the action answers. */
  complaintIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  dueOn: Scalars['LocalDate']['input'];
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** PREVENTIVE actions can only be decided by TOP_MANAGEMENT. */
  kind: CorrectiveActionKind;
  /** An active member of the organisation. */
  ownerId: Scalars['ID']['input'];
  plannedAction: Scalars['String']['input'];
  /** The promise the action is about; may be left out when the linked complaints concern exactly one promise (it is then that one). */
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  rootCause?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateDisputesBodyInput = {
  appealWithinMonths?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 currency, e.g. EUR or NOK. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The complainant's fee or deposit in cents. */
  feeCents?: InputMaybe<Scalars['Int']['input']>;
  feeRefundRule?: InputMaybe<FeeRefundRule>;
  /** Make it the body decision letters name (the previous default stops being one). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  outcomeKind: DisputesOutcomeKind;
  postalAddress?: InputMaybe<Scalars['String']['input']>;
  responseUnit?: InputMaybe<DeadlineUnit>;
  /** The organisation's response term (with responseUnit). */
  responseWithin?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateKpiChainInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateKpiInput = {
  chainId: Scalars['ID']['input'];
  /** The code whose promise lineage the KPI measures. */
  codeId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  direction: KpiDirection;
  frequency: KpiFrequency;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: KpiKind;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Key of a promise of that code (in any of its versions), e.g. `P3`. */
  promiseKey: Scalars['String']['input'];
  target: Scalars['Float']['input'];
  threshold: Scalars['Float']['input'];
  unit: KpiUnit;
};

export type CreateLetterTemplateInput = {
  /** The text with placeholders like {{reference}} (see letterPlaceholders); unknown placeholders are refused. */
  body: Scalars['String']['input'];
  kind: LetterKind;
  /** BCP 47 language tag, e.g. "nl", "en", "nb". */
  language: Scalars['String']['input'];
  /** Subject line; may use placeholders. */
  subject: Scalars['String']['input'];
};

export type CreateManagementReviewInput = {
  /** What top management decided, one item each (at most 50). */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: "Management review <year>". */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The calendar year reviewed (2000–2100); its complaint analysis is stored with the review. */
  year: Scalars['Int']['input'];
};

/** Give either codeVersionId (the version as a whole) or promiseId (one promise of a version). */
export type CreateResourceInput = {
  codeVersionId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: ResourceKind;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  periodStart: Scalars['LocalDate']['input'];
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  /** Not negative, at most 3 decimals. */
  quantity: Scalars['Float']['input'];
  unit: ResourceUnit;
};

export type CreateSatisfactionSurveysInput = {
  /** The code whose promises are asked about; it needs a version in force. */
  codeId: Scalars['ID']['input'];
  /** Keys of the promises to ask about (of the version in force); default: every promise of it. */
  promiseKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One survey (and link) each; 1 to 500. */
  respondents: Array<SurveyRespondentInput>;
};

export type CreateTrainingRecordInput = {
  assessment: TrainingAssessment;
  /** Today at the latest. */
  completedOn: Scalars['LocalDate']['input'];
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The member who took the training (staff: themselves). */
  personId: Scalars['ID']['input'];
  result: TrainingResult;
  score?: InputMaybe<Scalars['Float']['input']>;
  topic: TrainingTopic;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type CreateTrainingRequirementInput = {
  assessment: TrainingAssessment;
  /** An element of the FinAut authorisation (tests and the yearly update only). */
  authorisation?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Who must have it; empty means everyone. */
  roles?: Array<Role>;
  /** What the test or update covers. */
  subject?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  topic: TrainingTopic;
  /** 1 to 120; null: does not expire. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  /** The member's subject at the OIDC provider, when known in advance. */
  externalSubject?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  roles: Array<Role>;
};

export type CreateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  events: Array<Scalars['String']['input']>;
  /** The endpoint (https; loopback and private addresses only where WEBHOOK_ALLOW_PRIVATE_ADDRESSES allows). */
  url: Scalars['String']['input'];
};

/** How a complaint deadline counts days. */
export type DeadlineUnit =
  | 'CALENDAR_DAYS'
  | 'WORKING_DAYS';

export type DecideDisputesCaseInput = {
  /** Only for a body whose kind of outcome is not configured: whether this outcome binds the organisation. */
  binding?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the body decided (default: now); not before the case was filed. */
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** A note for the complaint's timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ComplaintOutcome;
};

/** The decision letter: as any letter, and which disputes body it names (default: the organisation’s default body). */
export type DecisionLetterInput = {
  channel: LetterChannel;
  /** The disputes body the letter names; default: the organisation’s default disputes body. */
  disputesBodyId?: InputMaybe<Scalars['ID']['input']>;
  /** BCP 47 language tag of the letter; default: the language of the last letter sent about the complaint, the first in the complaint's language (the complainant's). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** When the letter was sent (default: now); not in the future, not before the complaint was received. */
  sentAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The subject as sent; default: the template subject, rendered. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The text as sent, when the officer edited the generated text (see previewLetter) or wrote it; default: the template, rendered. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type DisputesCaseOrigin =
  /** After the organisation closed the complaint. */
  | 'AFTER_CLOSURE'
  /** After the organisation's decision (the complaint was RESOLVED). */
  | 'AFTER_RESOLUTION'
  /** The body forwarded a complaint the organisation never registered. */
  | 'FORWARDED';

/** OPEN → RESPONDED → DECIDED → CLOSED (OPEN → DECIDED when the case ends before the response). */
export type DisputesCaseStatus =
  /** Finished: ruling complied with or nothing to comply with, fee refunded when due. */
  | 'CLOSED'
  /** The body's outcome is known (the complaint is CLOSED); compliance, the answer to advice or the fee refund may be pending. */
  | 'DECIDED'
  /** Lodged with the body; the organisation's response is due. */
  | 'OPEN'
  /** The organisation responded to the body. */
  | 'RESPONDED';

export type DisputesComplianceInput = {
  description: Scalars['String']['input'];
  documentReference?: InputMaybe<Scalars['String']['input']>;
  on: Scalars['LocalDate']['input'];
};

/** How a disputes body's outcome weighs on the organisation. */
export type DisputesOutcomeKind =
  /** An advisory statement the organisation may decline to follow (Finansklagenemnda). */
  | 'ADVISORY'
  /** A binding decision or binding advice (KIGID, IncassoKlacht, De Geschillencommissie). */
  | 'BINDING';

/** How notifications reach a member by e-mail (where the service has SMTP_URL). */
export type EmailNotifications =
  /** One e-mail a day listing the new notifications (DIGEST_CRON). */
  | 'DAILY_DIGEST'
  /** One e-mail per notification, as it is made. */
  | 'IMMEDIATE'
  /** No e-mail. */
  | 'OFF';

export type EscalateComplaintInput = {
  /** The disputes body by name; one not configured yet is added (its kind of outcome unset). */
  body: Scalars['String']['input'];
  /** When the complainant went to the committee (default: now); not in the future, not before the resolution. */
  escalatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A document that shows a requirement is met. */
export type EvidenceDocumentInput = {
  /** A URL, a file path or a binder. */
  location: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** As the document names it, e.g. 2.1 or 2026-03. */
  version: Scalars['String']['input'];
};

/** What shows a requirement is met (besides the promises mapped to it), or that it does not apply. */
export type EvidenceKind =
  /** A communication plan that makes it known. */
  | 'COMMUNICATION_PLAN'
  /** A corrective, preventive or improvement action taken for it. */
  | 'CORRECTIVE_ACTION'
  /** A document (policy, procedure, record) with title, location and version. */
  | 'DOCUMENT'
  /** A KPI that measures it. */
  | 'KPI'
  /** The requirement does not apply to the organisation: the reason and who decided. */
  | 'NOT_APPLICABLE'
  /** A resource (people, budget, tools) allocated to it. */
  | 'RESOURCE'
  /** A training requirement that makes staff competent for it. */
  | 'TRAINING_REQUIREMENT';

/** An extension of the resolution term, with the reason told to the complainant: the extension letter is recorded with it. */
export type ExtendComplaintDeadlineInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The extension letter as sent, telling the complainant the new deadline and the reason ({{newDeadline}}, {{reason}}); without an EXTENSION template, its text. */
  letter: ComplaintLetterInput;
  reason: Scalars['String']['input'];
  unit: DeadlineUnit;
  /** How many days to add to the working resolution deadline. */
  within: Scalars['Int']['input'];
};

export type FeeRefundRule =
  /** No fee, or never refunded. */
  | 'NONE'
  /** The complainant's fee is refunded when the complaint is upheld, wholly or partly. */
  | 'WHEN_UPHELD';

/** A complaint a disputes body forwarded, never registered by the organisation before. */
export type ForwardedComplaintInput = {
  categories?: InputMaybe<Array<ComplaintCategory>>;
  channel: ComplaintChannel;
  complainant?: InputMaybe<ComplainantInput>;
  description: Scalars['String']['input'];
  /** BCP 47 tag of the complainant's language; default: the organisation's default language. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Promises the complaint concerns (of a code version that is or was in force). */
  promiseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the complaint reached the organisation (default: when the body forwarded it); never in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
};

/** CREATED (waiting) → ACTIVE → COMPLETED; a failed run waits as RETRY (with backoff) and after its last retry is FAILED, the dead-letter state. */
export type JobState =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'FAILED'
  | 'RETRY';

export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/** Each measurement covers one such calendar period (weeks are ISO weeks, Monday to Sunday). */
export type KpiFrequency =
  | 'HALF_YEARLY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

export type KpiKind =
  /** Derived from what customers and other stakeholders expect of the chain (winning every match together). */
  | 'CHAIN'
  /** Fits a chain KPI: what each step must do (conceding no goals). */
  | 'PROCESS'
  /** Derived from the goals the organisation has set itself (winning the championship). */
  | 'RESULT';

export type KpiStatus =
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type KpiTrend =
  | 'IMPROVING'
  | 'STABLE'
  | 'WORSENING';

/** PERCENT 0–100; COUNT whole and not negative; RATIO and durations not negative; SCORE and amounts any finite number. */
export type KpiUnit =
  | 'COUNT'
  | 'DAYS'
  | 'EUR'
  | 'HOURS'
  | 'MINUTES'
  | 'NOK'
  | 'PERCENT'
  | 'RATIO'
  | 'SCORE'
  | 'WORKING_DAYS';

/** The language notifications and e-mail are written in. */
export type Language =
  | 'EN'
  | 'NL';

/** How a letter reached the complainant. */
export type LetterChannel =
  | 'EMAIL'
  | 'HAND_DELIVERED'
  | 'PORTAL'
  | 'POST';

/** What a letter to the complainant is for (more kinds may follow). */
export type LetterKind =
  /** Written confirmation of receipt, with the handling deadline. */
  | 'ACKNOWLEDGEMENT'
  /** The decision on the complaint, with the route to the disputes body. */
  | 'DECISION'
  /** The handling term extended: the new deadline and the reason, told to the complainant in writing. */
  | 'EXTENSION';

export type ManagementReviewStatus =
  /** Being prepared: title, decisions, preventive actions and the analysis can change. */
  | 'DRAFT'
  /** Signed by top management: final, nothing about it changes any more (enforced by the database too). */
  | 'SIGNED';

/** A decision that a requirement node does not apply to the organisation. */
export type MarkRequirementNotApplicableInput = {
  /** Why it does not apply, as an auditor should read it. */
  reason: Scalars['String']['input'];
  requirementId: Scalars['ID']['input'];
};

/** The role of a node in a requirement tree. */
export type NormRequirementKind =
  /** An SRCM norm part with its objective; it carries the maturity self-assessment. */
  | 'NORM_PART'
  /** A guiding principle of the norm (the SRCM's four beginselen): it shapes every part and is not scored or covered itself. */
  | 'PRINCIPLE'
  /** A single requirement (always a leaf): the only kind of node promises are mapped to. */
  | 'REQUIREMENT'
  /** A group of requirements: an ISO 10001 clause, an SRCM theme, a section of a procedure or scheme. */
  | 'SECTION';

/** What a notification (a reminder) is about. */
export type NotificationKind =
  | 'AUTHORISATION_LAPSING'
  | 'CODE_REVIEW_DUE'
  | 'COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON'
  | 'COMPLAINT_ACKNOWLEDGEMENT_OVERDUE'
  | 'COMPLAINT_RESOLUTION_DUE_SOON'
  | 'COMPLAINT_RESOLUTION_OVERDUE'
  | 'CORRECTIVE_ACTION_DUE_SOON'
  | 'CORRECTIVE_ACTION_EFFECTIVENESS_CHECK'
  | 'CORRECTIVE_ACTION_OVERDUE'
  | 'DISPUTES_RESPONSE_DUE_SOON'
  | 'DISPUTES_RESPONSE_OVERDUE'
  | 'KPI_MEASUREMENT_MISSING'
  | 'TRAINING_EXPIRED'
  | 'TRAINING_EXPIRING';

/** A disputes body sent the organisation a case about a RESOLVED or CLOSED complaint. */
export type OpenDisputesCaseInput = {
  bodyId: Scalars['ID']['input'];
  /** The body's case number. */
  bodyReference?: InputMaybe<Scalars['String']['input']>;
  /** The complaint (RESOLVED or CLOSED); expectedVersion is its version. */
  complaintId: Scalars['ID']['input'];
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** When the body notified the organisation (default: now); not in the future, not before the resolution. */
  filedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A note for the complaint's timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Why a complaint is decided outside the code. */
export type OutsideCodeInput = {
  /** What the complaint is about that no promise covers; written without names (it feeds codeGaps). */
  reason: Scalars['String']['input'];
};

/** Calendar days to report on, both included, in the organisation's time zone. */
export type PeriodInput = {
  /** First day. */
  from: Scalars['LocalDate']['input'];
  /** Last day (included). */
  to: Scalars['LocalDate']['input'];
};

/** Whether a promise is kept, judged on its KPIs, complaints and corrective actions (rule in README, "Monitoring"). */
export type PromiseStatus =
  /** Warning signs: a KPI at risk, a fifth or more of the decided complaints upheld, late handling, overdue or ineffective actions, or a breaking figure on too few complaints to judge. */
  | 'AT_RISK'
  /** The promise is not kept: a KPI off track, half or more of the complaints decided in the period upheld, or handling mostly late (the organisation's thresholds, on enough complaints). */
  | 'BROKEN'
  /** The evidence shows the promise is kept. */
  | 'KEPT'
  /** Nothing to judge by: no KPI measured for its latest period and no complaint received or decided in the period. */
  | 'NO_DATA';

/** Changes to the promise status thresholds; a field left out keeps its value. */
export type PromiseStatusPolicyInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Key of the complaint-handling promise (e.g. P1); null names none (each promise answers for its own complaints). Left out: unchanged. */
  handlingPromiseKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1000. */
  minimumRated?: InputMaybe<Scalars['Int']['input']>;
  /** 0.5 to 1. */
  onTimeMinimum?: InputMaybe<Scalars['Float']['input']>;
  /** onTimeMinimum to 1. */
  onTimeTarget?: InputMaybe<Scalars['Float']['input']>;
  /** 1 to 1000. */
  upheldComplaintsBrokenFrom?: InputMaybe<Scalars['Int']['input']>;
  /** 0.01 up to upheldShareBrokenFrom. */
  upheldShareAtRiskFrom?: InputMaybe<Scalars['Float']['input']>;
  /** 0.05 to 1. */
  upheldShareBrokenFrom?: InputMaybe<Scalars['Float']['input']>;
};

/** A promise's title and text in the translation's language. */
export type PromiseTranslationInput = {
  /** The key of a promise of the version, e.g. `P3`. */
  key: Scalars['String']['input'];
  /** The promise as customers read it, in this language. */
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type PublishCodeVersionInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** When the code is due for review; default 12 months after publication. */
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A manager's record of a person's FinAut file: documented practice and the register status FinAut gave. */
export type RecordAuthorisationRegistrationInput = {
  /** The version of the file you read, 0 when the person has none yet; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** Months of relevant practice documented, 0 to 600; omitted: unchanged. */
  practiceMonths?: InputMaybe<Scalars['Int']['input']>;
  /** FinAut's register number; required for AUTHORISED. */
  registerNumber?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: unchanged. */
  registerStatus?: InputMaybe<AuthorisationRegisterStatus>;
  /** When the status took effect; default today. */
  registerStatusSince?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type RecordEscalationDecisionInput = {
  /** Whether the decision binds the organisation. */
  binding: Scalars['Boolean']['input'];
  /** When the committee decided (default: now); not in the future, not before the escalation. */
  decidedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ComplaintOutcome;
};

export type RecordKpiMeasurementInput = {
  /** Replaces the value already recorded for this period; without it such a row is a CONFLICT. */
  correction?: Scalars['Boolean']['input'];
  /** Required with `correction: true`: the `version` of the measurement you read; CONFLICT when it changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  kpiId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Last day of that period; the period must have ended (today at the latest). */
  periodEnd: Scalars['LocalDate']['input'];
  /** First day of one period of the KPI's frequency. */
  periodStart: Scalars['LocalDate']['input'];
  value: Scalars['Float']['input'];
};

/** A self-assessment of the organisation's maturity on one SRCM norm part. */
export type RecordMaturityAssessmentInput = {
  /** Who assessed; defaults to the caller. */
  assessedById?: InputMaybe<Scalars['ID']['input']>;
  /** Not in the future. */
  assessedOn: Scalars['LocalDate']['input'];
  /** What the level rests on. */
  evidence: Scalars['String']['input'];
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5. */
  level: Scalars['Int']['input'];
  /** The norm part (kind NORM_PART). */
  requirementId: Scalars['ID']['input'];
};

export type RecordSatisfactionInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  satisfaction: Scalars['Int']['input'];
};

export type RegisterComplaintInput = {
  categories?: InputMaybe<Array<ComplaintCategory>>;
  channel: ComplaintChannel;
  complainant?: InputMaybe<ComplainantInput>;
  description: Scalars['String']['input'];
  /** The member whose conduct the complaint concerns: to be informed, and never its handler. */
  employeeConcernedId?: InputMaybe<Scalars['ID']['input']>;
  /** An active complaint officer; never the employee concerned. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** COMPLAINT (default), or DEBT_OBJECTION: an objection to the debt itself, linked to no promise. */
  kind?: InputMaybe<ComplaintKind>;
  /** BCP 47 tag of the complainant's language; default: the organisation's default language. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Promises the complaint concerns (of a code version that is or was in force). */
  promiseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the complaint reached the organisation (default: now); never in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
};

/** A disputes body forwarded a complaint the organisation never registered: the complaint and its case are recorded together. */
export type RegisterForwardedDisputesCaseInput = {
  bodyId: Scalars['ID']['input'];
  bodyReference?: InputMaybe<Scalars['String']['input']>;
  complaint: ForwardedComplaintInput;
  /** When the body notified the organisation (default: now). */
  filedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type ReopenCorrectiveActionInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** What will be done differently. */
  note: Scalars['String']['input'];
};

export type ResolveComplaintInput = {
  /** The decision as communicated to the complainant. */
  decision: Scalars['String']['input'];
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The decision letter as sent, naming the route to the disputes body; the complaint counts as resolved when it was sent. */
  letter: DecisionLetterInput;
  note?: InputMaybe<Scalars['String']['input']>;
  /** INADMISSIBLE is a finding of a disputes body, not of the organisation. */
  outcome: ComplaintOutcome;
  /** Required to resolve a complaint linked to no promise: no promise of the code covers it (listed in codeGaps, counted in no per-promise figure). */
  outsideCode?: InputMaybe<OutsideCodeInput>;
};

export type ResourceKind =
  | 'BUDGET'
  | 'OTHER'
  | 'PEOPLE'
  | 'SYSTEM'
  | 'TIME'
  | 'TRAINING';

/** Units per kind: PEOPLE FTE/PERSONS/HOURS; BUDGET EUR/NOK; SYSTEM LICENCES/ITEMS/EUR/NOK; TRAINING HOURS/DAYS/PERSONS/EUR/NOK; TIME HOURS/DAYS/FTE; OTHER any. */
export type ResourceUnit =
  | 'DAYS'
  | 'EUR'
  | 'FTE'
  | 'HOURS'
  | 'ITEMS'
  | 'LICENCES'
  | 'NOK'
  | 'PERSONS';

export type RespondToDisputesCaseInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** When the organisation sent its response (default: now); not before the case was filed. */
  respondedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ReturnCodeVersionInput = {
  /** What must change before the version can be approved. */
  comment: Scalars['String']['input'];
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
};

/** What a member of an organisation may do. */
export type Role =
  /** Reads everything except complainants' personal data. */
  | 'AUDITOR'
  /** Registers, handles and resolves complaints; opens corrective actions. */
  | 'COMPLAINT_OFFICER'
  /** Drafts codes and promises, defines KPIs, maps norms, runs the annual complaint analysis. */
  | 'QUALITY_MANAGER'
  /** Reads codes; manages their own training records. */
  | 'STAFF'
  /** Approves and publishes code versions, decides preventive actions, signs the management review. */
  | 'TOP_MANAGEMENT';

export type ScheduleCodeReviewInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  nextReviewDue: Scalars['LocalDate']['input'];
};

/** Sets one reminder of the organisation (creates its rule on first use). */
export type SetReminderRuleInput = {
  enabled: Scalars['Boolean']['input'];
  /** The version you read (0 for a rule still at its default); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  kind: NotificationKind;
  /** Days ahead (due soon, expiring) or after (missing measurement, effectiveness check), 0 to 365. */
  leadDays: Scalars['Int']['input'];
};

export type StartComplaintHandlingInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The complaint officer who handles it; required unless one is assigned already. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The statutory rules an organisation follows for complaints; its complaint policy may be stricter, never laxer. */
export type StatutoryRulePack =
  /** Netherlands: Wet kwaliteit incassodienstverlening (Wki) and its Besluit (Bki), in force since 1 April 2024. */
  | 'NL_WKI'
  /** No statutory rules: the complaint policy alone. */
  | 'NONE'
  /** Norway: debt collection (inkasso); disputes body Finansklagenemnda. The reference states no complaint terms or retention period. */
  | 'NO_INKASSO';

/** A complaint from the public form: the complainant's own words and how to reach them (name and email or phone). */
export type SubmitComplaintInput = {
  complainant: ComplainantInput;
  description: Scalars['String']['input'];
  /** Any unique string (e.g. a UUID): a resubmission with the same key returns the first reference. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 tag of the language the complainant wrote in (e.g. the public page's); default: the best match of the browser's Accept-Language among the organisation's languages, else its default language. */
  language?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

export type SurveyAnswerInput = {
  /** The promise asked about. */
  promiseKey: Scalars['String']['input'];
  /** 1 (not at all) to 5 (completely). */
  score: Scalars['Int']['input'];
};

export type SurveyOrigin =
  /** Created when the complaint was resolved, for its complainant, about the promises it concerns. */
  | 'COMPLAINT'
  /** Created by a quality manager for another customer or client (e.g. a sample of closed collection cases). */
  | 'ON_DEMAND';

/** Changes to the survey policy; a field left out keeps its value. */
export type SurveyPolicyInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** 1 to 365. */
  linkValidDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 1000. */
  minimumResponses?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 3650. */
  respondentDataRetentionDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Someone asked to rate the promises: a customer, a client, a sample of closed collection cases. */
export type SurveyRespondentInput = {
  /** The case the survey is about, e.g. a collection case number (personal data, like name). */
  caseReference?: InputMaybe<Scalars['String']['input']>;
  /** Where a link of the respondent's own is e-mailed when the service sends e-mail (SMTP_URL). Personal data, like name. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 tag of the respondent's language: the promises are shown in it when the organisation speaks it (or its primary language), else in the organisation's default language. Fixed texts exist in nl, en and nb (English otherwise). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Personal data: erased after the survey ended and the retention period passed. */
  name?: InputMaybe<Scalars['String']['input']>;
  respondentType: ComplainantType;
};

export type SurveyStatus =
  /** Answered (the link is used up). */
  | 'ANSWERED'
  /** Not answered before the link expired. */
  | 'EXPIRED'
  /** Sent, not answered, link still valid. */
  | 'PENDING';

/** What happened to the promise, on its timeline. */
export type TraceEventKind =
  | 'ACTION_OPENED'
  | 'ACTION_VERIFIED'
  | 'KPI_CREATED'
  | 'REVIEW_SIGNED'
  | 'VERSION_CREATED'
  | 'VERSION_PUBLISHED';

export type TrainingAssessment =
  /** The yearly refresher an authorisation requires (årlig oppdatering). */
  | 'ANNUAL_UPDATE'
  /** A course or instruction, attended or with an exam. */
  | 'COURSE'
  /** Ethics test, e.g. the FinAut digital dilemma simulation (etikkprøve). */
  | 'ETHICS_TEST'
  /** Professional knowledge test (FinAut kunnskapsprøve). */
  | 'KNOWLEDGE_TEST'
  /** Practical test of advice in practice (praktisk prøve). */
  | 'PRACTICAL_TEST';

/** Tests are PASSED or FAILED; courses and annual updates may also be ATTENDED. */
export type TrainingResult =
  | 'ATTENDED'
  | 'FAILED'
  | 'PASSED';

export type TrainingTopic =
  | 'CODE_OF_CONDUCT'
  | 'COMMUNICATION'
  | 'COMPLAINT_HANDLING'
  | 'DATA_PROTECTION'
  | 'ETHICS'
  | 'OTHER'
  | 'PROFESSIONAL_KNOWLEDGE';

/** A DRAFT version's customer-facing texts in one of the organisation's languages other than the version's own: the code title, the policy statement and the promises given (others keep their translation). */
export type TranslateCodeVersionInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** BCP 47 tag: one of organization.languages, not the version's own language. */
  language: Scalars['String']['input'];
  /** The policy statement in this language; left out: the one translated before stays. */
  policyStatement?: InputMaybe<Scalars['String']['input']>;
  /** Promises by key; each given replaces its translation. */
  promises?: InputMaybe<Array<PromiseTranslationInput>>;
  /** The code title in this language. */
  title: Scalars['String']['input'];
};

export type UpdateCodeInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The member responsible for the code. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a promise of a DRAFT version; its key stays. */
export type UpdateCodePromiseInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a DRAFT version; fields left out keep their value. */
export type UpdateCodeVersionInput = {
  changeSummary?: InputMaybe<Scalars['String']['input']>;
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  policyStatement?: InputMaybe<Scalars['String']['input']>;
};

/** Only PLANNED plans change; only the fields given (ownerId null removes the owner). */
export type UpdateCommunicationPlanInput = {
  audience?: InputMaybe<CommunicationAudience>;
  channel?: InputMaybe<CommunicationChannel>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  frequency?: InputMaybe<CommunicationFrequency>;
  message?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  plannedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateComplaintInput = {
  /** Replaces the categories. */
  categories?: InputMaybe<Array<ComplaintCategory>>;
  /** The member whose conduct the complaint concerns; never its handler. */
  employeeConcernedId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** An active complaint officer; never the employee concerned. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** Reclassifies: a DEBT_OBJECTION has no promises, so unlink them first. */
  kind?: InputMaybe<ComplaintKind>;
  /** Corrects the complainant's language (BCP 47 tag): the first letter about the complaint defaults to it (later ones to the last letter's). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the linked promises. */
  promiseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCorrectiveActionInput = {
  /** Replaces the linked complaints. */
  complaintIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  plannedAction?: InputMaybe<Scalars['String']['input']>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  rootCause?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDisputesBodyInput = {
  appealWithinMonths?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 currency, e.g. EUR or NOK. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The complainant's fee or deposit in cents. */
  feeCents?: InputMaybe<Scalars['Int']['input']>;
  feeRefundRule?: InputMaybe<FeeRefundRule>;
  /** Make it the body decision letters name (the previous default stops being one). */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  outcomeKind?: InputMaybe<DisputesOutcomeKind>;
  postalAddress?: InputMaybe<Scalars['String']['input']>;
  responseUnit?: InputMaybe<DeadlineUnit>;
  /** The organisation's response term (with responseUnit). */
  responseWithin?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateKpiChainInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** null removes the owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Only the fields given change. Unit and frequency are fixed once the KPI has measurements. */
export type UpdateKpiInput = {
  /** Moves the KPI to another chain (counts towards that chain’s limit). */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  codeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<KpiDirection>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  frequency?: InputMaybe<KpiFrequency>;
  kind?: InputMaybe<KpiKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** null removes the owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  promiseKey?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['Float']['input']>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<KpiUnit>;
};

export type UpdateLetterTemplateInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateManagementReviewInput = {
  /** Replaces the decisions. */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The signed-in member's own notification settings; only the fields given change. */
export type UpdateMyNotificationSettingsInput = {
  emailNotifications?: InputMaybe<EmailNotifications>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  language?: InputMaybe<Language>;
};

export type UpdateOrganizationInput = {
  /** Months of relevant practice the FinAut authorisation needs, 0 to 120. */
  authorisationPracticeMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Applies to complaints received from now on; existing deadlines do not move. A term laxer than the statutory rule pack requires is refused. */
  complaintPolicy?: InputMaybe<ComplaintPolicyInput>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  holidayCountry?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 tags, the default first (1 to 10, none twice). Codes in force keep their texts: a language added is served once a version translated into it is published (until then the fallback of publishedCode applies). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The statutory rules to follow. Switching is allowed while the policy is laxer than the new pack: organization.compliance then lists what to fix. Existing deadlines do not move. */
  statutoryRulePack?: InputMaybe<StatutoryRulePack>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; periodEnd and ownerId null clear them. */
export type UpdateResourceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  kind?: InputMaybe<ResourceKind>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  unit?: InputMaybe<ResourceUnit>;
};

/** Only the fields given change; null clears score, validUntil or evidence. */
export type UpdateTrainingRecordInput = {
  assessment?: InputMaybe<TrainingAssessment>;
  completedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  result?: InputMaybe<TrainingResult>;
  score?: InputMaybe<Scalars['Float']['input']>;
  topic?: InputMaybe<TrainingTopic>;
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type UpdateTrainingRequirementInput = {
  authorisation?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  roles?: InputMaybe<Array<Role>>;
  /** null: none; omitted: unchanged. */
  subject?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** null: does not expire; omitted: unchanged. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  /** false locks the member out: their tokens are refused (see README, Members and tokens). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  emailNotifications?: InputMaybe<EmailNotifications>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The member's subject at the OIDC provider. */
  externalSubject?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Language>;
  name?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
};

/** Only the fields given change. Enabling a disabled subscription resets its failure count; its waiting deliveries resume. */
export type UpdateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Being sent now. */
  | 'DELIVERING'
  /** Every attempt failed (WEBHOOK_MAX_ATTEMPTS); redeliver it by hand. */
  | 'FAILED'
  /** Waiting for its first attempt, for a retry (nextAttemptAt), or for an earlier event of the same entity. */
  | 'PENDING';

export type WithdrawCodeVersionInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type PublishedCodesQueryVariables = Exact<{
  organizationSlug: Scalars['String']['input'];
}>;


export type PublishedCodesQuery = { __typename?: 'Query', publishedCodes?: Array<{ __typename?: 'PublicCode', key: string, title: string, organizationName: string, currentVersion: { __typename?: 'PublicCodeVersion', version: number, publishedAt: string, promises: Array<{ __typename?: 'PublicPromise', key: string, title: string, text: string }> } }> | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organizationSlug: string } | null };

export type ComplaintsQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ComplaintEdge', cursor: string, node: { __typename?: 'Complaint', id: string, reference: string, status: ComplaintStatus, receivedAt: string, isOverdue: boolean } }> } | null };

export type SubmitComplaintMutationVariables = Exact<{
  organizationSlug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type SubmitComplaintMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type UpdateCodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCodeInput;
}>;


export type UpdateCodeMutation = { __typename?: 'Mutation', updateCode: { __typename?: 'Code', id: string, title: string, version: number } };


export const PublishedCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationSlug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"promises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedCodesQuery, PublishedCodesQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizationSlug"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const SubmitComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationSlug"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<SubmitComplaintMutation, SubmitComplaintMutationVariables>;
export const UpdateCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCodeMutation, UpdateCodeMutationVariables>;