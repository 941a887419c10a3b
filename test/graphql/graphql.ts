/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type BoundedTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundedTypenameQuery = { __typename: 'Query' };

export type BoundedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundedMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string } | null };

export type BoundedPromiseComplaintsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoundedPromiseComplaintsPageQuery = { __typename?: 'Query', corrective?: { __typename?: 'CorrectiveActionConnection', totalCount: number } | null, complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', id: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ComplaintEdge', cursor: string, node: { __typename?: 'Complaint', id: string } }> } }> } }> } | null };

export type BoundedPromiseActionsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoundedPromiseActionsPageQuery = { __typename?: 'Query', correctiveAction?: { __typename?: 'CorrectiveAction', promise: { __typename?: 'CodePromise', correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string } }> } } } | null };

export type BoundedNestedPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type BoundedNestedPageQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, promises: Array<{ __typename?: 'CodePromise', key: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } }> } }> } | null };

export type BoundedBadNestedCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundedBadNestedCursorQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', complaints: { __typename?: 'ComplaintConnection', totalCount: number } }> } }> } | null };

export type BoundedDeadlineQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundedDeadlineQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, promises: Array<{ __typename?: 'CodePromise', key: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number } }> } }> } | null };

export type BoundedAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type BoundedAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number }, acknowledgementTime: { __typename?: 'HandlingTime', medianHours?: number | null }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number }> } | null };

export type BoundedCreateReviewMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type BoundedCreateReviewMutation = { __typename?: 'Mutation', createManagementReview: { __typename?: 'ManagementReview', id: string } };

export type LanguagesOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type LanguagesOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', languages: Array<string>, version: number } | null };

export type LanguagesUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type LanguagesUpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', languages: Array<string>, version: number } };

export type LanguagesTranslateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TranslateCodeVersionInput;
}>;


export type LanguagesTranslateMutation = { __typename?: 'Mutation', translateCodeVersion: { __typename?: 'CodeVersion', id: string, revision: number, language: string, missingLanguages: Array<string>, translations: Array<{ __typename?: 'CodeVersionTranslation', language: string, title: string, policyStatement?: string | null, promises: Array<{ __typename?: 'CodePromiseTranslation', key: string, title: string, text: string }> }> } };

export type LanguagesVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LanguagesVersionQuery = { __typename?: 'Query', codeVersion?: { __typename?: 'CodeVersion', id: string, revision: number, status: CodeVersionStatus, language: string, missingLanguages: Array<string>, staleLanguages: Array<string>, translations: Array<{ __typename?: 'CodeVersionTranslation', language: string, title: string, policyStatement?: string | null, promises: Array<{ __typename?: 'CodePromiseTranslation', key: string, title: string, text: string }> }> } | null };

export type LanguagesPublishedCodeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  key: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type LanguagesPublishedCodeQuery = { __typename?: 'Query', publishedCode?: { __typename?: 'PublicCode', key: string, title: string, language: string, availableLanguages: Array<string>, currentVersion: { __typename?: 'PublicCodeVersion', version: number, policyStatement?: string | null, promises: Array<{ __typename?: 'PublicPromise', key: string, title: string, text: string }> } } | null };

export type LanguagesPublishedCodesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type LanguagesPublishedCodesQuery = { __typename?: 'Query', publishedCodes?: Array<{ __typename?: 'PublicCode', key: string, title: string, language: string, availableLanguages: Array<string> }> | null };

export type LanguagesSubmitComplaintMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type LanguagesSubmitComplaintMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type LanguagesRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type LanguagesRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, language: string } };

export type LanguagesUpdateComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type LanguagesUpdateComplaintMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', id: string, version: number, language: string } };

export type LanguagesComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LanguagesComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, version: number, language: string, letters: Array<{ __typename?: 'ComplaintLetter', kind: LetterKind, language: string, subject?: string | null, body?: string | null }> } | null };

export type LanguagesCreateTemplateMutationVariables = Exact<{
  input: CreateLetterTemplateInput;
}>;


export type LanguagesCreateTemplateMutation = { __typename?: 'Mutation', createLetterTemplate: { __typename?: 'LetterTemplate', id: string, language: string } };

export type LanguagesAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type LanguagesAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, letters: Array<{ __typename?: 'ComplaintLetter', kind: LetterKind, language: string, subject?: string | null, body?: string | null }> } };

export type LanguagesReturnMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReturnCodeVersionInput;
}>;


export type LanguagesReturnMutation = { __typename?: 'Mutation', returnCodeVersionToDraft: { __typename?: 'CodeVersion', revision: number } };

export type LanguagesReturnStaleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReturnCodeVersionInput;
}>;


export type LanguagesReturnStaleMutation = { __typename?: 'Mutation', returnCodeVersionToDraft: { __typename?: 'CodeVersion', revision: number } };

export type CodesDueQueryVariables = Exact<{
  within: Scalars['Int']['input'];
}>;


export type CodesDueQuery = { __typename?: 'Query', codesDueForReview?: Array<{ __typename?: 'CodeVersion', id: string, nextReviewDue?: string | null, code: { __typename?: 'Code', key: string } }> | null };

export type CommunicationPlanFieldsFragment = { __typename?: 'CommunicationPlan', id: string, version: number, audience: CommunicationAudience, channel: CommunicationChannel, message: string, frequency: CommunicationFrequency, plannedOn: string, executedOn?: string | null, status: CommunicationPlanStatus, evidence?: string | null, cancellationReason?: string | null, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, owner?: { __typename?: 'User', id: string } | null };

export type CommunicationCreateMutationVariables = Exact<{
  input: CreateCommunicationPlanInput;
}>;


export type CommunicationCreateMutation = { __typename?: 'Mutation', createCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number, audience: CommunicationAudience, channel: CommunicationChannel, message: string, frequency: CommunicationFrequency, plannedOn: string, executedOn?: string | null, status: CommunicationPlanStatus, evidence?: string | null, cancellationReason?: string | null, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, owner?: { __typename?: 'User', id: string } | null } };

export type CommunicationUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCommunicationPlanInput;
}>;


export type CommunicationUpdateMutation = { __typename?: 'Mutation', updateCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number, audience: CommunicationAudience, channel: CommunicationChannel, message: string, frequency: CommunicationFrequency, plannedOn: string, executedOn?: string | null, status: CommunicationPlanStatus, evidence?: string | null, cancellationReason?: string | null, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, owner?: { __typename?: 'User', id: string } | null } };

export type CommunicationCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CompleteCommunicationPlanInput;
}>;


export type CommunicationCompleteMutation = { __typename?: 'Mutation', completeCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number, audience: CommunicationAudience, channel: CommunicationChannel, message: string, frequency: CommunicationFrequency, plannedOn: string, executedOn?: string | null, status: CommunicationPlanStatus, evidence?: string | null, cancellationReason?: string | null, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, owner?: { __typename?: 'User', id: string } | null } };

export type CommunicationCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CancelCommunicationPlanInput;
}>;


export type CommunicationCancelMutation = { __typename?: 'Mutation', cancelCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number, audience: CommunicationAudience, channel: CommunicationChannel, message: string, frequency: CommunicationFrequency, plannedOn: string, executedOn?: string | null, status: CommunicationPlanStatus, evidence?: string | null, cancellationReason?: string | null, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, owner?: { __typename?: 'User', id: string } | null } };

export type CommunicationDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type CommunicationDeleteMutation = { __typename?: 'Mutation', deleteCommunicationPlan: { __typename?: 'CommunicationPlan', id: string } };

export type CommunicationPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunicationPlanQuery = { __typename?: 'Query', communicationPlan?: { __typename?: 'CommunicationPlan', id: string, version: number, audience: CommunicationAudience, channel: CommunicationChannel, message: string, frequency: CommunicationFrequency, plannedOn: string, executedOn?: string | null, status: CommunicationPlanStatus, evidence?: string | null, cancellationReason?: string | null, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, owner?: { __typename?: 'User', id: string } | null } | null };

export type CommunicationPlansQueryVariables = Exact<{
  codeVersionId?: InputMaybe<Scalars['ID']['input']>;
  audience?: InputMaybe<CommunicationAudience>;
  status?: InputMaybe<CommunicationPlanStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunicationPlansQuery = { __typename?: 'Query', communicationPlans?: { __typename?: 'CommunicationPlanConnection', totalCount: number, edges: Array<{ __typename?: 'CommunicationPlanEdge', node: { __typename?: 'CommunicationPlan', message: string, plannedOn: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type CommunicationCoverageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CommunicationCoverageQuery = { __typename?: 'Query', communicationCoverage?: { __typename?: 'CommunicationCoverage', inForce: boolean, reached: Array<CommunicationAudience>, notReached: Array<CommunicationAudience>, codeVersion: { __typename?: 'CodeVersion', id: string }, audiences: Array<{ __typename?: 'AudienceCoverage', audience: CommunicationAudience, reached: boolean, donePlans: number, plannedPlans: number, lastReachedOn?: string | null, nextPlannedOn?: string | null }> } | null };

export type LawComplaintFieldsFragment = { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> };

export type LawLettersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LawLettersQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', letters: Array<{ __typename?: 'ComplaintLetter', id: string, kind: LetterKind, language: string, body?: string | null }>, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, letter?: { __typename?: 'ComplaintLetter', id: string, kind: LetterKind } | null }> } | null };

export type LawOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type LawOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number, statutoryRulePack: StatutoryRulePack, complaintPolicy: { __typename?: 'ComplaintPolicy', acknowledgeWithin: number, acknowledgeUnit: DeadlineUnit, resolveWithin: number, resolveUnit: DeadlineUnit }, statutoryRules: { __typename?: 'StatutoryRules', pack: StatutoryRulePack, title: string, notes: Array<string>, acknowledgement?: { __typename?: 'StatutoryTerm', within: number, unit: DeadlineUnit, source: { __typename?: 'RuleSourceInfo', law: string, article?: string | null, url: string } } | null, disputesBody?: { __typename?: 'DisputesBodyRule', required: boolean, source: { __typename?: 'RuleSourceInfo', law: string } } | null, retention?: { __typename?: 'RetentionRule', years: number, source: { __typename?: 'RuleSourceInfo', law: string, article?: string | null, url: string } } | null }, compliance: Array<{ __typename?: 'ComplianceViolation', rule: string, field: string, description: string, currentValue: string, requiredValue: string, source: { __typename?: 'RuleSourceInfo', law: string, article?: string | null, url: string } }> } | null };

export type LawUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type LawUpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', version: number, statutoryRulePack: StatutoryRulePack, complaintPolicy: { __typename?: 'ComplaintPolicy', acknowledgeWithin: number, acknowledgeUnit: DeadlineUnit }, compliance: Array<{ __typename?: 'ComplianceViolation', rule: string, currentValue: string, requiredValue: string }> } };

export type LawRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type LawRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type LawSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type LawComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LawComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } | null };

export type LawListQueryVariables = Exact<{
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<ComplaintKind>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type LawListQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, reference: string, isOverdue: boolean } }> } | null };

export type LawUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type LawUpdateMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type LawAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type LawStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type LawResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type LawCloseMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawInformMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type LawInformMutation = { __typename?: 'Mutation', informEmployeeConcerned: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawExtendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ExtendComplaintDeadlineInput;
}>;


export type LawExtendMutation = { __typename?: 'Mutation', extendComplaintDeadline: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawPauseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintReasonInput;
}>;


export type LawPauseMutation = { __typename?: 'Mutation', pauseComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawResumeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type LawResumeMutation = { __typename?: 'Mutation', resumeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintReasonInput;
}>;


export type LawReopenMutation = { __typename?: 'Mutation', reopenComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type LawAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, status: ComplaintStatus, kind: ComplaintKind, receivedAt: string, acknowledgementDueAt: string, resolutionDueAt: string, extendedResolutionDueAt?: string | null, workingResolutionDueAt: string, pausedAt?: string | null, pausedWorkingDays: number, resolvedAt?: string | null, resolvedOnTime?: boolean | null, closedAt?: string | null, reopenedAt?: string | null, reopenCount: number, outsideCodeReason?: string | null, isOverdue: boolean, anonymizedAt?: string | null, complainantType?: ComplainantType | null, complainantMandate?: boolean | null, employeeInformedAt?: string | null, employeeConcerned?: { __typename?: 'User', id: string } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, complainant?: { __typename?: 'Complainant', name?: string | null, address?: string | null, mandateReference?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, dueAt?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type LawDueQueryVariables = Exact<{ [key: string]: never; }>;


export type LawDueQuery = { __typename?: 'Query', complaintsDueForAnonymisation?: { __typename?: 'RetentionRun', dryRun: boolean, due: number, references: Array<string> } | null };

export type LawAnonymizeDueMutationVariables = Exact<{
  input: AnonymizeDueComplaintsInput;
}>;


export type LawAnonymizeDueMutation = { __typename?: 'Mutation', anonymizeDueComplaints: { __typename?: 'RetentionRun', dryRun: boolean, due: number, references: Array<string> } };

export type LawCodeGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type LawCodeGapsQuery = { __typename?: 'Query', codeGaps?: { __typename?: 'CodeGaps', total: number, words: Array<{ __typename?: 'CodeGapWord', word: string, count: number }>, byCategory: Array<{ __typename?: 'CodeGapCategory', category: string, count: number, words: Array<{ __typename?: 'CodeGapWord', word: string, count: number }> }> } | null };

export type LawAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type LawAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, withoutPromise: number } } | null };

export type LawCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type LawCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', promises: Array<{ __typename?: 'PromiseStatusReport', promise: { __typename?: 'CodePromise', key: string }, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number } }> } | null };

export type LawAuditQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LawAuditQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, changes: Record<string, unknown> } }> } | null };

export type TrackingSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type TrackingSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string, trackingSecret: string } };

export type TrackingStatusQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  reference: Scalars['String']['input'];
  secret: Scalars['String']['input'];
}>;


export type TrackingStatusQuery = { __typename?: 'Query', complaintStatus?: { __typename?: 'ComplaintTracking', reference: string, status: ComplaintStatus, receivedAt?: string | null, acknowledgementDueAt?: string | null, resolutionDueAt?: string | null, extensionReason?: string | null, outcome?: ComplaintOutcome | null, letters: Array<{ __typename?: 'TrackedLetter', kind: LetterKind, sentAt: string, language: string, subject?: string | null, body?: string | null }>, disputesRoute?: { __typename?: 'TrackedDisputesRoute', name: string, postalAddress?: string | null, website?: string | null, appealWithinMonths?: number | null } | null } | null };

export type TrackingComplaintsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrackingComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, version: number, reference: string } }> } | null };

export type TrackingRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type TrackingRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string } };

export type TrackingIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrackingIssueMutation = { __typename?: 'Mutation', issueComplaintTrackingSecret: { __typename?: 'IssuedTrackingSecret', reference: string, trackingSecret: string } };

export type TrackingUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type TrackingUpdateMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', version: number } };

export type TrackingAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type TrackingAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', version: number } };

export type TrackingStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type TrackingStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', version: number } };

export type TrackingExtendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ExtendComplaintDeadlineInput;
}>;


export type TrackingExtendMutation = { __typename?: 'Mutation', extendComplaintDeadline: { __typename?: 'Complaint', version: number, workingResolutionDueAt: string } };

export type TrackingResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type TrackingResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', version: number } };

export type TrackingCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type TrackingCloseMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', version: number } };

export type TrackingAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type TrackingAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', anonymizedAt?: string | null } };

export type TrackingAuditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrackingAuditQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, changes: Record<string, unknown> } }> } | null };

export type ComplaintsByPromisePageQueryVariables = Exact<{
  promiseId: Scalars['ID']['input'];
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ComplaintsByPromisePageQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, receivedAt: string } }> } | null };

export type ComplaintsComplaintFieldsFragment = { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> };

export type ComplaintsRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type ComplaintsRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type ComplaintsSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type ComplaintsUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type ComplaintsUpdateMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplaintsComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } | null };

export type ComplaintsAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type ComplaintsAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type ComplaintsStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type ComplaintsResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type ComplaintsCloseMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsEscalateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EscalateComplaintInput;
}>;


export type ComplaintsEscalateMutation = { __typename?: 'Mutation', escalateComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsDecideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RecordEscalationDecisionInput;
}>;


export type ComplaintsDecideMutation = { __typename?: 'Mutation', recordEscalationDecision: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsDisputesCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplaintsDisputesCaseQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', disputesCase?: { __typename?: 'DisputesCase', status: DisputesCaseStatus, outcome?: ComplaintOutcome | null, binding?: boolean | null, body: { __typename?: 'DisputesBody', name: string, outcomeKind?: DisputesOutcomeKind | null } } | null } | null };

export type ComplaintsSatisfactionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RecordSatisfactionInput;
}>;


export type ComplaintsSatisfactionMutation = { __typename?: 'Mutation', recordComplaintSatisfaction: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ComplaintsAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, channel: ComplaintChannel, subject: string, description?: string | null, status: ComplaintStatus, categories: Array<ComplaintCategory>, acknowledgementDueAt: string, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, resolutionDueAt: string, resolvedAt?: string | null, resolvedOnTime?: boolean | null, decision?: string | null, outcome?: ComplaintOutcome | null, closedAt?: string | null, isOverdue: boolean, satisfaction?: number | null, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null, phone?: string | null, customerReference?: string | null } | null, handler?: { __typename?: 'User', id: string } | null, registeredBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string }>, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type ComplaintsListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
  category?: InputMaybe<ComplaintCategory>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<ComplaintSort>;
}>;


export type ComplaintsListQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', cursor: string, node: { __typename?: 'Complaint', id: string, reference: string, subject: string, status: ComplaintStatus, isOverdue: boolean, receivedAt: string, resolutionDueAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type ComplaintsCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintsCountsQuery = { __typename?: 'Query', complaintCounts?: { __typename?: 'ComplaintCounts', total: number, unresolved: number, unresolvedOverdue: number, byStatus: Array<{ __typename?: 'ComplaintStatusCount', status: ComplaintStatus, count: number }> } | null };

export type ComplaintsOrganizationVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintsOrganizationVersionQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number } | null };

export type ComplaintsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type ComplaintsUpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', version: number, complaintPolicy: { __typename?: 'ComplaintPolicy', acknowledgeWithin: number, acknowledgeUnit: DeadlineUnit } } };

export type ComplaintsAddClosureDayMutationVariables = Exact<{
  input: AddClosureDayInput;
}>;


export type ComplaintsAddClosureDayMutation = { __typename?: 'Mutation', addClosureDay: { __typename?: 'ClosureDay', id: string, date: string, reason: string, version: number } };

export type ComplaintsRemoveClosureDayMutationVariables = Exact<{
  date: Scalars['LocalDate']['input'];
  v: Scalars['Int']['input'];
}>;


export type ComplaintsRemoveClosureDayMutation = { __typename?: 'Mutation', removeClosureDay: { __typename?: 'ClosureDay', date: string } };

export type ComplaintsClosureDaysQueryVariables = Exact<{
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ComplaintsClosureDaysQuery = { __typename?: 'Query', closureDays?: { __typename?: 'ClosureDayConnection', totalCount: number, edges: Array<{ __typename?: 'ClosureDayEdge', node: { __typename?: 'ClosureDay', date: string, reason: string } }> } | null };

export type ComplaintsPromiseComplaintsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplaintsPromiseComplaintsQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', key: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } }> } | null };

export type ComplaintsAuditEventsQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ComplaintsAuditEventsQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, changes: Record<string, unknown> } }> } | null };

export type ActionsActionFieldsFragment = { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null };

export type ActionsCreateMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type ActionsCreateMutation = { __typename?: 'Mutation', createCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCorrectiveActionInput;
}>;


export type ActionsUpdateMutation = { __typename?: 'Mutation', updateCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CorrectiveActionStepInput;
}>;


export type ActionsStartMutation = { __typename?: 'Mutation', startCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsCompleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CorrectiveActionStepInput;
}>;


export type ActionsCompleteMutation = { __typename?: 'Mutation', completeCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsCheckMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CheckEffectivenessInput;
}>;


export type ActionsCheckMutation = { __typename?: 'Mutation', checkCorrectiveActionEffectiveness: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReopenCorrectiveActionInput;
}>;


export type ActionsReopenMutation = { __typename?: 'Mutation', reopenCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CancelCorrectiveActionInput;
}>;


export type ActionsCancelMutation = { __typename?: 'Mutation', cancelCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } };

export type ActionsActionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionsActionQuery = { __typename?: 'Query', correctiveAction?: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, rootCause?: string | null, plannedAction: string, dueOn: string, status: CorrectiveActionStatus, startedAt?: string | null, doneAt?: string | null, reopenNote?: string | null, cancellationReason?: string | null, cancelledAt?: string | null, decidedAt?: string | null, isOverdue: boolean, promise: { __typename?: 'CodePromise', id: string, key: string }, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, owner: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, effectivenessCheck?: { __typename?: 'EffectivenessCheck', verifiedOn: string, effective: boolean, note: string, verifiedBy: { __typename?: 'User', id: string } } | null } | null };

export type ActionsListQueryVariables = Exact<{
  status?: InputMaybe<Array<CorrectiveActionStatus> | CorrectiveActionStatus>;
  kind?: InputMaybe<CorrectiveActionKind>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ActionsListQuery = { __typename?: 'Query', correctiveActions?: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, dueOn: string } }> } | null };

export type ActionsOverdueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActionsOverdueQuery = { __typename?: 'Query', overdueCorrectiveActions?: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, dueOn: string, status: CorrectiveActionStatus, isOverdue: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type ActionsRegisterComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type ActionsRegisterComplaintMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string } };

export type ActionsComplaintActionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionsComplaintActionsQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', correctiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, promise: { __typename?: 'CodePromise', key: string, complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, correctiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string } }> } } } }> } } | null };

export type ActionsComplaintPromisesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActionsComplaintPromisesQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', id: string, correctiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string } }> } }> } | null };

export type ActionsAuditEventsQueryVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ActionsAuditEventsQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, changes: Record<string, unknown> } }> } | null };

export type CorrespondenceTemplateFieldsFragment = { __typename?: 'LetterTemplate', id: string, kind: LetterKind, language: string, subject: string, body: string, version: number };

export type CorrespondenceCreateTemplateMutationVariables = Exact<{
  input: CreateLetterTemplateInput;
}>;


export type CorrespondenceCreateTemplateMutation = { __typename?: 'Mutation', createLetterTemplate: { __typename?: 'LetterTemplate', id: string, kind: LetterKind, language: string, subject: string, body: string, version: number } };

export type CorrespondenceUpdateTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateLetterTemplateInput;
}>;


export type CorrespondenceUpdateTemplateMutation = { __typename?: 'Mutation', updateLetterTemplate: { __typename?: 'LetterTemplate', id: string, kind: LetterKind, language: string, subject: string, body: string, version: number } };

export type CorrespondenceDeleteTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type CorrespondenceDeleteTemplateMutation = { __typename?: 'Mutation', deleteLetterTemplate: { __typename?: 'LetterTemplate', id: string } };

export type CorrespondenceTemplatesQueryVariables = Exact<{
  kind?: InputMaybe<LetterKind>;
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type CorrespondenceTemplatesQuery = { __typename?: 'Query', letterTemplates?: { __typename?: 'LetterTemplateConnection', totalCount: number, edges: Array<{ __typename?: 'LetterTemplateEdge', node: { __typename?: 'LetterTemplate', kind: LetterKind, language: string } }> } | null };

export type CorrespondencePlaceholdersQueryVariables = Exact<{ [key: string]: never; }>;


export type CorrespondencePlaceholdersQuery = { __typename?: 'Query', letterPlaceholders?: Array<{ __typename?: 'LetterPlaceholderInfo', name: string, description: string, requiredIn: Array<LetterKind> }> | null };

export type CorrespondencePreviewQueryVariables = Exact<{
  complaintId: Scalars['ID']['input'];
  kind: LetterKind;
  language?: InputMaybe<Scalars['String']['input']>;
  decision?: InputMaybe<Scalars['String']['input']>;
}>;


export type CorrespondencePreviewQuery = { __typename?: 'Query', previewLetter?: { __typename?: 'LetterPreview', kind: LetterKind, language: string, templateId?: string | null, subject: string, body: string, missing: Array<string> } | null };

export type CorrespondenceRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type CorrespondenceRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string, receivedAt: string, resolutionDueAt: string } };

export type CorrespondenceAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type CorrespondenceAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number, status: ComplaintStatus, acknowledgedAt?: string | null, acknowledgedOnTime?: boolean | null, letters: Array<{ __typename?: 'ComplaintLetter', id: string, kind: LetterKind, language: string, channel: LetterChannel, sentAt: string, subject?: string | null, body?: string | null, edited: boolean, sentBy?: { __typename?: 'User', id: string } | null }>, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', to: ComplaintStatus, letter?: { __typename?: 'ComplaintLetter', id: string, kind: LetterKind } | null }> } };

export type CorrespondenceStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type CorrespondenceStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', id: string, version: number } };

export type CorrespondenceResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type CorrespondenceResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number, status: ComplaintStatus, resolvedAt?: string | null, letters: Array<{ __typename?: 'ComplaintLetter', kind: LetterKind, language: string, channel: LetterChannel, body?: string | null, edited: boolean }>, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', to: ComplaintStatus, letter?: { __typename?: 'ComplaintLetter', kind: LetterKind } | null }> } };

export type CorrespondenceComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CorrespondenceComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', status: ComplaintStatus, version: number, letters: Array<{ __typename?: 'ComplaintLetter', kind: LetterKind, body?: string | null, subject?: string | null }> } | null };

export type CorrespondenceMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CorrespondenceMemberQuery = { __typename?: 'Query', user?: { __typename?: 'User', name: string } | null };

export type CorrespondenceExtendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ExtendComplaintDeadlineInput;
}>;


export type CorrespondenceExtendMutation = { __typename?: 'Mutation', extendComplaintDeadline: { __typename?: 'Complaint', id: string, version: number, workingResolutionDueAt: string, letters: Array<{ __typename?: 'ComplaintLetter', id: string, kind: LetterKind, language: string, channel: LetterChannel, sentAt: string, subject?: string | null, body?: string | null, edited: boolean }>, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind, dueAt?: string | null, note?: string | null, letter?: { __typename?: 'ComplaintLetter', id: string, kind: LetterKind } | null }> } };

export type CorrespondenceExtendedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CorrespondenceExtendedQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', version: number, workingResolutionDueAt: string, extendedResolutionDueAt?: string | null, letters: Array<{ __typename?: 'ComplaintLetter', kind: LetterKind }>, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', kind: ComplaintTimelineEventKind }> } | null };

export type FaultsCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type FaultsCreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'Resource', id: string, description: string } };

export type FaultsRenameOrganizationMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type FaultsRenameOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', name: string } };

export type FaultsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultsMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string } | null };

export type DisputesBodyFieldsFragment = { __typename?: 'DisputesBody', id: string, name: string, outcomeKind?: DisputesOutcomeKind | null, feeCents?: number | null, currency?: string | null, feeRefundRule: FeeRefundRule, responseWithin?: number | null, responseUnit?: DeadlineUnit | null, appealWithinMonths?: number | null, website?: string | null, source?: string | null, isDefault: boolean, version: number };

export type DisputesCaseFieldsFragment = { __typename?: 'DisputesCase', id: string, version: number, origin: DisputesCaseOrigin, status: DisputesCaseStatus, bodyReference?: string | null, filedAt: string, responseDueAt?: string | null, respondedAt?: string | null, respondedOnTime?: boolean | null, outcome?: ComplaintOutcome | null, decidedAt?: string | null, binding?: boolean | null, adviceFollowed?: boolean | null, feeCents?: number | null, feeCurrency?: string | null, feeRefundDue?: boolean | null, feeRefundedOn?: string | null, closedAt?: string | null, compliance?: { __typename?: 'DisputesCaseCompliance', on?: string | null, description?: string | null, documentReference?: string | null } | null, body: { __typename?: 'DisputesBody', id: string, name: string }, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, reference: string, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', from?: ComplaintStatus | null, to: ComplaintStatus }> } };

export type DisputesCreateBodyMutationVariables = Exact<{
  input: CreateDisputesBodyInput;
}>;


export type DisputesCreateBodyMutation = { __typename?: 'Mutation', createDisputesBody: { __typename?: 'DisputesBody', id: string, name: string, outcomeKind?: DisputesOutcomeKind | null, feeCents?: number | null, currency?: string | null, feeRefundRule: FeeRefundRule, responseWithin?: number | null, responseUnit?: DeadlineUnit | null, appealWithinMonths?: number | null, website?: string | null, source?: string | null, isDefault: boolean, version: number } };

export type DisputesUpdateBodyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDisputesBodyInput;
}>;


export type DisputesUpdateBodyMutation = { __typename?: 'Mutation', updateDisputesBody: { __typename?: 'DisputesBody', id: string, name: string, outcomeKind?: DisputesOutcomeKind | null, feeCents?: number | null, currency?: string | null, feeRefundRule: FeeRefundRule, responseWithin?: number | null, responseUnit?: DeadlineUnit | null, appealWithinMonths?: number | null, website?: string | null, source?: string | null, isDefault: boolean, version: number } };

export type DisputesBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DisputesBodiesQuery = { __typename?: 'Query', disputesBodies?: { __typename?: 'DisputesBodyConnection', edges: Array<{ __typename?: 'DisputesBodyEdge', node: { __typename?: 'DisputesBody', name: string, isDefault: boolean } }> } | null };

export type DisputesOpenMutationVariables = Exact<{
  input: OpenDisputesCaseInput;
}>;


export type DisputesOpenMutation = { __typename?: 'Mutation', openDisputesCase: { __typename?: 'DisputesCase', id: string, version: number, origin: DisputesCaseOrigin, status: DisputesCaseStatus, bodyReference?: string | null, filedAt: string, responseDueAt?: string | null, respondedAt?: string | null, respondedOnTime?: boolean | null, outcome?: ComplaintOutcome | null, decidedAt?: string | null, binding?: boolean | null, adviceFollowed?: boolean | null, feeCents?: number | null, feeCurrency?: string | null, feeRefundDue?: boolean | null, feeRefundedOn?: string | null, closedAt?: string | null, compliance?: { __typename?: 'DisputesCaseCompliance', on?: string | null, description?: string | null, documentReference?: string | null } | null, body: { __typename?: 'DisputesBody', id: string, name: string }, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, reference: string, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', from?: ComplaintStatus | null, to: ComplaintStatus }> } } };

export type DisputesForwardedMutationVariables = Exact<{
  input: RegisterForwardedDisputesCaseInput;
}>;


export type DisputesForwardedMutation = { __typename?: 'Mutation', registerForwardedDisputesCase: { __typename?: 'DisputesCase', id: string, version: number, origin: DisputesCaseOrigin, status: DisputesCaseStatus, bodyReference?: string | null, filedAt: string, responseDueAt?: string | null, respondedAt?: string | null, respondedOnTime?: boolean | null, outcome?: ComplaintOutcome | null, decidedAt?: string | null, binding?: boolean | null, adviceFollowed?: boolean | null, feeCents?: number | null, feeCurrency?: string | null, feeRefundDue?: boolean | null, feeRefundedOn?: string | null, closedAt?: string | null, compliance?: { __typename?: 'DisputesCaseCompliance', on?: string | null, description?: string | null, documentReference?: string | null } | null, body: { __typename?: 'DisputesBody', id: string, name: string }, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, reference: string, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', from?: ComplaintStatus | null, to: ComplaintStatus }> } } };

export type DisputesRespondMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RespondToDisputesCaseInput;
}>;


export type DisputesRespondMutation = { __typename?: 'Mutation', respondToDisputesCase: { __typename?: 'DisputesCase', id: string, version: number, origin: DisputesCaseOrigin, status: DisputesCaseStatus, bodyReference?: string | null, filedAt: string, responseDueAt?: string | null, respondedAt?: string | null, respondedOnTime?: boolean | null, outcome?: ComplaintOutcome | null, decidedAt?: string | null, binding?: boolean | null, adviceFollowed?: boolean | null, feeCents?: number | null, feeCurrency?: string | null, feeRefundDue?: boolean | null, feeRefundedOn?: string | null, closedAt?: string | null, compliance?: { __typename?: 'DisputesCaseCompliance', on?: string | null, description?: string | null, documentReference?: string | null } | null, body: { __typename?: 'DisputesBody', id: string, name: string }, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, reference: string, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', from?: ComplaintStatus | null, to: ComplaintStatus }> } } };

export type DisputesDecideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DecideDisputesCaseInput;
}>;


export type DisputesDecideMutation = { __typename?: 'Mutation', decideDisputesCase: { __typename?: 'DisputesCase', id: string, version: number, origin: DisputesCaseOrigin, status: DisputesCaseStatus, bodyReference?: string | null, filedAt: string, responseDueAt?: string | null, respondedAt?: string | null, respondedOnTime?: boolean | null, outcome?: ComplaintOutcome | null, decidedAt?: string | null, binding?: boolean | null, adviceFollowed?: boolean | null, feeCents?: number | null, feeCurrency?: string | null, feeRefundDue?: boolean | null, feeRefundedOn?: string | null, closedAt?: string | null, compliance?: { __typename?: 'DisputesCaseCompliance', on?: string | null, description?: string | null, documentReference?: string | null } | null, body: { __typename?: 'DisputesBody', id: string, name: string }, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, reference: string, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', from?: ComplaintStatus | null, to: ComplaintStatus }> } } };

export type DisputesCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CloseDisputesCaseInput;
}>;


export type DisputesCloseMutation = { __typename?: 'Mutation', closeDisputesCase: { __typename?: 'DisputesCase', id: string, version: number, origin: DisputesCaseOrigin, status: DisputesCaseStatus, bodyReference?: string | null, filedAt: string, responseDueAt?: string | null, respondedAt?: string | null, respondedOnTime?: boolean | null, outcome?: ComplaintOutcome | null, decidedAt?: string | null, binding?: boolean | null, adviceFollowed?: boolean | null, feeCents?: number | null, feeCurrency?: string | null, feeRefundDue?: boolean | null, feeRefundedOn?: string | null, closedAt?: string | null, compliance?: { __typename?: 'DisputesCaseCompliance', on?: string | null, description?: string | null, documentReference?: string | null } | null, body: { __typename?: 'DisputesBody', id: string, name: string }, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, reference: string, escalation?: { __typename?: 'ComplaintEscalation', body: string, escalatedAt: string, outcome?: ComplaintOutcome | null, binding?: boolean | null, decidedAt?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', from?: ComplaintStatus | null, to: ComplaintStatus }> } } };

export type DisputesCasesQueryVariables = Exact<{
  status?: InputMaybe<Array<DisputesCaseStatus> | DisputesCaseStatus>;
}>;


export type DisputesCasesQuery = { __typename?: 'Query', disputesCases?: { __typename?: 'DisputesCaseConnection', totalCount: number, edges: Array<{ __typename?: 'DisputesCaseEdge', node: { __typename?: 'DisputesCase', id: string, status: DisputesCaseStatus } }> } | null };

export type DisputesComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisputesComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, status: ComplaintStatus, version: number, disputesCase?: { __typename?: 'DisputesCase', id: string, status: DisputesCaseStatus } | null } | null };

export type DisputesRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type DisputesRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type DisputesAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type DisputesAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type DisputesStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type DisputesStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', id: string, version: number } };

export type DisputesResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type DisputesResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number, resolvedAt?: string | null } };

export type DisputesCloseComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type DisputesCloseComplaintMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type DisputesAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type DisputesAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', id: string, anonymizedAt?: string | null } };

export type DisputesCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type DisputesCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', promises: Array<{ __typename?: 'PromiseStatusReport', promise: { __typename?: 'CodePromise', key: string }, complaints: { __typename?: 'PromiseComplaintFigures', received: number, disputes: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } } }> } | null };

export type DisputesAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type DisputesAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, disputes?: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } | null }> } | null };

export type PayloadsSubscribeMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type PayloadsSubscribeMutation = { __typename?: 'Mutation', createWebhookSubscription: { __typename?: 'WebhookSubscriptionCreated', secret: string } };

export type PayloadsRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type PayloadsRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type PayloadsAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type PayloadsAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type PayloadsRenameMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type PayloadsRenameMemberMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, version: number } };

export type PayloadsMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PayloadsMemberQuery = { __typename?: 'Query', user?: { __typename?: 'User', version: number } | null };

export type ExamplesClientComplaintCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesClientComplaintCountQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number } | null };

export type ExamplesClientFirstCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesClientFirstCodeQuery = { __typename?: 'Query', codes?: { __typename?: 'CodeConnection', edges: Array<{ __typename?: 'CodeEdge', node: { __typename?: 'Code', id: string, version: number } }> } | null };

export type FinautCreateRequirementMutationVariables = Exact<{
  input: CreateTrainingRequirementInput;
}>;


export type FinautCreateRequirementMutation = { __typename?: 'Mutation', createTrainingRequirement: { __typename?: 'TrainingRequirement', id: string, authorisation: boolean, subject?: string | null } };

export type FinautCreateRecordMutationVariables = Exact<{
  input: CreateTrainingRecordInput;
}>;


export type FinautCreateRecordMutation = { __typename?: 'Mutation', createTrainingRecord: { __typename?: 'TrainingRecord', id: string } };

export type FinautStatusQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type FinautStatusQuery = { __typename?: 'Query', authorisationStatus?: { __typename?: 'AuthorisationStatus', eligibility: AuthorisationEligibility, missingItems: Array<string>, practice: { __typename?: 'AuthorisationPractice', requiredMonths: number, documentedMonths: number }, elements: Array<{ __typename?: 'AuthorisationElement', assessment: TrainingAssessment, topic?: TrainingTopic | null, subject?: string | null, status: CompetenceStatus, validUntil?: string | null, requirement?: { __typename?: 'TrainingRequirement', title: string } | null }>, registration?: { __typename?: 'AuthorisationRegistration', version: number, practiceMonths: number, registerStatus: AuthorisationRegisterStatus, registerNumber?: string | null } | null } | null };

export type FinautRegisterMutationVariables = Exact<{
  input: RecordAuthorisationRegistrationInput;
}>;


export type FinautRegisterMutation = { __typename?: 'Mutation', recordAuthorisationRegistration: { __typename?: 'AuthorisationRegistration', version: number, practiceMonths: number, registerStatus: AuthorisationRegisterStatus, registerNumber?: string | null, registerStatusSince?: string | null } };

export type FoundationUsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FoundationUsersQuery = { __typename?: 'Query', users?: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type FoundationCreateUsersMutationVariables = Exact<{
  input: Array<CreateUserInput> | CreateUserInput;
}>;


export type FoundationCreateUsersMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string, email: string, version: number }> };

export type FoundationUpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type FoundationUpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, name: string, version: number } };

export type FoundationUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FoundationUserQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, name: string } | null };

export type FoundationDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationDashboardQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string } | null };

export type FoundationWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationWhoAmIQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organizationSlug: string, user: { __typename?: 'User', name: string } } | null, organization?: { __typename?: 'Organization', slug: string, timezone: string, holidayCountry: string } | null };

export type FoundationPartialDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundationPartialDashboardQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role> } | null, auditEvents?: { __typename?: 'AuditEventConnection', totalCount: number } | null, organization?: { __typename?: 'Organization', slug: string } | null };

export type FoundationAuditQueryVariables = Exact<{
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FoundationAuditQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', action: string, entityType: string, entityId?: string | null, actorId?: string | null, actorRoles: Array<string>, changes: Record<string, unknown> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type ShutdownRenameMutationVariables = Exact<{ [key: string]: never; }>;


export type ShutdownRenameMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', name: string } };

export type IdentityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organizationSlug: string, user: { __typename?: 'User', id: string, name: string, active: boolean } } | null };

export type IdentityCreateUsersMutationVariables = Exact<{
  input: Array<CreateUserInput> | CreateUserInput;
}>;


export type IdentityCreateUsersMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string, version: number, roles: Array<Role>, active: boolean }> };

export type IdentityUpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type IdentityUpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, version: number, active: boolean, roles: Array<Role> } };

export type IdentityAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityAuditQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, entityId?: string | null, actorId?: string | null, actor?: { __typename?: 'User', id: string, name: string, email: string } | null } }> } | null };

export type IdentityCreateXInAlphaMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityCreateXInAlphaMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string }> };

export type IdentityCreateXInBetaMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityCreateXInBetaMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string }> };

export type InputSafetyCreateCodeMutationVariables = Exact<{
  input: CreateCodeInput;
}>;


export type InputSafetyCreateCodeMutation = { __typename?: 'Mutation', createCode: { __typename?: 'Code', id: string, title: string, scope: string } };

export type InputSafetyRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type InputSafetyRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, subject: string, acknowledgementDueAt: string, resolutionDueAt: string } };

export type InputSafetySubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type InputSafetySubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type InputSafetyComplaintsQueryVariables = Exact<{
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type InputSafetyComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number } | null };

export type InputSafetyCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type InputSafetyCreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'Resource', id: string, quantity: number } };

export type InputSafetyUpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResourceInput;
}>;


export type InputSafetyUpdateResourceMutation = { __typename?: 'Mutation', updateResource: { __typename?: 'Resource', id: string } };

export type InputSafetyResourcesQueryVariables = Exact<{
  codeId?: InputMaybe<Scalars['ID']['input']>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InputSafetyResourcesQuery = { __typename?: 'Query', resources?: { __typename?: 'ResourceConnection', totalCount: number } | null };

export type InputSafetyCreateChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type InputSafetyCreateChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string, name: string } };

export type InputSafetyCreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type InputSafetyCreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string, target: number } };

export type InputSafetyRecordMutationVariables = Exact<{
  input: Array<RecordKpiMeasurementInput> | RecordKpiMeasurementInput;
}>;


export type InputSafetyRecordMutation = { __typename?: 'Mutation', recordMeasurements: Array<{ __typename?: 'KpiMeasurement', id: string }> };

export type InputSafetyCreateReviewMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type InputSafetyCreateReviewMutation = { __typename?: 'Mutation', createManagementReview: { __typename?: 'ManagementReview', id: string } };

export type InputSafetyUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type InputSafetyUpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', version: number, complaintPolicy: { __typename?: 'ComplaintPolicy', acknowledgeWithin: number, acknowledgeUnit: DeadlineUnit, resolveWithin: number, resolveUnit: DeadlineUnit } } };

export type InputSafetyOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type InputSafetyOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number, complaintPolicy: { __typename?: 'ComplaintPolicy', acknowledgeWithin: number, acknowledgeUnit: DeadlineUnit, resolveWithin: number, resolveUnit: DeadlineUnit } } | null };

export type IsoClausesFrameworkQueryVariables = Exact<{ [key: string]: never; }>;


export type IsoClausesFrameworkQuery = { __typename?: 'Query', normFramework?: { __typename?: 'NormFramework', requirements: Array<{ __typename?: 'NormRequirement', ref: string, title: string, children: Array<{ __typename?: 'NormRequirement', ref: string, title: string }> }> } | null };

export type InstancesSubscribeMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type InstancesSubscribeMutation = { __typename?: 'Mutation', createWebhookSubscription: { __typename?: 'WebhookSubscriptionCreated', secret: string, subscription: { __typename?: 'WebhookSubscription', id: string } } };

export type InstancesRenameMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type InstancesRenameMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', version: number } };

export type InstancesVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type InstancesVersionQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number } | null };

export type OperationsJobsQueryVariables = Exact<{
  state?: InputMaybe<JobState>;
  queue?: InputMaybe<Scalars['String']['input']>;
}>;


export type OperationsJobsQuery = { __typename?: 'Query', jobs?: { __typename?: 'JobsOverview', enabled: boolean, queues: Array<{ __typename?: 'JobQueueStatus', name: string, waiting: number, retrying: number, active: number, completed: number, failed: number }>, jobs: Array<{ __typename?: 'Job', id: string, queue: string, state: JobState, retryCount: number, retryLimit: number, createdAt: string, completedAt?: string | null, error?: string | null }> } | null };

export type JobsShutdownSubscribeMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type JobsShutdownSubscribeMutation = { __typename?: 'Mutation', createWebhookSubscription: { __typename?: 'WebhookSubscriptionCreated', secret: string } };

export type JobsShutdownRenameMutationVariables = Exact<{ [key: string]: never; }>;


export type JobsShutdownRenameMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', name: string } };

export type JwksWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksWhoAmIQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organizationSlug: string } | null };

export type JwksMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksMeIdQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string } | null };

export type JwksMemberQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksMemberQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, externalSubject?: string | null } } | null };

export type KpisKpiFieldsFragment = { __typename?: 'Kpi', id: string, version: number, name: string, kind: KpiKind, unit: KpiUnit, direction: KpiDirection, target: number, threshold: number, frequency: KpiFrequency, promiseKey: string, archived: boolean, archivedAt?: string | null, chain: { __typename?: 'KpiChain', id: string, name: string }, code: { __typename?: 'Code', id: string, key: string }, promise?: { __typename?: 'CodePromise', id: string, key: string, title: string } | null };

export type KpisCreateChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type KpisCreateChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string, name: string, version: number, activeKpiCount: number, kpiLimit: number, capacityWarning?: string | null } };

export type KpisChainQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KpisChainQuery = { __typename?: 'Query', kpiChain?: { __typename?: 'KpiChain', id: string, name: string, activeKpiCount: number, kpiLimit: number, capacityWarning?: string | null, kpis: Array<{ __typename?: 'Kpi', name: string }>, links: Array<{ __typename?: 'KpiLink', cause: { __typename?: 'Kpi', name: string }, effect: { __typename?: 'Kpi', name: string } }> } | null };

export type KpisCreateMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type KpisCreateMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string, version: number, name: string, kind: KpiKind, unit: KpiUnit, direction: KpiDirection, target: number, threshold: number, frequency: KpiFrequency, promiseKey: string, archived: boolean, archivedAt?: string | null, chain: { __typename?: 'KpiChain', id: string, name: string }, code: { __typename?: 'Code', id: string, key: string }, promise?: { __typename?: 'CodePromise', id: string, key: string, title: string } | null } };

export type KpisUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateKpiInput;
}>;


export type KpisUpdateMutation = { __typename?: 'Mutation', updateKpi: { __typename?: 'Kpi', id: string, version: number, name: string, kind: KpiKind, unit: KpiUnit, direction: KpiDirection, target: number, threshold: number, frequency: KpiFrequency, promiseKey: string, archived: boolean, archivedAt?: string | null, chain: { __typename?: 'KpiChain', id: string, name: string }, code: { __typename?: 'Code', id: string, key: string }, promise?: { __typename?: 'CodePromise', id: string, key: string, title: string } | null } };

export type KpisArchiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type KpisArchiveMutation = { __typename?: 'Mutation', archiveKpi: { __typename?: 'Kpi', id: string, version: number, archived: boolean, archivedAt?: string | null } };

export type KpisRestoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type KpisRestoreMutation = { __typename?: 'Mutation', restoreKpi: { __typename?: 'Kpi', id: string, version: number, archived: boolean } };

export type KpisKpiQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KpisKpiQuery = { __typename?: 'Query', kpi?: { __typename?: 'Kpi', id: string, version: number, name: string, kind: KpiKind, unit: KpiUnit, direction: KpiDirection, target: number, threshold: number, frequency: KpiFrequency, promiseKey: string, archived: boolean, archivedAt?: string | null, chain: { __typename?: 'KpiChain', id: string, name: string }, code: { __typename?: 'Code', id: string, key: string }, promise?: { __typename?: 'CodePromise', id: string, key: string, title: string } | null } | null };

export type KpisListQueryVariables = Exact<{
  chainId?: InputMaybe<Scalars['ID']['input']>;
  codeId?: InputMaybe<Scalars['ID']['input']>;
  promiseKey?: InputMaybe<Scalars['String']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KpisListQuery = { __typename?: 'Query', kpis?: { __typename?: 'KpiConnection', totalCount: number, edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', name: string, archived: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type KpisLinkMutationVariables = Exact<{
  c: Scalars['ID']['input'];
  e: Scalars['ID']['input'];
}>;


export type KpisLinkMutation = { __typename?: 'Mutation', linkKpis: { __typename?: 'KpiLink', id: string, cause: { __typename?: 'Kpi', name: string }, effect: { __typename?: 'Kpi', name: string } } };

export type KpisUnlinkMutationVariables = Exact<{
  c: Scalars['ID']['input'];
  e: Scalars['ID']['input'];
}>;


export type KpisUnlinkMutation = { __typename?: 'Mutation', unlinkKpis: { __typename?: 'KpiLink', id: string, cause: { __typename?: 'Kpi', name: string }, effect: { __typename?: 'Kpi', name: string } } };

export type KpisGraphQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KpisGraphQuery = { __typename?: 'Query', kpi?: { __typename?: 'Kpi', name: string, causes: Array<{ __typename?: 'Kpi', name: string }>, effects: Array<{ __typename?: 'Kpi', name: string }>, allCauses: Array<{ __typename?: 'Kpi', name: string }>, allEffects: Array<{ __typename?: 'Kpi', name: string }> } | null };

export type KpisRecordMutationVariables = Exact<{
  input: Array<RecordKpiMeasurementInput> | RecordKpiMeasurementInput;
}>;


export type KpisRecordMutation = { __typename?: 'Mutation', recordMeasurements: Array<{ __typename?: 'KpiMeasurement', id: string, periodStart: string, periodEnd: string, value: number, note?: string | null, corrected: boolean, version: number, recordedBy?: { __typename?: 'User', id: string } | null, kpi: { __typename?: 'Kpi', id: string } }> };

export type KpisStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  periods?: InputMaybe<Scalars['Int']['input']>;
}>;


export type KpisStatusQuery = { __typename?: 'Query', kpi?: { __typename?: 'Kpi', status: KpiStatus, trend?: KpiTrend | null, expectedPeriod: { __typename?: 'KpiPeriod', start: string, end: string }, latestMeasurement?: { __typename?: 'KpiMeasurement', periodStart: string, value: number } | null } | null };

export type KpisHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type KpisHistoryQuery = { __typename?: 'Query', kpi?: { __typename?: 'Kpi', measurements: { __typename?: 'KpiMeasurementConnection', totalCount: number, edges: Array<{ __typename?: 'KpiMeasurementEdge', cursor: string, node: { __typename?: 'KpiMeasurement', periodStart: string, value: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type KpisPromiseKpisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KpisPromiseKpisQuery = { __typename?: 'Query', kpi?: { __typename?: 'Kpi', promise?: { __typename?: 'CodePromise', kpis: { __typename?: 'KpiConnection', totalCount: number, edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', name: string } }> } } | null } | null };

export type KpisAuditEventsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KpisAuditEventsQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, changes: Record<string, unknown> } }> } | null };

export type KpisAllWithHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type KpisAllWithHistoryQuery = { __typename?: 'Query', kpis?: { __typename?: 'KpiConnection', edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', name: string, status: KpiStatus, trend?: KpiTrend | null, measurements: { __typename?: 'KpiMeasurementConnection', totalCount: number, edges: Array<{ __typename?: 'KpiMeasurementEdge', node: { __typename?: 'KpiMeasurement', value: number } }> } } }> } | null };

export type LoadersRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type LoadersRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string } };

export type LoadersCreateActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type LoadersCreateActionMutation = { __typename?: 'Mutation', createCorrectiveAction: { __typename?: 'CorrectiveAction', id: string } };

export type LoadersActionComplaintsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LoadersActionComplaintsQuery = { __typename?: 'Query', correctiveAction?: { __typename?: 'CorrectiveAction', complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, subject: string } }> }, promise: { __typename?: 'CodePromise', complaints: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, subject: string } }> } } } | null };

export type LoadersComplaintActionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LoadersComplaintActionsQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', correctiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, title: string } }> }, promises: Array<{ __typename?: 'CodePromise', correctiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, title: string } }> } }> } | null };

export type LoadersPromiseComplaintCountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LoadersPromiseComplaintCountQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', complaints: { __typename?: 'ComplaintConnection', totalCount: number } }> } | null };

export type LoadersRegisterTwiceMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type LoadersRegisterTwiceMutation = { __typename?: 'Mutation', a: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', complaints: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } }> }, b: { __typename?: 'Complaint', id: string, promises: Array<{ __typename?: 'CodePromise', complaints: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } }> } };

export type LostUpdatesRegisterComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type LostUpdatesRegisterComplaintMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type LostUpdatesUpdateComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type LostUpdatesUpdateComplaintMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type LostUpdatesAcknowledgeComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type LostUpdatesAcknowledgeComplaintMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type LostUpdatesAddClosureDayMutationVariables = Exact<{
  input: AddClosureDayInput;
}>;


export type LostUpdatesAddClosureDayMutation = { __typename?: 'Mutation', addClosureDay: { __typename?: 'ClosureDay', id: string, version: number } };

export type LostUpdatesRemoveClosureDayMutationVariables = Exact<{
  date: Scalars['LocalDate']['input'];
  v: Scalars['Int']['input'];
}>;


export type LostUpdatesRemoveClosureDayMutation = { __typename?: 'Mutation', removeClosureDay: { __typename?: 'ClosureDay', id: string } };

export type LostUpdatesCreateCorrectiveActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type LostUpdatesCreateCorrectiveActionMutation = { __typename?: 'Mutation', createCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number, kind: CorrectiveActionKind, title: string, dueOn: string } };

export type LostUpdatesUpdateCorrectiveActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCorrectiveActionInput;
}>;


export type LostUpdatesUpdateCorrectiveActionMutation = { __typename?: 'Mutation', updateCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number } };

export type LostUpdatesStartCorrectiveActionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CorrectiveActionStepInput;
}>;


export type LostUpdatesStartCorrectiveActionMutation = { __typename?: 'Mutation', startCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, version: number } };

export type LostUpdatesCreateKpiChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type LostUpdatesCreateKpiChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string, version: number } };

export type LostUpdatesCreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type LostUpdatesCreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string, version: number } };

export type LostUpdatesUpdateKpiMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateKpiInput;
}>;


export type LostUpdatesUpdateKpiMutation = { __typename?: 'Mutation', updateKpi: { __typename?: 'Kpi', id: string, version: number } };

export type LostUpdatesArchiveKpiMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type LostUpdatesArchiveKpiMutation = { __typename?: 'Mutation', archiveKpi: { __typename?: 'Kpi', id: string, version: number } };

export type LostUpdatesCreateManagementReviewMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type LostUpdatesCreateManagementReviewMutation = { __typename?: 'Mutation', createManagementReview: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string } };

export type LostUpdatesUpdateManagementReviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateManagementReviewInput;
}>;


export type LostUpdatesUpdateManagementReviewMutation = { __typename?: 'Mutation', updateManagementReview: { __typename?: 'ManagementReview', id: string, version: number } };

export type LostUpdatesLinkPreventiveActionMutationVariables = Exact<{
  r: Scalars['ID']['input'];
  a: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type LostUpdatesLinkPreventiveActionMutation = { __typename?: 'Mutation', linkPreventiveAction: { __typename?: 'ManagementReview', id: string, version: number } };

export type LostUpdatesCreateTrainingRequirementMutationVariables = Exact<{
  input: CreateTrainingRequirementInput;
}>;


export type LostUpdatesCreateTrainingRequirementMutation = { __typename?: 'Mutation', createTrainingRequirement: { __typename?: 'TrainingRequirement', id: string, version: number } };

export type LostUpdatesUpdateTrainingRequirementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTrainingRequirementInput;
}>;


export type LostUpdatesUpdateTrainingRequirementMutation = { __typename?: 'Mutation', updateTrainingRequirement: { __typename?: 'TrainingRequirement', id: string, version: number } };

export type LostUpdatesDeleteTrainingRequirementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type LostUpdatesDeleteTrainingRequirementMutation = { __typename?: 'Mutation', deleteTrainingRequirement: { __typename?: 'TrainingRequirement', id: string } };

export type LostUpdatesCreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type LostUpdatesCreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'Resource', id: string, version: number } };

export type LostUpdatesUpdateResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResourceInput;
}>;


export type LostUpdatesUpdateResourceMutation = { __typename?: 'Mutation', updateResource: { __typename?: 'Resource', id: string, version: number } };

export type LostUpdatesDeleteResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type LostUpdatesDeleteResourceMutation = { __typename?: 'Mutation', deleteResource: { __typename?: 'Resource', id: string } };

export type LostUpdatesCreateCommunicationPlanMutationVariables = Exact<{
  input: CreateCommunicationPlanInput;
}>;


export type LostUpdatesCreateCommunicationPlanMutation = { __typename?: 'Mutation', createCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number } };

export type LostUpdatesUpdateCommunicationPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCommunicationPlanInput;
}>;


export type LostUpdatesUpdateCommunicationPlanMutation = { __typename?: 'Mutation', updateCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number } };

export type LostUpdatesCancelCommunicationPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: CancelCommunicationPlanInput;
}>;


export type LostUpdatesCancelCommunicationPlanMutation = { __typename?: 'Mutation', cancelCommunicationPlan: { __typename?: 'CommunicationPlan', id: string, version: number } };

export type LostUpdatesOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type LostUpdatesOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, version: number } | null };

export type LostUpdatesUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type LostUpdatesUpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, version: number } };

export type LostUpdatesCreateUsersMutationVariables = Exact<{
  input: Array<CreateUserInput> | CreateUserInput;
}>;


export type LostUpdatesCreateUsersMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string, version: number }> };

export type LostUpdatesUpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type LostUpdatesUpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, version: number } };

export type ReviewsAnalysisFieldsFragment = { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> };

export type ReviewsReviewFieldsFragment = { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } };

export type ReviewsCreateMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type ReviewsCreateMutation = { __typename?: 'Mutation', createManagementReview: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } };

export type ReviewsUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateManagementReviewInput;
}>;


export type ReviewsUpdateMutation = { __typename?: 'Mutation', updateManagementReview: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } };

export type ReviewsRefreshMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type ReviewsRefreshMutation = { __typename?: 'Mutation', refreshManagementReviewAnalysis: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } };

export type ReviewsLinkMutationVariables = Exact<{
  r: Scalars['ID']['input'];
  a: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type ReviewsLinkMutation = { __typename?: 'Mutation', linkPreventiveAction: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } };

export type ReviewsUnlinkMutationVariables = Exact<{
  r: Scalars['ID']['input'];
  a: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type ReviewsUnlinkMutation = { __typename?: 'Mutation', unlinkPreventiveAction: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } };

export type ReviewsSignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type ReviewsSignMutation = { __typename?: 'Mutation', signManagementReview: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } };

export type ReviewsReviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewsReviewQuery = { __typename?: 'Query', managementReview?: { __typename?: 'ManagementReview', id: string, version: number, year: number, title: string, status: ManagementReviewStatus, decisions: Array<string>, analysisTakenAt: string, signedAt?: string | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, signedBy?: { __typename?: 'User', id: string } | null, createdBy?: { __typename?: 'User', id: string } | null, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } }> }, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } } | null };

export type ReviewsReviewsQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ManagementReviewStatus>;
}>;


export type ReviewsReviewsQuery = { __typename?: 'Query', managementReviews?: { __typename?: 'ManagementReviewConnection', totalCount: number, edges: Array<{ __typename?: 'ManagementReviewEdge', node: { __typename?: 'ManagementReview', id: string, year: number, status: ManagementReviewStatus } }> } | null };

export type ReviewsAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ReviewsAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, previousYear: { __typename?: 'ComplaintYearFigures', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }> } | null };

export type ReviewsRegisterComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type ReviewsRegisterComplaintMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type ReviewsAcknowledgeComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type ReviewsAcknowledgeComplaintMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type ReviewsCreateActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type ReviewsCreateActionMutation = { __typename?: 'Mutation', createCorrectiveAction: { __typename?: 'CorrectiveAction', id: string, kind: CorrectiveActionKind, title: string } };

export type MetricsNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsNamesQuery = { __typename: 'Query' };

export type CachedCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type CachedCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, code: { __typename?: 'Code', key: string }, codeVersion?: { __typename?: 'CodeVersion', version: number } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, statusCounts: Array<{ __typename?: 'PromiseStatusCount', status: PromiseStatus, count: number }>, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, reasons: Array<string>, promise: { __typename?: 'CodePromise', key: string, title: string }, kpis: Array<{ __typename?: 'Kpi', name: string, status: KpiStatus, latestMeasurement?: { __typename?: 'KpiMeasurement', value: number } | null }>, kpiStatusCounts: Array<{ __typename?: 'KpiStatusCount', status: KpiStatus, count: number }>, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, overdue: number, upheld: number, partiallyUpheld: number, decided: number, overturned: number, acknowledgement: { __typename?: 'OnTimeRate', rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rate?: number | null }, disputes: { __typename?: 'DisputesFigures', cases: number, overturned: number } }, handling?: { __typename?: 'PromiseHandlingFigures', overdue: number } | null, correctiveActions: { __typename?: 'PromiseActionFigures', open: number, overdue: number, notEffective: number, verifiedEffective: number }, customerPerceived: { __typename?: 'CustomerPerceivedFigures', responses: number } }> } | null };

export type CachedAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CachedAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number }>, acknowledgement: { __typename?: 'OnTimeRate', rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number }, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, verifiedEffective: number, notEffective: number, effectivenessRate?: number | null }>, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number }>, changes: Array<{ __typename?: 'FigureChange', figure: string, change?: number | null }>, previousYear: { __typename?: 'ComplaintYearFigures', totals: { __typename?: 'ComplaintTotals', received: number, overdue: number } } } | null };

export type CachedAnalysisWithSurveysQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CachedAnalysisWithSurveysQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number }, customerSatisfaction?: { __typename?: 'CustomerSatisfactionFigures', responses: { __typename?: 'SurveyResponseRates', sent: number, answered: number } } | null } | null };

export type RollupsCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  period?: InputMaybe<PeriodInput>;
}>;


export type RollupsCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', period: { __typename?: 'ReportingPeriod', from: string, to: string }, promises: Array<{ __typename?: 'PromiseStatusReport', promise: { __typename?: 'CodePromise', key: string }, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, overdue: number, upheld: number, partiallyUpheld: number, decided: number, decidedUpheld: number, overturned: number, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, disputes: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } }, handling?: { __typename?: 'PromiseHandlingFigures', overdue: number, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null } } | null, correctiveActions: { __typename?: 'PromiseActionFigures', open: number, overdue: number, notEffective: number, verifiedEffective: number } }> } | null };

export type RollupsAnalysisFieldsFragment = { __typename?: 'ComplaintAnalysis', year: number, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number, disputes?: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } | null }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> };

export type RollupsPreviousYearFieldsFragment = { __typename?: 'ComplaintYearFigures', year: number, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number, disputes?: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } | null }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> };

export type RollupsAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type RollupsAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', year: number, previousYear: { __typename?: 'ComplaintYearFigures', year: number, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number, disputes?: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } | null }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }>, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number, disputes?: { __typename?: 'DisputesFigures', cases: number, rated: number, overturned: number, overturnRate?: number | null } | null }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> } | null };

export type MonitoringCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  period?: InputMaybe<PeriodInput>;
}>;


export type MonitoringCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, code: { __typename?: 'Code', id: string, key: string }, codeVersion?: { __typename?: 'CodeVersion', id: string, version: number } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, statusCounts: Array<{ __typename?: 'PromiseStatusCount', status: PromiseStatus, count: number }>, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, reasons: Array<string>, promise: { __typename?: 'CodePromise', id: string, key: string, title: string }, kpis: Array<{ __typename?: 'Kpi', name: string, status: KpiStatus }>, kpiStatusCounts: Array<{ __typename?: 'KpiStatusCount', status: KpiStatus, count: number }>, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, overdue: number, upheld: number, partiallyUpheld: number, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null } }, correctiveActions: { __typename?: 'PromiseActionFigures', open: number, overdue: number, notEffective: number, verifiedEffective: number } }> } | null };

export type MonitoringYearFieldsFragment = { __typename?: 'ComplaintAnalysis', year: number, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> };

export type MonitoringPreviousYearFieldsFragment = { __typename?: 'ComplaintYearFigures', year: number, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> };

export type MonitoringAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type MonitoringAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', year: number, previousYear: { __typename?: 'ComplaintYearFigures', year: number, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> }, changes: Array<{ __typename?: 'FigureChange', figure: string, current?: number | null, previous?: number | null, change?: number | null }>, period: { __typename?: 'ReportingPeriod', from: string, to: string }, totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number, partiallyUpheld: number, unclassified: number, withoutPromise: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number, upheld: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', codeId: string, codeKey: string, promiseKey: string, promiseTitle: string, complaints: number, upheld: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number, upheld: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number, upheld: number }>, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, acknowledgementTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', measured: number, medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, escalations: { __typename?: 'EscalationFigures', escalated: number, pending: number, decided: number, binding: number, overturned: number, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }> }, satisfaction: { __typename?: 'SatisfactionFigures', rated: number, average?: number | null }, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number, promiseKeys: Array<string> }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, open: number, overdue: number, awaitingCheck: number, verifiedEffective: number, notEffective: number, cancelled: number, effectivenessRate?: number | null }> } | null };

export type MonitoringAnalysisWithSurveysQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type MonitoringAnalysisWithSurveysQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number }, customerSatisfaction?: { __typename?: 'CustomerSatisfactionFigures', overall: { __typename?: 'CustomerPerceivedFigures', responses: number }, responses: { __typename?: 'SurveyResponseRates', sent: number } } | null } | null };

export type MonitoringCodeVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MonitoringCodeVersionsQuery = { __typename?: 'Query', code?: { __typename?: 'Code', versions: { __typename?: 'CodeVersionConnection', totalCount: number, edges: Array<{ __typename?: 'CodeVersionEdge', node: { __typename?: 'CodeVersion', version: number, promises: Array<{ __typename?: 'CodePromise', key: string, status: PromiseStatus }> } }> } } | null };

export type MonitoringMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MonitoringMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string } | null };

export type MonitoringCodeStatusWithRelationsQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type MonitoringCodeStatusWithRelationsQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, code: { __typename?: 'Code', key: string }, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, reasons: Array<string>, promise: { __typename?: 'CodePromise', key: string, owner?: { __typename?: 'User', id: string } | null, codeVersion: { __typename?: 'CodeVersion', version: number } }, kpis: Array<{ __typename?: 'Kpi', name: string, status: KpiStatus, latestMeasurement?: { __typename?: 'KpiMeasurement', value: number } | null }>, complaints: { __typename?: 'PromiseComplaintFigures', received: number }, correctiveActions: { __typename?: 'PromiseActionFigures', open: number } }> } | null };

export type MonitoringCreateChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type MonitoringCreateChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string } };

export type MonitoringCreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type MonitoringCreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string, version: number } };

export type MonitoringRecordMeasurementsMutationVariables = Exact<{
  input: Array<RecordKpiMeasurementInput> | RecordKpiMeasurementInput;
}>;


export type MonitoringRecordMeasurementsMutation = { __typename?: 'Mutation', recordMeasurements: Array<{ __typename?: 'KpiMeasurement', id: string }> };

export type MonitoringArchiveKpiMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type MonitoringArchiveKpiMutation = { __typename?: 'Mutation', archiveKpi: { __typename?: 'Kpi', id: string } };

export type NormsFrameworksQueryVariables = Exact<{ [key: string]: never; }>;


export type NormsFrameworksQuery = { __typename?: 'Query', normFrameworks?: Array<{ __typename?: 'NormFramework', key: string, title: string, language: string, requirements: Array<{ __typename?: 'NormRequirement', ref: string, title: string, kind: NormRequirementKind }> }> | null };

export type NormsFrameworkQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type NormsFrameworkQuery = { __typename?: 'Query', normFramework?: { __typename?: 'NormFramework', key: string, title: string, description: string, requirements: Array<{ __typename?: 'NormRequirement', ref: string, kind: NormRequirementKind, title: string, objective?: string | null, children: Array<{ __typename?: 'NormRequirement', ref: string, kind: NormRequirementKind, title: string, objective?: string | null, children: Array<{ __typename?: 'NormRequirement', ref: string, kind: NormRequirementKind, title: string }> }> }> } | null };

export type NormsRequirementQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type NormsRequirementQuery = { __typename?: 'Query', normRequirement?: { __typename?: 'NormRequirement', id: string, ref: string, kind: NormRequirementKind, title: string, objective?: string | null, position: number, framework: { __typename?: 'NormFramework', key: string }, parent?: { __typename?: 'NormRequirement', ref: string, title: string, parent?: { __typename?: 'NormRequirement', ref: string } | null } | null, children: Array<{ __typename?: 'NormRequirement', ref: string, title: string }> } | null };

export type NormsRecordMaturityMutationVariables = Exact<{
  input: RecordMaturityAssessmentInput;
}>;


export type NormsRecordMaturityMutation = { __typename?: 'Mutation', recordMaturityAssessment: { __typename?: 'MaturityAssessment', level: number, evidence: string, assessedOn: string, assessedBy?: { __typename?: 'User', id: string } | null, requirement: { __typename?: 'NormRequirement', ref: string } } };

export type NormsMaturityQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type NormsMaturityQuery = { __typename?: 'Query', normRequirement?: { __typename?: 'NormRequirement', maturity?: { __typename?: 'MaturityAssessment', level: number, evidence: string, assessedOn: string, assessedBy?: { __typename?: 'User', id: string } | null } | null, maturityAssessments: { __typename?: 'MaturityAssessmentConnection', totalCount: number, edges: Array<{ __typename?: 'MaturityAssessmentEdge', node: { __typename?: 'MaturityAssessment', level: number, assessedOn: string } }> } } | null };

export type NormsCoverageQueryVariables = Exact<{
  frameworkKey: Scalars['String']['input'];
  codeId: Scalars['ID']['input'];
  codeVersionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type NormsCoverageQuery = { __typename?: 'Query', normCoverage?: { __typename?: 'NormCoverage', state: CoverageState, requirementCount: number, coveredCount: number, gapCount: number, coverageRate: number, framework: { __typename?: 'NormFramework', key: string }, code: { __typename?: 'Code', id: string }, codeVersion: { __typename?: 'CodeVersion', id: string, version: number, status: CodeVersionStatus }, sections: Array<{ __typename?: 'RequirementCoverage', state: CoverageState, requirementCount: number, coveredCount: number, gapCount: number, requirement: { __typename?: 'NormRequirement', ref: string, title: string }, promises: Array<{ __typename?: 'CodePromise', key: string }> }>, nodes: Array<{ __typename?: 'RequirementCoverage', depth: number, state: CoverageState, requirementCount: number, coveredCount: number, gapCount: number, requirement: { __typename?: 'NormRequirement', ref: string, kind: NormRequirementKind }, promises: Array<{ __typename?: 'CodePromise', key: string }> }> } | null };

export type NormsRecordMaturityOnceMutationVariables = Exact<{
  input: RecordMaturityAssessmentInput;
}>;


export type NormsRecordMaturityOnceMutation = { __typename?: 'Mutation', recordMaturityAssessment: { __typename?: 'MaturityAssessment', id: string, level: number } };

export type OneConnectionCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type OneConnectionCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, promise: { __typename?: 'CodePromise', key: string }, kpis: Array<{ __typename?: 'Kpi', name: string, status: KpiStatus }>, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, overdue: number }, correctiveActions: { __typename?: 'PromiseActionFigures', open: number, overdue: number } }> } | null };

export type OneConnectionComplaintsQueryVariables = Exact<{
  promiseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OneConnectionComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, reference: string, status: ComplaintStatus, promises: Array<{ __typename?: 'CodePromise', key: string }>, handler?: { __typename?: 'User', name: string } | null, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number } } }> } | null };

export type OneConnectionComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OneConnectionComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, reference: string, status: ComplaintStatus, handler?: { __typename?: 'User', name: string } | null, promises: Array<{ __typename?: 'CodePromise', key: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number } }>, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', title: string } }> }, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, to: ComplaintStatus, actor?: { __typename?: 'User', name: string } | null }> } | null };

export type OneConnectionRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type OneConnectionRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, reference: string, promises: Array<{ __typename?: 'CodePromise', key: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number } }> } };

export type PreparedCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type PreparedCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, promise: { __typename?: 'CodePromise', key: string }, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, upheld: number }, correctiveActions: { __typename?: 'PromiseActionFigures', open: number } }> } | null };

export type PreparedComplaintsQueryVariables = Exact<{
  promiseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PreparedComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', reference: string, status: ComplaintStatus, promises: Array<{ __typename?: 'CodePromise', key: string }> } }> } | null };

export type PreparedComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PreparedComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', reference: string, status: ComplaintStatus, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', to: ComplaintStatus }> } | null };

export type PrivacySubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type PrivacySubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type PrivacyRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type PrivacyRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number, reference: string } };

export type PrivacyByReferenceQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PrivacyByReferenceQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, version: number, reference: string } }> } | null };

export type PrivacyUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type PrivacyUpdateMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type PrivacyAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type PrivacyAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type PrivacyStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type PrivacyStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', id: string, version: number } };

export type PrivacyResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type PrivacyResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type PrivacyCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type PrivacyCloseMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type PrivacyAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type PrivacyAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', id: string, anonymizedAt?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null } | null } };

export type PrivacyCreateActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type PrivacyCreateActionMutation = { __typename?: 'Mutation', createCorrectiveAction: { __typename?: 'CorrectiveAction', id: string } };

export type PrivacyCreateReviewMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type PrivacyCreateReviewMutation = { __typename?: 'Mutation', createManagementReview: { __typename?: 'ManagementReview', id: string, analysis: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number } } } };

export type PrivacyCreateUsersMutationVariables = Exact<{
  input: Array<CreateUserInput> | CreateUserInput;
}>;


export type PrivacyCreateUsersMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string }> };

export type PrivacyAnalysisQueryVariables = Exact<{
  y: Scalars['Int']['input'];
}>;


export type PrivacyAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number } } | null };

export type PrivacyCreateChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type PrivacyCreateChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string } };

export type PrivacyCreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type PrivacyCreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string } };

export type PrivacyRecordMeasurementsMutationVariables = Exact<{
  input: Array<RecordKpiMeasurementInput> | RecordKpiMeasurementInput;
}>;


export type PrivacyRecordMeasurementsMutation = { __typename?: 'Mutation', recordMeasurements: Array<{ __typename?: 'KpiMeasurement', id: string }> };

export type PrivacyKpisQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyKpisQuery = { __typename?: 'Query', kpis?: { __typename?: 'KpiConnection', edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', name: string } }> } | null };

export type PrivacyCodeKpisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PrivacyCodeKpisQuery = { __typename?: 'Query', code?: { __typename?: 'Code', versions: { __typename?: 'CodeVersionConnection', edges: Array<{ __typename?: 'CodeVersionEdge', node: { __typename?: 'CodeVersion', promises: Array<{ __typename?: 'CodePromise', kpis: { __typename?: 'KpiConnection', edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', name: string } }> } }> } }> } } | null };

export type PrivacyCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type PrivacyCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, reasons: Array<string>, promise: { __typename?: 'CodePromise', key: string }, kpis: Array<{ __typename?: 'Kpi', name: string, target: number, measurements: { __typename?: 'KpiMeasurementConnection', edges: Array<{ __typename?: 'KpiMeasurementEdge', node: { __typename?: 'KpiMeasurement', note?: string | null, recordedBy?: { __typename?: 'User', email: string } | null } }> } }>, kpiStatusCounts: Array<{ __typename?: 'KpiStatusCount', status: KpiStatus, count: number }>, complaints: { __typename?: 'PromiseComplaintFigures', received: number } }> } | null };

export type PrivacyComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PrivacyComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', reference: string, subject: string, description?: string | null, complainant?: { __typename?: 'Complainant', name?: string | null, email?: string | null } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', to: ComplaintStatus, note?: string | null }> } | null };

export type ProbesRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type ProbesRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string } };

export type ProbesTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbesTypenameQuery = { __typename: 'Query' };

export type ProbesSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type ProbesSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type ProbesRecordMeasurementsMutationVariables = Exact<{
  input: Array<RecordKpiMeasurementInput> | RecordKpiMeasurementInput;
}>;


export type ProbesRecordMeasurementsMutation = { __typename?: 'Mutation', recordMeasurements: Array<{ __typename?: 'KpiMeasurement', id: string }> };

export type ProbesCodesAndComplaintsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ProbesCodesAndComplaintsQuery = { __typename?: 'Query', publishedCodes?: Array<{ __typename?: 'PublicCode', key: string }> | null, complaints?: { __typename?: 'ComplaintConnection', totalCount: number } | null };

export type ProbesComplaintsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProbesComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, promises: Array<{ __typename?: 'CodePromise', key: string }> } }> } | null };

export type ProductionComplaintsQueryVariables = Exact<{
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
}>;


export type ProductionComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number } | null };

export type PromiseStatusV2StatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  period?: InputMaybe<PeriodInput>;
}>;


export type PromiseStatusV2StatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, reasons: Array<string>, promise: { __typename?: 'CodePromise', key: string }, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, overdue: number, upheld: number, partiallyUpheld: number, decided: number, decidedUpheld: number, overturned: number, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null } }, handling?: { __typename?: 'PromiseHandlingFigures', overdue: number, acknowledgement: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rated: number, onTime: number, rate?: number | null } } | null }> } | null };

export type PromiseStatusV2PolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PromiseStatusV2PolicyQuery = { __typename?: 'Query', promiseStatusPolicy?: { __typename?: 'PromiseStatusPolicy', upheldShareBrokenFrom: number, upheldComplaintsBrokenFrom: number, upheldShareAtRiskFrom: number, onTimeMinimum: number, onTimeTarget: number, minimumRated: number, handlingPromiseKey?: string | null } | null, organization?: { __typename?: 'Organization', version: number } | null };

export type PromiseStatusV2UpdateMutationVariables = Exact<{
  input: PromiseStatusPolicyInput;
}>;


export type PromiseStatusV2UpdateMutation = { __typename?: 'Mutation', updatePromiseStatusPolicy: { __typename?: 'PromiseStatusPolicy', upheldShareBrokenFrom: number, upheldComplaintsBrokenFrom: number, upheldShareAtRiskFrom: number, onTimeMinimum: number, onTimeTarget: number, minimumRated: number, handlingPromiseKey?: string | null } };

export type PromiseStatusV2VersionQueryVariables = Exact<{ [key: string]: never; }>;


export type PromiseStatusV2VersionQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number } | null };

export type TracePromiseQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  promiseKey: Scalars['String']['input'];
}>;


export type TracePromiseQuery = { __typename?: 'Query', promiseTrace?: { __typename?: 'PromiseTrace', codeKey: string, promiseKey: string, title: string, versions: Array<{ __typename?: 'TraceVersion', version: number, status: CodeVersionStatus, title: string, text: string, textChanged: boolean, changeSummary?: string | null, publishedAt?: string | null }>, kpis: Array<{ __typename?: 'TraceKpi', name: string, target: number, threshold: number, measurements: Array<{ __typename?: 'TraceMeasurement', periodStart: string, periodEnd: string, value: number }> }>, complaintMonths: Array<{ __typename?: 'TraceComplaintMonth', month: string, received: number, upheld: number, decided: number, decidedUpheld: number, overturned: number }>, actions: Array<{ __typename?: 'TraceAction', kind: CorrectiveActionKind, title: string, status: CorrectiveActionStatus, rootCause?: string | null, dueOn: string, verifiedOn?: string | null, effective?: boolean | null }>, reviews: Array<{ __typename?: 'TraceReview', year: number, decisions: Array<string>, preventiveActionIds: Array<string> }>, evidence: Array<{ __typename?: 'TraceEvidence', requirementRef: string, via: string, versions: Array<number> }>, timeline: Array<{ __typename?: 'TraceEvent', at: string, kind: TraceEventKind, summary: string }> } | null };

export type PublicCodesPublishedQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicCodesPublishedQuery = { __typename?: 'Query', publishedCodes?: Array<{ __typename?: 'PublicCode', key: string, title: string, scope: string, organizationName: string, currentVersion: { __typename?: 'PublicCodeVersion', version: number, policyStatement?: string | null, changeSummary?: string | null, publishedAt: string, promises: Array<{ __typename?: 'PublicPromise', key: string, title: string, text: string, position: number }> } }> | null };

export type PublicCodesOneQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  key: Scalars['String']['input'];
}>;


export type PublicCodesOneQuery = { __typename?: 'Query', publishedCode?: { __typename?: 'PublicCode', key: string, title: string, currentVersion: { __typename?: 'PublicCodeVersion', version: number, changeSummary?: string | null, promises: Array<{ __typename?: 'PublicPromise', key: string, title: string, text: string }> } } | null };

export type PublicCodesVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicCodesVersionsQuery = { __typename?: 'Query', code?: { __typename?: 'Code', versions: { __typename?: 'CodeVersionConnection', edges: Array<{ __typename?: 'CodeVersionEdge', node: { __typename?: 'CodeVersion', id: string, status: CodeVersionStatus } }> } } | null };

export type PagesComplaintQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PagesComplaintQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, version: number } }> } | null };

export type PagesLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateComplaintInput;
}>;


export type PagesLinkMutation = { __typename?: 'Mutation', updateComplaint: { __typename?: 'Complaint', version: number } };

export type PagesAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type PagesAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', version: number } };

export type PagesOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type PagesOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number } | null };

export type PagesRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type PagesRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, reference: string, receivedAt: string } };

export type PagesIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PagesIssueMutation = { __typename?: 'Mutation', issueComplaintTrackingSecret: { __typename?: 'IssuedTrackingSecret', reference: string, trackingSecret: string } };

export type PagesLanguagesMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type PagesLanguagesMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', languages: Array<string> } };

export type PagesTranslateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TranslateCodeVersionInput;
}>;


export type PagesTranslateMutation = { __typename?: 'Mutation', translateCodeVersion: { __typename?: 'CodeVersion', missingLanguages: Array<string> } };

export type QueryPlansComplaintsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
  category?: InputMaybe<ComplaintCategory>;
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: ComplaintSort;
  kind?: InputMaybe<ComplaintKind>;
}>;


export type QueryPlansComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, reference: string, subject: string, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string }>, promises: Array<{ __typename?: 'CodePromise', id: string }>, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string } }> } } }> } | null };

export type QueryPlansStaffComplaintsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueryPlansStaffComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null }, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, reference: string } }> } | null };

export type QueryPlansRetentionQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryPlansRetentionQuery = { __typename?: 'Query', complaintsDueForAnonymisation?: { __typename?: 'RetentionRun', due: number, references: Array<string> } | null, codeGaps?: { __typename?: 'CodeGaps', total: number, words: Array<{ __typename?: 'CodeGapWord', word: string, count: number }> } | null };

export type QueryPlansActionsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CorrectiveActionStatus> | CorrectiveActionStatus>;
  kind?: InputMaybe<CorrectiveActionKind>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type QueryPlansActionsQuery = { __typename?: 'Query', correctiveActions?: { __typename?: 'CorrectiveActionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, complaints: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } } }> } | null };

export type QueryPlansOverdueActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryPlansOverdueActionsQuery = { __typename?: 'Query', overdueCorrectiveActions?: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string } }> } | null };

export type QueryPlansPromiseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueryPlansPromiseQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', promises: Array<{ __typename?: 'CodePromise', complaints: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> }, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string } }> }, kpis: { __typename?: 'KpiConnection', totalCount: number, edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', id: string, measurements: { __typename?: 'KpiMeasurementConnection', totalCount: number, edges: Array<{ __typename?: 'KpiMeasurementEdge', node: { __typename?: 'KpiMeasurement', id: string } }> } } }> } }> } | null };

export type QueryPlansAuditQueryVariables = Exact<{
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type QueryPlansAuditQuery = { __typename?: 'Query', auditEvents?: { __typename?: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string } }> } | null };

export type QueryPlansTrainingQueryVariables = Exact<{
  personId?: InputMaybe<Scalars['ID']['input']>;
  topic?: InputMaybe<TrainingTopic>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type QueryPlansTrainingQuery = { __typename?: 'Query', trainingRecords?: { __typename?: 'TrainingRecordConnection', totalCount: number, edges: Array<{ __typename?: 'TrainingRecordEdge', node: { __typename?: 'TrainingRecord', id: string } }> } | null };

export type QueryPlansKpisQueryVariables = Exact<{
  codeId?: InputMaybe<Scalars['ID']['input']>;
  promiseKey?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<KpiKind>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueryPlansKpisQuery = { __typename?: 'Query', kpis?: { __typename?: 'KpiConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null }, edges: Array<{ __typename?: 'KpiEdge', node: { __typename?: 'Kpi', id: string } }> } | null };

export type QueryPlansSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueryPlansSearchQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean }, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } | null };

export type QueryPlansOtherListsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueryPlansOtherListsQuery = { __typename?: 'Query', users?: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string } }> } | null, trainingRequirements?: { __typename?: 'TrainingRequirementConnection', totalCount: number, edges: Array<{ __typename?: 'TrainingRequirementEdge', node: { __typename?: 'TrainingRequirement', id: string } }> } | null, communicationPlans?: { __typename?: 'CommunicationPlanConnection', totalCount: number, edges: Array<{ __typename?: 'CommunicationPlanEdge', node: { __typename?: 'CommunicationPlan', id: string } }> } | null, resources?: { __typename?: 'ResourceConnection', totalCount: number, edges: Array<{ __typename?: 'ResourceEdge', node: { __typename?: 'Resource', id: string } }> } | null, managementReviews?: { __typename?: 'ManagementReviewConnection', totalCount: number, edges: Array<{ __typename?: 'ManagementReviewEdge', node: { __typename?: 'ManagementReview', id: string } }> } | null, codesDueForReview?: Array<{ __typename?: 'CodeVersion', id: string }> | null };

export type RateLimitsSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type RateLimitsSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type RateLimitsPublishedQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type RateLimitsPublishedQuery = { __typename?: 'Query', publishedCodes?: Array<{ __typename?: 'PublicCode', key: string }> | null };

export type RateLimitsManyMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type RateLimitsManyMutation = { __typename?: 'Mutation', b: { __typename?: 'ComplaintReceipt', reference: string }, a: { __typename?: 'ComplaintReceipt', reference: string }, c: { __typename?: 'ComplaintReceipt', reference: string }, d: { __typename?: 'ComplaintReceipt', reference: string } };

export type RateLimitsMoreFragment = { __typename?: 'Mutation', c: { __typename?: 'ComplaintReceipt', reference: string }, d: { __typename?: 'ComplaintReceipt', reference: string } };

export type RemindersNotificationsQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RemindersNotificationsQuery = { __typename?: 'Query', notifications?: { __typename?: 'NotificationConnection', unreadCount: number, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, subjectType: string, subjectId: string, title: string, body: string, read: boolean, readAt?: string | null } }> } | null };

export type RemindersSettingsMutationVariables = Exact<{
  input: UpdateMyNotificationSettingsInput;
}>;


export type RemindersSettingsMutation = { __typename?: 'Mutation', updateMyNotificationSettings: { __typename?: 'User', id: string, language: Language, emailNotifications: EmailNotifications, version: number } };

export type RemindersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RemindersMeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', user: { __typename?: 'User', version: number } } | null };

export type RemindersMarkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemindersMarkMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, read: boolean } };

export type RemindersMarkAllMutationVariables = Exact<{ [key: string]: never; }>;


export type RemindersMarkAllMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type RemindersRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RemindersRulesQuery = { __typename?: 'Query', reminderRules?: Array<{ __typename?: 'ReminderRule', kind: NotificationKind, enabled: boolean, leadDays: number, unit: DeadlineUnit, version: number }> | null };

export type RemindersCreateChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type RemindersCreateChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string } };

export type RemindersCreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type RemindersCreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string } };

export type RemindersSetRuleMutationVariables = Exact<{
  input: SetReminderRuleInput;
}>;


export type RemindersSetRuleMutation = { __typename?: 'Mutation', setReminderRule: { __typename?: 'ReminderRule', kind: NotificationKind, enabled: boolean, leadDays: number, version: number } };

export type EvidenceCoverageQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type EvidenceCoverageQuery = { __typename?: 'Query', normCoverage?: { __typename?: 'NormCoverage', state: CoverageState, requirementCount: number, coveredCount: number, notApplicableCount: number, gapCount: number, coverageRate: number, stateCounts: Array<{ __typename?: 'CoverageStateCount', state: CoverageState, count: number }>, sections: Array<{ __typename?: 'RequirementCoverage', state: CoverageState, requirementCount: number, coveredCount: number, notApplicableCount: number, gapCount: number, requirement: { __typename?: 'NormRequirement', ref: string, title: string } }>, nodes: Array<{ __typename?: 'RequirementCoverage', state: CoverageState, requirementCount: number, coveredCount: number, notApplicableCount: number, gapCount: number, requirement: { __typename?: 'NormRequirement', ref: string }, promises: Array<{ __typename?: 'CodePromise', key: string }>, evidence: Array<{ __typename?: 'RequirementEvidence', kind: EvidenceKind, note?: string | null, reason?: string | null, recordedAt: string, recordedBy?: { __typename?: 'User', id: string } | null, requirement: { __typename?: 'NormRequirement', ref: string }, document?: { __typename?: 'EvidenceDocument', title: string, location: string, version: string } | null, kpi?: { __typename?: 'Kpi', name: string } | null, correctiveAction?: { __typename?: 'CorrectiveAction', id: string } | null }> }> } | null };

export type EvidenceAddMutationVariables = Exact<{
  input: AddRequirementEvidenceInput;
}>;


export type EvidenceAddMutation = { __typename?: 'Mutation', addRequirementEvidence: { __typename?: 'RequirementEvidence', id: string, kind: EvidenceKind, requirement: { __typename?: 'NormRequirement', ref: string } } };

export type EvidenceNotApplicableMutationVariables = Exact<{
  input: MarkRequirementNotApplicableInput;
}>;


export type EvidenceNotApplicableMutation = { __typename?: 'Mutation', markRequirementNotApplicable: { __typename?: 'RequirementEvidence', id: string, kind: EvidenceKind, reason?: string | null, recordedBy?: { __typename?: 'User', id: string } | null, requirement: { __typename?: 'NormRequirement', ref: string } } };

export type EvidenceRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type EvidenceRemoveMutation = { __typename?: 'Mutation', removeRequirementEvidence: { __typename?: 'RequirementEvidence', id: string, kind: EvidenceKind } };

export type EvidenceCreateChainMutationVariables = Exact<{
  input: CreateKpiChainInput;
}>;


export type EvidenceCreateChainMutation = { __typename?: 'Mutation', createKpiChain: { __typename?: 'KpiChain', id: string } };

export type EvidenceCreateKpiMutationVariables = Exact<{
  input: CreateKpiInput;
}>;


export type EvidenceCreateKpiMutation = { __typename?: 'Mutation', createKpi: { __typename?: 'Kpi', id: string } };

export type EvidenceStaffCoverageQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type EvidenceStaffCoverageQuery = { __typename?: 'Query', normCoverage?: { __typename?: 'NormCoverage', coveredCount: number, nodes: Array<{ __typename?: 'RequirementCoverage', evidence: Array<{ __typename?: 'RequirementEvidence', kind: EvidenceKind, kpi?: { __typename?: 'Kpi', name: string } | null, document?: { __typename?: 'EvidenceDocument', title: string } | null }> }> } | null };

export type ResourcesResourceFieldsFragment = { __typename?: 'Resource', id: string, version: number, kind: ResourceKind, description: string, quantity: number, unit: ResourceUnit, periodStart: string, periodEnd?: string | null, code: { __typename?: 'Code', key: string }, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, promise?: { __typename?: 'CodePromise', key: string } | null, owner?: { __typename?: 'User', id: string } | null };

export type ResourcesCreateMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type ResourcesCreateMutation = { __typename?: 'Mutation', createResource: { __typename?: 'Resource', id: string, version: number, kind: ResourceKind, description: string, quantity: number, unit: ResourceUnit, periodStart: string, periodEnd?: string | null, code: { __typename?: 'Code', key: string }, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, promise?: { __typename?: 'CodePromise', key: string } | null, owner?: { __typename?: 'User', id: string } | null } };

export type ResourcesUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateResourceInput;
}>;


export type ResourcesUpdateMutation = { __typename?: 'Mutation', updateResource: { __typename?: 'Resource', id: string, version: number, kind: ResourceKind, description: string, quantity: number, unit: ResourceUnit, periodStart: string, periodEnd?: string | null, code: { __typename?: 'Code', key: string }, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, promise?: { __typename?: 'CodePromise', key: string } | null, owner?: { __typename?: 'User', id: string } | null } };

export type ResourcesDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type ResourcesDeleteMutation = { __typename?: 'Mutation', deleteResource: { __typename?: 'Resource', id: string } };

export type ResourcesResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourcesResourceQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', id: string, version: number, kind: ResourceKind, description: string, quantity: number, unit: ResourceUnit, periodStart: string, periodEnd?: string | null, code: { __typename?: 'Code', key: string }, codeVersion: { __typename?: 'CodeVersion', id: string, version: number }, promise?: { __typename?: 'CodePromise', key: string } | null, owner?: { __typename?: 'User', id: string } | null } | null };

export type ResourcesListQueryVariables = Exact<{
  codeId?: InputMaybe<Scalars['ID']['input']>;
  codeVersionId?: InputMaybe<Scalars['ID']['input']>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ResourceKind>;
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResourcesListQuery = { __typename?: 'Query', resources?: { __typename?: 'ResourceConnection', totalCount: number, edges: Array<{ __typename?: 'ResourceEdge', node: { __typename?: 'Resource', description: string, periodStart: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type ResourcesTotalsQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  codeVersionId?: InputMaybe<Scalars['ID']['input']>;
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type ResourcesTotalsQuery = { __typename?: 'Query', resourceTotals?: Array<{ __typename?: 'ResourceTotal', kind: ResourceKind, unit: ResourceUnit, quantity: number, resources: number }> | null };

export type SurveysSurveyFieldsFragment = { __typename?: 'SatisfactionSurvey', id: string, origin: SurveyOrigin, status: SurveyStatus, link?: string | null, respondentType: ComplainantType, respondentName?: string | null, respondentEmail?: string | null, caseReference?: string | null, language: string, expiresAt: string, answeredAt?: string | null, overall?: number | null, comment?: string | null, personalDataErasedAt?: string | null, answers: Array<{ __typename?: 'SatisfactionSurveyAnswer', promiseKey: string, position: number, score?: number | null, answeredOn?: string | null }> };

export type SurveysResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type SurveysResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number, satisfactionSurvey?: { __typename?: 'SatisfactionSurvey', id: string, origin: SurveyOrigin, status: SurveyStatus, link?: string | null, respondentType: ComplainantType, respondentName?: string | null, respondentEmail?: string | null, caseReference?: string | null, language: string, expiresAt: string, answeredAt?: string | null, overall?: number | null, comment?: string | null, personalDataErasedAt?: string | null, answers: Array<{ __typename?: 'SatisfactionSurveyAnswer', promiseKey: string, position: number, score?: number | null, answeredOn?: string | null }> } | null } };

export type SurveysCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type SurveysCloseMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type SurveysReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintReasonInput;
}>;


export type SurveysReopenMutation = { __typename?: 'Mutation', reopenComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type SurveysAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type SurveysAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', id: string, anonymizedAt?: string | null } };

export type SurveysComplaintQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveysComplaintQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, satisfactionSurvey?: { __typename?: 'SatisfactionSurvey', id: string, origin: SurveyOrigin, status: SurveyStatus, link?: string | null, respondentType: ComplainantType, respondentName?: string | null, respondentEmail?: string | null, caseReference?: string | null, language: string, expiresAt: string, answeredAt?: string | null, overall?: number | null, comment?: string | null, personalDataErasedAt?: string | null, answers: Array<{ __typename?: 'SatisfactionSurveyAnswer', promiseKey: string, position: number, score?: number | null, answeredOn?: string | null }> } | null } | null };

export type SurveysCreateMutationVariables = Exact<{
  input: CreateSatisfactionSurveysInput;
}>;


export type SurveysCreateMutation = { __typename?: 'Mutation', createSatisfactionSurveys: Array<{ __typename?: 'SatisfactionSurvey', id: string, origin: SurveyOrigin, status: SurveyStatus, link?: string | null, respondentType: ComplainantType, respondentName?: string | null, respondentEmail?: string | null, caseReference?: string | null, language: string, expiresAt: string, answeredAt?: string | null, overall?: number | null, comment?: string | null, personalDataErasedAt?: string | null, answers: Array<{ __typename?: 'SatisfactionSurveyAnswer', promiseKey: string, position: number, score?: number | null, answeredOn?: string | null }> }> };

export type SurveysListQueryVariables = Exact<{
  status?: InputMaybe<SurveyStatus>;
  origin?: InputMaybe<SurveyOrigin>;
}>;


export type SurveysListQuery = { __typename?: 'Query', satisfactionSurveys?: { __typename?: 'SatisfactionSurveyConnection', totalCount: number, edges: Array<{ __typename?: 'SatisfactionSurveyEdge', node: { __typename?: 'SatisfactionSurvey', id: string, origin: SurveyOrigin, status: SurveyStatus, link?: string | null, respondentType: ComplainantType, respondentName?: string | null, respondentEmail?: string | null, caseReference?: string | null, language: string, expiresAt: string, answeredAt?: string | null, overall?: number | null, comment?: string | null, personalDataErasedAt?: string | null, answers: Array<{ __typename?: 'SatisfactionSurveyAnswer', promiseKey: string, position: number, score?: number | null, answeredOn?: string | null }> } }> } | null };

export type SurveysPublicQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SurveysPublicQuery = { __typename?: 'Query', satisfactionSurvey?: { __typename?: 'PublicSatisfactionSurvey', language: string, organizationName: string, codeTitle: string, title: string, intro: string, overallQuestion: string, commentLabel: string, expiresAt: string, overallScale: Array<{ __typename?: 'SurveyScaleOption', score: number, label: string }>, questions: Array<{ __typename?: 'SurveyQuestion', promiseKey: string, title: string, text: string, question: string, scale: Array<{ __typename?: 'SurveyScaleOption', score: number, label: string }> }> } | null };

export type SurveysAnswerMutationVariables = Exact<{
  token: Scalars['String']['input'];
  input: AnswerSatisfactionSurveyInput;
}>;


export type SurveysAnswerMutation = { __typename?: 'Mutation', answerSatisfactionSurvey: { __typename?: 'SatisfactionSurveyReceipt', message: string } };

export type SurveysPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveysPolicyQuery = { __typename?: 'Query', surveyPolicy?: { __typename?: 'SurveyPolicy', linkValidDays: number, minimumResponses: number, respondentDataRetentionDays: number } | null, organization?: { __typename?: 'Organization', version: number } | null };

export type SurveysUpdatePolicyMutationVariables = Exact<{
  input: SurveyPolicyInput;
}>;


export type SurveysUpdatePolicyMutation = { __typename?: 'Mutation', updateSurveyPolicy: { __typename?: 'SurveyPolicy', linkValidDays: number, minimumResponses: number, respondentDataRetentionDays: number } };

export type SurveysCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type SurveysCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, promise: { __typename?: 'CodePromise', key: string }, complaints: { __typename?: 'PromiseComplaintFigures', received: number }, customerPerceived: { __typename?: 'CustomerPerceivedFigures', responses: number, averageScore?: number | null, satisfiedShare?: number | null, sufficient: boolean, minimumResponses: number } }> } | null };

export type SurveysAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type SurveysAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', year: number, customerSatisfaction?: { __typename?: 'CustomerSatisfactionFigures', byPromise: Array<{ __typename?: 'PromiseCustomerPerceived', codeKey: string, promiseKey: string, promiseTitle: string, customerPerceived: { __typename?: 'CustomerPerceivedFigures', responses: number, averageScore?: number | null, satisfiedShare?: number | null, sufficient: boolean } }>, overall: { __typename?: 'CustomerPerceivedFigures', responses: number, averageScore?: number | null, satisfiedShare?: number | null, sufficient: boolean }, responses: { __typename?: 'SurveyResponseRates', sent: number, answered: number, expired: number, pending: number, responseRate?: number | null } } | null } | null };

export type SurveysRetentionMutationVariables = Exact<{
  input: AnonymizeDueComplaintsInput;
}>;


export type SurveysRetentionMutation = { __typename?: 'Mutation', anonymizeDueComplaints: { __typename?: 'RetentionRun', dryRun: boolean, references: Array<string>, erasedElsewhere: number } };

export type SeedsPublishedCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsPublishedCodeQuery = { __typename?: 'Query', publishedCode?: { __typename?: 'PublicCode', organizationName: string, currentVersion: { __typename?: 'PublicCodeVersion', version: number, promises: Array<{ __typename?: 'PublicPromise', key: string, text: string }> } } | null };

export type SeedsCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsCodesQuery = { __typename?: 'Query', codes?: { __typename?: 'CodeConnection', edges: Array<{ __typename?: 'CodeEdge', node: { __typename?: 'Code', currentVersion?: { __typename?: 'CodeVersion', promises: Array<{ __typename?: 'CodePromise', key: string, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> }> } | null } }> } | null };

export type SeedsRegisterComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type SeedsRegisterComplaintMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', reference: string } };

export type SeedsComplaintCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsComplaintCountsQuery = { __typename?: 'Query', complaintCounts?: { __typename?: 'ComplaintCounts', total: number, unresolvedOverdue: number, byStatus: Array<{ __typename?: 'ComplaintStatusCount', status: ComplaintStatus, count: number }> } | null };

export type SeedsComplaintTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsComplaintTotalsQuery = { __typename?: 'Query', conduct?: { __typename?: 'ComplaintConnection', totalCount: number } | null, legal?: { __typename?: 'ComplaintConnection', totalCount: number } | null, financial?: { __typename?: 'ComplaintConnection', totalCount: number } | null, execution?: { __typename?: 'ComplaintConnection', totalCount: number } | null, escalated?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', escalation?: { __typename?: 'ComplaintEscalation', outcome?: ComplaintOutcome | null, binding?: boolean | null } | null } }> } | null };

export type SeedsKpiChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsKpiChainsQuery = { __typename?: 'Query', kpiChains?: { __typename?: 'KpiChainConnection', edges: Array<{ __typename?: 'KpiChainEdge', node: { __typename?: 'KpiChain', kpis: Array<{ __typename?: 'Kpi', kind: KpiKind, status: KpiStatus, causes: Array<{ __typename?: 'Kpi', id: string }>, effects: Array<{ __typename?: 'Kpi', id: string }>, measurements: { __typename?: 'KpiMeasurementConnection', totalCount: number } }> } }> } | null };

export type SeedsCompetenceOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsCompetenceOverviewQuery = { __typename?: 'Query', competenceOverview?: { __typename?: 'CompetenceOverview', requirements: Array<{ __typename?: 'RequirementCompetenceSummary', valid: number, expiring: number, expired: number, missing: number }>, people: { __typename?: 'PersonCompetenceConnection', totalCount: number } } | null };

export type SeedsCorrectiveActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsCorrectiveActionsQuery = { __typename?: 'Query', correctiveActions?: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', kind: CorrectiveActionKind, status: CorrectiveActionStatus, promise: { __typename?: 'CodePromise', key: string }, decidedBy?: { __typename?: 'User', roles: Array<Role> } | null, complaints: { __typename?: 'ComplaintConnection', totalCount: number } } }> } | null, overdue?: { __typename?: 'CorrectiveActionConnection', totalCount: number } | null };

export type SeedsManagementReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsManagementReviewsQuery = { __typename?: 'Query', managementReviews?: { __typename?: 'ManagementReviewConnection', edges: Array<{ __typename?: 'ManagementReviewEdge', node: { __typename?: 'ManagementReview', year: number, status: ManagementReviewStatus, signedAt?: string | null, analysisTakenAt: string, decisions: Array<string>, signedBy?: { __typename?: 'User', roles: Array<Role> } | null, analysis: { __typename?: 'ComplaintAnalysis', year: number, totals: { __typename?: 'ComplaintTotals', received: number } }, preventiveActions: { __typename?: 'CorrectiveActionConnection', edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', kind: CorrectiveActionKind, decidedBy?: { __typename?: 'User', roles: Array<Role> } | null } }> } } }> } | null };

export type SeedsComplaintAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type SeedsComplaintAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number } } | null };

export type SeedsEvidenceQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
}>;


export type SeedsEvidenceQuery = { __typename?: 'Query', iso?: { __typename?: 'NormCoverage', nodes: Array<{ __typename?: 'RequirementCoverage', state: CoverageState, evidence: Array<{ __typename?: 'RequirementEvidence', kind: EvidenceKind }> }> } | null, srcm?: { __typename?: 'NormCoverage', stateCounts: Array<{ __typename?: 'CoverageStateCount', state: CoverageState, count: number }>, nodes: Array<{ __typename?: 'RequirementCoverage', state: CoverageState, evidence: Array<{ __typename?: 'RequirementEvidence', kind: EvidenceKind }> }> } | null, srcmReport?: { __typename?: 'SrcmReport', publicPart: { __typename?: 'SrcmPublicReport', parts: Array<{ __typename?: 'SrcmPublicPart', met: boolean, level?: { __typename?: 'MaturityLevel', level: number } | null }> } } | null, promiseStatusPolicy?: { __typename?: 'PromiseStatusPolicy', handlingPromiseKey?: string | null } | null, codeStatus?: { __typename?: 'CodeStatus', promises: Array<{ __typename?: 'PromiseStatusReport', promise: { __typename?: 'CodePromise', key: string }, handling?: { __typename?: 'PromiseHandlingFigures', overdue: number } | null }> } | null, promiseTrace?: { __typename?: 'PromiseTrace', versions: Array<{ __typename?: 'TraceVersion', version: number }>, complaintMonths: Array<{ __typename?: 'TraceComplaintMonth', received: number }>, actions: Array<{ __typename?: 'TraceAction', status: CorrectiveActionStatus }> } | null, a?: { __typename?: 'AuthorisationStatus', eligibility: AuthorisationEligibility, registration?: { __typename?: 'AuthorisationRegistration', registerStatus: AuthorisationRegisterStatus } | null } | null };

export type SeedsLawQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedsLawQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', statutoryRulePack: StatutoryRulePack, complaintPolicy: { __typename?: 'ComplaintPolicy', acknowledgeWithin: number, acknowledgeUnit: DeadlineUnit }, compliance: Array<{ __typename?: 'ComplianceViolation', rule: string }> } | null, codeGaps?: { __typename?: 'CodeGaps', total: number, words: Array<{ __typename?: 'CodeGapWord', word: string, count: number }> } | null };

export type SeedsSurveysQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type SeedsSurveysQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', promises: Array<{ __typename?: 'PromiseStatusReport', promise: { __typename?: 'CodePromise', key: string }, customerPerceived: { __typename?: 'CustomerPerceivedFigures', responses: number, averageScore?: number | null, sufficient: boolean } }> } | null, satisfactionSurveys?: { __typename?: 'SatisfactionSurveyConnection', totalCount: number, edges: Array<{ __typename?: 'SatisfactionSurveyEdge', node: { __typename?: 'SatisfactionSurvey', status: SurveyStatus } }> } | null };

export type SrcmReportYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type SrcmReportYearQuery = { __typename?: 'Query', srcmReport?: { __typename?: 'SrcmReport', year: number, publicPart: { __typename?: 'SrcmPublicReport', principles: Array<string>, partsMet: number, partsTotal: number, parts: Array<{ __typename?: 'SrcmPublicPart', ref: string, theme: string, title: string, met: boolean, previousLevel?: number | null, level?: { __typename?: 'MaturityLevel', level: number, name: string, meetsNorm: boolean } | null }> }, internalPart: Array<{ __typename?: 'SrcmInternalPart', ref: string, level?: number | null, previousLevel?: number | null, change: string, assessmentEvidence?: string | null, assessedOn?: string | null, requirementCount: number, coveredCount: number, evidence: Array<string>, plannedImprovements: Array<string> }> } | null };

export type SrcmReportLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SrcmReportLevelsQuery = { __typename?: 'Query', normFramework?: { __typename?: 'NormFramework', maturityLevels: Array<{ __typename?: 'MaturityLevel', level: number, name: string, meetsNorm: boolean }>, requirements: Array<{ __typename?: 'NormRequirement', ref: string, kind: NormRequirementKind, title: string, children: Array<{ __typename?: 'NormRequirement', ref: string, kind: NormRequirementKind, title: string }> }> } | null };

export type SrcmReportRecordMaturityMutationVariables = Exact<{
  input: RecordMaturityAssessmentInput;
}>;


export type SrcmReportRecordMaturityMutation = { __typename?: 'Mutation', recordMaturityAssessment: { __typename?: 'MaturityAssessment', level: number, levelInfo: { __typename?: 'MaturityLevel', name: string, meetsNorm: boolean } } };

export type SrcmReportAddEvidenceMutationVariables = Exact<{
  input: AddRequirementEvidenceInput;
}>;


export type SrcmReportAddEvidenceMutation = { __typename?: 'Mutation', addRequirementEvidence: { __typename?: 'RequirementEvidence', id: string } };

export type StatementsComplaintListQueryVariables = Exact<{
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
  promiseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type StatementsComplaintListQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, reference: string, status: ComplaintStatus, promises: Array<{ __typename?: 'CodePromise', key: string }>, handler?: { __typename?: 'User', name: string } | null, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number } } }> } | null };

export type StatementsCodeStatusQueryVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type StatementsCodeStatusQuery = { __typename?: 'Query', codeStatus?: { __typename?: 'CodeStatus', status: PromiseStatus, code: { __typename?: 'Code', key: string }, codeVersion?: { __typename?: 'CodeVersion', version: number } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, statusCounts: Array<{ __typename?: 'PromiseStatusCount', status: PromiseStatus, count: number }>, promises: Array<{ __typename?: 'PromiseStatusReport', status: PromiseStatus, reasons: Array<string>, promise: { __typename?: 'CodePromise', key: string, title: string }, kpis: Array<{ __typename?: 'Kpi', name: string, status: KpiStatus }>, kpiStatusCounts: Array<{ __typename?: 'KpiStatusCount', status: KpiStatus, count: number }>, complaints: { __typename?: 'PromiseComplaintFigures', received: number, open: number, overdue: number, upheld: number, acknowledgement: { __typename?: 'OnTimeRate', rate?: number | null }, resolution: { __typename?: 'OnTimeRate', rate?: number | null } }, correctiveActions: { __typename?: 'PromiseActionFigures', open: number, overdue: number, notEffective: number, verifiedEffective: number } }> } | null };

export type StatementsComplaintTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementsComplaintTimelineQuery = { __typename?: 'Query', complaint?: { __typename?: 'Complaint', id: string, reference: string, status: ComplaintStatus, subject: string, receivedAt: string, handler?: { __typename?: 'User', name: string } | null, registeredBy?: { __typename?: 'User', name: string } | null, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', at: string, from?: ComplaintStatus | null, to: ComplaintStatus, note?: string | null, actor?: { __typename?: 'User', name: string } | null }> } | null };

export type StatementsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsPageQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } | null };

export type StatementsPageTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsPageTotalQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number, edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string } }> } | null };

export type StatementsNestedCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsNestedCountsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number } } }> } | null };

export type StatementsNestedNodesQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsNestedNodesQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, correctiveActions: { __typename?: 'CorrectiveActionConnection', totalCount: number, edges: Array<{ __typename?: 'CorrectiveActionEdge', node: { __typename?: 'CorrectiveAction', id: string, title: string } }> } } }> } | null };

export type StatementsAnalysisQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type StatementsAnalysisQuery = { __typename?: 'Query', complaintAnalysis?: { __typename?: 'ComplaintAnalysis', totals: { __typename?: 'ComplaintTotals', received: number, resolved: number, unresolved: number, overdue: number, upheld: number }, byCategory: Array<{ __typename?: 'CategoryCount', category: ComplaintCategory, complaints: number }>, byPromise: Array<{ __typename?: 'PromiseComplaintCount', promiseKey: string, complaints: number, upheld: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: ComplaintChannel, complaints: number }>, byMonth: Array<{ __typename?: 'MonthCount', month: number, complaints: number }>, acknowledgementTime: { __typename?: 'HandlingTime', medianHours?: number | null, p90Hours?: number | null }, resolutionTime: { __typename?: 'HandlingTime', medianHours?: number | null, p90Hours?: number | null }, outcomes: Array<{ __typename?: 'OutcomeCount', outcome?: ComplaintOutcome | null, complaints: number }>, recurringRootCauses: Array<{ __typename?: 'RootCauseCount', rootCause: string, actions: number }>, actions: Array<{ __typename?: 'ActionKindFigures', kind: CorrectiveActionKind, opened: number, effectivenessRate?: number | null }>, changes: Array<{ __typename?: 'FigureChange', figure: string, change?: number | null }> } | null };

export type StatementsSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type StatementsSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type StatementsSubmittedTimelineQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type StatementsSubmittedTimelineQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', reference: string, status: ComplaintStatus, timeline: Array<{ __typename?: 'ComplaintTimelineEntry', to: ComplaintStatus }> } }> } | null };

export type InvitationsSurveyFieldsFragment = { __typename?: 'SatisfactionSurvey', id: string, link?: string | null, language: string, respondentEmail?: string | null, expiresAt: string, invitedAt?: string | null, status: SurveyStatus };

export type InvitationsResolveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveComplaintInput;
}>;


export type InvitationsResolveMutation = { __typename?: 'Mutation', resolveComplaint: { __typename?: 'Complaint', id: string, version: number, satisfactionSurvey?: { __typename?: 'SatisfactionSurvey', id: string, link?: string | null, language: string, respondentEmail?: string | null, expiresAt: string, invitedAt?: string | null, status: SurveyStatus } | null } };

export type InvitationsCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ComplaintStepInput;
}>;


export type InvitationsCloseMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type InvitationsAnonymizeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type InvitationsAnonymizeMutation = { __typename?: 'Mutation', anonymizeComplaint: { __typename?: 'Complaint', id: string, anonymizedAt?: string | null } };

export type InvitationsCreateMutationVariables = Exact<{
  input: CreateSatisfactionSurveysInput;
}>;


export type InvitationsCreateMutation = { __typename?: 'Mutation', createSatisfactionSurveys: Array<{ __typename?: 'SatisfactionSurvey', id: string, link?: string | null, language: string, respondentEmail?: string | null, expiresAt: string, invitedAt?: string | null, status: SurveyStatus }> };

export type InvitationsSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsSurveysQuery = { __typename?: 'Query', satisfactionSurveys?: { __typename?: 'SatisfactionSurveyConnection', edges: Array<{ __typename?: 'SatisfactionSurveyEdge', node: { __typename?: 'SatisfactionSurvey', id: string, link?: string | null, language: string, respondentEmail?: string | null, expiresAt: string, invitedAt?: string | null, status: SurveyStatus } }> } | null };

export type InvitationsPublicQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationsPublicQuery = { __typename?: 'Query', satisfactionSurvey?: { __typename?: 'PublicSatisfactionSurvey', language: string, organizationName: string, codeTitle: string, title: string, questions: Array<{ __typename?: 'SurveyQuestion', promiseKey: string, title: string }> } | null };

export type InvitationsAnswerMutationVariables = Exact<{
  token: Scalars['String']['input'];
  input: AnswerSatisfactionSurveyInput;
}>;


export type InvitationsAnswerMutation = { __typename?: 'Mutation', answerSatisfactionSurvey: { __typename?: 'SatisfactionSurveyReceipt', message: string } };

export type SurveyPageCreateMutationVariables = Exact<{
  input: CreateSatisfactionSurveysInput;
}>;


export type SurveyPageCreateMutation = { __typename?: 'Mutation', createSatisfactionSurveys: Array<{ __typename?: 'SatisfactionSurvey', id: string, link?: string | null }> };

export type TracingComplaintsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TracingComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', edges: Array<{ __typename?: 'ComplaintEdge', node: { __typename?: 'Complaint', id: string, reference: string } }> } | null };

export type TracingUsersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type TracingUsersQuery = { __typename?: 'Query', users?: { __typename?: 'UserConnection', edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, name: string, roles: Array<Role> } }> } | null };

export type TracingTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type TracingTypenameQuery = { __typename: 'Query' };

export type TracingAddMemberMutationVariables = Exact<{
  input: Array<CreateUserInput> | CreateUserInput;
}>;


export type TracingAddMemberMutation = { __typename?: 'Mutation', createUsers: Array<{ __typename?: 'User', id: string }> };

export type TrainingCreateRequirementMutationVariables = Exact<{
  input: CreateTrainingRequirementInput;
}>;


export type TrainingCreateRequirementMutation = { __typename?: 'Mutation', createTrainingRequirement: { __typename?: 'TrainingRequirement', id: string, version: number, title: string, topic: TrainingTopic, assessment: TrainingAssessment, roles: Array<Role>, validityMonths?: number | null } };

export type TrainingUpdateRequirementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTrainingRequirementInput;
}>;


export type TrainingUpdateRequirementMutation = { __typename?: 'Mutation', updateTrainingRequirement: { __typename?: 'TrainingRequirement', id: string, version: number, roles: Array<Role>, validityMonths?: number | null } };

export type TrainingDeleteRequirementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type TrainingDeleteRequirementMutation = { __typename?: 'Mutation', deleteTrainingRequirement: { __typename?: 'TrainingRequirement', id: string } };

export type TrainingRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingRequirementsQuery = { __typename?: 'Query', trainingRequirements?: { __typename?: 'TrainingRequirementConnection', totalCount: number, edges: Array<{ __typename?: 'TrainingRequirementEdge', node: { __typename?: 'TrainingRequirement', title: string } }> } | null };

export type TrainingCreateRecordMutationVariables = Exact<{
  input: CreateTrainingRecordInput;
}>;


export type TrainingCreateRecordMutation = { __typename?: 'Mutation', createTrainingRecord: { __typename?: 'TrainingRecord', id: string, version: number, topic: TrainingTopic, assessment: TrainingAssessment, completedOn: string, result: TrainingResult, score?: number | null, validUntil?: string | null, evidence?: string | null, person: { __typename?: 'User', id: string } } };

export type TrainingUpdateRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTrainingRecordInput;
}>;


export type TrainingUpdateRecordMutation = { __typename?: 'Mutation', updateTrainingRecord: { __typename?: 'TrainingRecord', id: string, version: number, score?: number | null, validUntil?: string | null, evidence?: string | null } };

export type TrainingDeleteRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type TrainingDeleteRecordMutation = { __typename?: 'Mutation', deleteTrainingRecord: { __typename?: 'TrainingRecord', id: string } };

export type TrainingRecordsQueryVariables = Exact<{
  personId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingRecordsQuery = { __typename?: 'Query', trainingRecords?: { __typename?: 'TrainingRecordConnection', totalCount: number, edges: Array<{ __typename?: 'TrainingRecordEdge', node: { __typename?: 'TrainingRecord', id: string, completedOn: string, person: { __typename?: 'User', id: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type TrainingRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingRecordQuery = { __typename?: 'Query', trainingRecord?: { __typename?: 'TrainingRecord', id: string, person: { __typename?: 'User', id: string } } | null };

export type TrainingOverviewQueryVariables = Exact<{
  personId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingOverviewQuery = { __typename?: 'Query', competenceOverview?: { __typename?: 'CompetenceOverview', asOf: string, expiringWithinDays: number, requirements: Array<{ __typename?: 'RequirementCompetenceSummary', valid: number, expiring: number, expired: number, missing: number, requirement: { __typename?: 'TrainingRequirement', title: string } }>, people: { __typename?: 'PersonCompetenceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PersonCompetenceEdge', node: { __typename?: 'PersonCompetence', competent: boolean, person: { __typename?: 'User', id: string, name: string }, requirements: Array<{ __typename?: 'RequirementCompetence', status: CompetenceStatus, validUntil?: string | null, requirement: { __typename?: 'TrainingRequirement', title: string }, record?: { __typename?: 'TrainingRecord', id: string } | null }> } }> } } | null };

export type TrainingAuthorisationQueryVariables = Exact<{
  personId: Scalars['ID']['input'];
  days?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrainingAuthorisationQuery = { __typename?: 'Query', authorisationStatus?: { __typename?: 'AuthorisationStatus', asOf: string, authorised: boolean, authorisedUntil?: string | null, person: { __typename?: 'User', id: string }, elements: Array<{ __typename?: 'AuthorisationElement', assessment: TrainingAssessment, status: CompetenceStatus, validUntil?: string | null, record?: { __typename?: 'TrainingRecord', id: string } | null }>, missing: Array<{ __typename?: 'AuthorisationElement', assessment: TrainingAssessment, status: CompetenceStatus }> } | null };

export type WebhooksCreateMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type WebhooksCreateMutation = { __typename?: 'Mutation', createWebhookSubscription: { __typename?: 'WebhookSubscriptionCreated', secret: string, subscription: { __typename?: 'WebhookSubscription', id: string, version: number, url: string, events: Array<string>, enabled: boolean } } };

export type WebhooksUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookSubscriptionInput;
}>;


export type WebhooksUpdateMutation = { __typename?: 'Mutation', updateWebhookSubscription: { __typename?: 'WebhookSubscription', id: string, version: number, enabled: boolean, disabledReason?: string | null, consecutiveFailures: number } };

export type WebhooksSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksSubscriptionsQuery = { __typename?: 'Query', webhookSubscriptions?: { __typename?: 'WebhookSubscriptionConnection', edges: Array<{ __typename?: 'WebhookSubscriptionEdge', node: { __typename?: 'WebhookSubscription', id: string, version: number, enabled: boolean, disabledReason?: string | null, consecutiveFailures: number } }> } | null };

export type WebhooksDeliveriesQueryVariables = Exact<{
  subscriptionId: Scalars['ID']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
}>;


export type WebhooksDeliveriesQuery = { __typename?: 'Query', webhookDeliveries?: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, messageId: string, eventType: string, entityType: string, entityId?: string | null, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, payload: Record<string, unknown>, attemptLog: Array<{ __typename?: 'WebhookAttempt', statusCode?: number | null, error?: string | null }> } }> } | null };

export type WebhooksRedeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhooksRedeliverMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus, attempts: number } };

export type WebhooksSubmitMutationVariables = Exact<{
  slug: Scalars['String']['input'];
  input: SubmitComplaintInput;
}>;


export type WebhooksSubmitMutation = { __typename?: 'Mutation', submitComplaint: { __typename?: 'ComplaintReceipt', reference: string } };

export type WebhooksRenameMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type WebhooksRenameMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', name: string, version: number } };

export type WebhooksOrgVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksOrgVersionQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', version: number } | null };

export type CodeVersionFieldsFragment = { __typename?: 'CodeVersion', id: string, version: number, revision: number, status: CodeVersionStatus, policyStatement?: string | null, changeSummary?: string | null, internalNotes?: string | null, reviewComment?: string | null, withdrawalReason?: string | null, approvedAt?: string | null, publishedAt?: string | null, supersededAt?: string | null, withdrawnAt?: string | null, nextReviewDue?: string | null, allowedTransitions: Array<CodeVersionStatus>, approvedBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string, version: number, title: string, text: string, rationale?: string | null, position: number, internalNotes?: string | null, owner?: { __typename?: 'User', id: string } | null, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> }> };

export type CreateCodeMutationVariables = Exact<{
  input: CreateCodeInput;
}>;


export type CreateCodeMutation = { __typename?: 'Mutation', createCode: { __typename?: 'Code', id: string, key: string, title: string, scope: string, version: number, owner?: { __typename?: 'User', id: string } | null, versions: { __typename?: 'CodeVersionConnection', edges: Array<{ __typename?: 'CodeVersionEdge', node: { __typename?: 'CodeVersion', id: string, version: number, status: CodeVersionStatus } }> }, currentVersion?: { __typename?: 'CodeVersion', id: string } | null } };

export type UpdateCodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCodeInput;
}>;


export type UpdateCodeMutation = { __typename?: 'Mutation', updateCode: { __typename?: 'Code', id: string, title: string, scope: string, version: number, owner?: { __typename?: 'User', id: string } | null } };

export type CodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CodeQuery = { __typename?: 'Query', code?: { __typename?: 'Code', id: string, key: string, title: string, versions: { __typename?: 'CodeVersionConnection', edges: Array<{ __typename?: 'CodeVersionEdge', node: { __typename?: 'CodeVersion', id: string, version: number, revision: number, status: CodeVersionStatus, policyStatement?: string | null, changeSummary?: string | null, internalNotes?: string | null, reviewComment?: string | null, withdrawalReason?: string | null, approvedAt?: string | null, publishedAt?: string | null, supersededAt?: string | null, withdrawnAt?: string | null, nextReviewDue?: string | null, allowedTransitions: Array<CodeVersionStatus>, approvedBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string, version: number, title: string, text: string, rationale?: string | null, position: number, internalNotes?: string | null, owner?: { __typename?: 'User', id: string } | null, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> }> } }> }, currentVersion?: { __typename?: 'CodeVersion', id: string, version: number, status: CodeVersionStatus } | null } | null };

export type CodesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CodesQuery = { __typename?: 'Query', codes?: { __typename?: 'CodeConnection', totalCount: number, edges: Array<{ __typename?: 'CodeEdge', node: { __typename?: 'Code', id: string, key: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type CodeVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CodeVersionQuery = { __typename?: 'Query', codeVersion?: { __typename?: 'CodeVersion', id: string, version: number, revision: number, status: CodeVersionStatus, policyStatement?: string | null, changeSummary?: string | null, internalNotes?: string | null, reviewComment?: string | null, withdrawalReason?: string | null, approvedAt?: string | null, publishedAt?: string | null, supersededAt?: string | null, withdrawnAt?: string | null, nextReviewDue?: string | null, allowedTransitions: Array<CodeVersionStatus>, code: { __typename?: 'Code', id: string, key: string }, approvedBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string, version: number, title: string, text: string, rationale?: string | null, position: number, internalNotes?: string | null, owner?: { __typename?: 'User', id: string } | null, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> }> } | null };

export type UpdateVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCodeVersionInput;
}>;


export type UpdateVersionMutation = { __typename?: 'Mutation', updateCodeVersion: { __typename?: 'CodeVersion', id: string, revision: number, policyStatement?: string | null, changeSummary?: string | null, internalNotes?: string | null } };

export type CreatePromiseMutationVariables = Exact<{
  input: CreateCodePromiseInput;
}>;


export type CreatePromiseMutation = { __typename?: 'Mutation', createCodePromise: { __typename?: 'CodePromise', id: string, key: string, title: string, text: string, position: number, version: number } };

export type UpdatePromiseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCodePromiseInput;
}>;


export type UpdatePromiseMutation = { __typename?: 'Mutation', updateCodePromise: { __typename?: 'CodePromise', id: string, title: string, text: string, version: number } };

export type DeletePromiseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type DeletePromiseMutation = { __typename?: 'Mutation', deleteCodePromise: string };

export type SubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
}>;


export type SubmitMutation = { __typename?: 'Mutation', submitCodeVersion: { __typename?: 'CodeVersion', id: string, status: CodeVersionStatus, revision: number } };

export type ApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ApproveCodeVersionInput;
}>;


export type ApproveMutation = { __typename?: 'Mutation', approveCodeVersion: { __typename?: 'CodeVersion', id: string, revision: number, status: CodeVersionStatus, policyStatement?: string | null, approvedAt?: string | null, approvedBy?: { __typename?: 'User', id: string } | null } };

export type ReturnMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReturnCodeVersionInput;
}>;


export type ReturnMutation = { __typename?: 'Mutation', returnCodeVersionToDraft: { __typename?: 'CodeVersion', id: string, revision: number, status: CodeVersionStatus, reviewComment?: string | null, approvedAt?: string | null } };

export type PublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PublishCodeVersionInput;
}>;


export type PublishMutation = { __typename?: 'Mutation', publishCodeVersion: { __typename?: 'CodeVersion', id: string, revision: number, status: CodeVersionStatus, publishedAt?: string | null, nextReviewDue?: string | null } };

export type WithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: WithdrawCodeVersionInput;
}>;


export type WithdrawMutation = { __typename?: 'Mutation', withdrawCodeVersion: { __typename?: 'CodeVersion', id: string, revision: number, status: CodeVersionStatus, withdrawnAt?: string | null, withdrawalReason?: string | null } };

export type ScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ScheduleCodeReviewInput;
}>;


export type ScheduleMutation = { __typename?: 'Mutation', scheduleCodeReview: { __typename?: 'CodeVersion', id: string, revision: number, nextReviewDue?: string | null } };

export type CreateDraftMutationVariables = Exact<{
  codeId: Scalars['ID']['input'];
}>;


export type CreateDraftMutation = { __typename?: 'Mutation', createCodeDraft: { __typename?: 'CodeVersion', id: string, version: number, revision: number, status: CodeVersionStatus, policyStatement?: string | null, changeSummary?: string | null, internalNotes?: string | null, reviewComment?: string | null, withdrawalReason?: string | null, approvedAt?: string | null, publishedAt?: string | null, supersededAt?: string | null, withdrawnAt?: string | null, nextReviewDue?: string | null, allowedTransitions: Array<CodeVersionStatus>, approvedBy?: { __typename?: 'User', id: string } | null, promises: Array<{ __typename?: 'CodePromise', id: string, key: string, version: number, title: string, text: string, rationale?: string | null, position: number, internalNotes?: string | null, owner?: { __typename?: 'User', id: string } | null, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> }> } };

export type LinkMutationVariables = Exact<{
  promiseId: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  requirementIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type LinkMutation = { __typename?: 'Mutation', linkPromiseRequirements: { __typename?: 'CodePromise', id: string, key: string, version: number, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> } };

export type UnlinkMutationVariables = Exact<{
  promiseId: Scalars['ID']['input'];
  v: Scalars['Int']['input'];
  requirementIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type UnlinkMutation = { __typename?: 'Mutation', unlinkPromiseRequirements: { __typename?: 'CodePromise', id: string, key: string, version: number, requirements: Array<{ __typename?: 'NormRequirement', ref: string }> } };

export type RequirementIdQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type RequirementIdQuery = { __typename?: 'Query', normRequirement?: { __typename?: 'NormRequirement', id: string } | null };

export type FlowRegisterMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type FlowRegisterMutation = { __typename?: 'Mutation', registerComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type FlowAcknowledgeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AcknowledgeComplaintInput;
}>;


export type FlowAcknowledgeMutation = { __typename?: 'Mutation', acknowledgeComplaint: { __typename?: 'Complaint', id: string, version: number } };

export type FlowStartMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: StartComplaintHandlingInput;
}>;


export type FlowStartMutation = { __typename?: 'Mutation', startComplaintHandling: { __typename?: 'Complaint', id: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommunicationPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunicationPlanFields on CommunicationPlan {
  id
  version
  audience
  channel
  message
  frequency
  plannedOn
  executedOn
  status
  evidence
  cancellationReason
  codeVersion {
    id
    version
  }
  owner {
    id
  }
}
    `, {"fragmentName":"CommunicationPlanFields"}) as unknown as TypedDocumentString<CommunicationPlanFieldsFragment, unknown>;
export const LawComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}
    `, {"fragmentName":"LawComplaintFields"}) as unknown as TypedDocumentString<LawComplaintFieldsFragment, unknown>;
export const ComplaintsComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}
    `, {"fragmentName":"ComplaintsComplaintFields"}) as unknown as TypedDocumentString<ComplaintsComplaintFieldsFragment, unknown>;
export const ActionsActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}
    `, {"fragmentName":"ActionsActionFields"}) as unknown as TypedDocumentString<ActionsActionFieldsFragment, unknown>;
export const CorrespondenceTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CorrespondenceTemplateFields on LetterTemplate {
  id
  kind
  language
  subject
  body
  version
}
    `, {"fragmentName":"CorrespondenceTemplateFields"}) as unknown as TypedDocumentString<CorrespondenceTemplateFieldsFragment, unknown>;
export const DisputesBodyFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisputesBodyFields on DisputesBody {
  id
  name
  outcomeKind
  feeCents
  currency
  feeRefundRule
  responseWithin
  responseUnit
  appealWithinMonths
  website
  source
  isDefault
  version
}
    `, {"fragmentName":"DisputesBodyFields"}) as unknown as TypedDocumentString<DisputesBodyFieldsFragment, unknown>;
export const DisputesCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisputesCaseFields on DisputesCase {
  id
  version
  origin
  status
  bodyReference
  filedAt
  responseDueAt
  respondedAt
  respondedOnTime
  outcome
  decidedAt
  binding
  adviceFollowed
  feeCents
  feeCurrency
  feeRefundDue
  feeRefundedOn
  closedAt
  compliance {
    on
    description
    documentReference
  }
  body {
    id
    name
  }
  complaint {
    id
    status
    version
    reference
    escalation {
      body
      escalatedAt
      outcome
      binding
      decidedAt
    }
    timeline {
      from
      to
    }
  }
}
    `, {"fragmentName":"DisputesCaseFields"}) as unknown as TypedDocumentString<DisputesCaseFieldsFragment, unknown>;
export const KpisKpiFieldsFragmentDoc = new TypedDocumentString(`
    fragment KpisKpiFields on Kpi {
  id
  version
  name
  kind
  unit
  direction
  target
  threshold
  frequency
  promiseKey
  archived
  archivedAt
  chain {
    id
    name
  }
  code {
    id
    key
  }
  promise {
    id
    key
    title
  }
}
    `, {"fragmentName":"KpisKpiFields"}) as unknown as TypedDocumentString<KpisKpiFieldsFragment, unknown>;
export const ReviewsAnalysisFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
    `, {"fragmentName":"ReviewsAnalysisFields"}) as unknown as TypedDocumentString<ReviewsAnalysisFieldsFragment, unknown>;
export const ReviewsReviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}`, {"fragmentName":"ReviewsReviewFields"}) as unknown as TypedDocumentString<ReviewsReviewFieldsFragment, unknown>;
export const RollupsAnalysisFieldsFragmentDoc = new TypedDocumentString(`
    fragment RollupsAnalysisFields on ComplaintAnalysis {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
    disputes {
      cases
      rated
      overturned
      overturnRate
    }
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}
    `, {"fragmentName":"RollupsAnalysisFields"}) as unknown as TypedDocumentString<RollupsAnalysisFieldsFragment, unknown>;
export const RollupsPreviousYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment RollupsPreviousYearFields on ComplaintYearFigures {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
    disputes {
      cases
      rated
      overturned
      overturnRate
    }
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}
    `, {"fragmentName":"RollupsPreviousYearFields"}) as unknown as TypedDocumentString<RollupsPreviousYearFieldsFragment, unknown>;
export const MonitoringYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonitoringYearFields on ComplaintAnalysis {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}
    `, {"fragmentName":"MonitoringYearFields"}) as unknown as TypedDocumentString<MonitoringYearFieldsFragment, unknown>;
export const MonitoringPreviousYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment MonitoringPreviousYearFields on ComplaintYearFigures {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}
    `, {"fragmentName":"MonitoringPreviousYearFields"}) as unknown as TypedDocumentString<MonitoringPreviousYearFieldsFragment, unknown>;
export const RateLimitsMoreFragmentDoc = new TypedDocumentString(`
    fragment RateLimitsMore on Mutation {
  c: submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
  d: submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `, {"fragmentName":"RateLimitsMore"}) as unknown as TypedDocumentString<RateLimitsMoreFragment, unknown>;
export const ResourcesResourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResourcesResourceFields on Resource {
  id
  version
  kind
  description
  quantity
  unit
  periodStart
  periodEnd
  code {
    key
  }
  codeVersion {
    id
    version
  }
  promise {
    key
  }
  owner {
    id
  }
}
    `, {"fragmentName":"ResourcesResourceFields"}) as unknown as TypedDocumentString<ResourcesResourceFieldsFragment, unknown>;
export const SurveysSurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveysSurveyFields on SatisfactionSurvey {
  id
  origin
  status
  link
  respondentType
  respondentName
  respondentEmail
  caseReference
  language
  expiresAt
  answeredAt
  overall
  comment
  personalDataErasedAt
  answers {
    promiseKey
    position
    score
    answeredOn
  }
}
    `, {"fragmentName":"SurveysSurveyFields"}) as unknown as TypedDocumentString<SurveysSurveyFieldsFragment, unknown>;
export const InvitationsSurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvitationsSurveyFields on SatisfactionSurvey {
  id
  link
  language
  respondentEmail
  expiresAt
  invitedAt
  status
}
    `, {"fragmentName":"InvitationsSurveyFields"}) as unknown as TypedDocumentString<InvitationsSurveyFieldsFragment, unknown>;
export const CodeVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CodeVersionFields on CodeVersion {
  id
  version
  revision
  status
  policyStatement
  changeSummary
  internalNotes
  reviewComment
  withdrawalReason
  approvedAt
  approvedBy {
    id
  }
  publishedAt
  supersededAt
  withdrawnAt
  nextReviewDue
  allowedTransitions
  promises {
    id
    key
    version
    title
    text
    rationale
    position
    internalNotes
    owner {
      id
    }
    requirements {
      ref
    }
  }
}
    `, {"fragmentName":"CodeVersionFields"}) as unknown as TypedDocumentString<CodeVersionFieldsFragment, unknown>;
export const BoundedTypenameDocument = new TypedDocumentString(`
    query BoundedTypename {
  __typename
}
    `) as unknown as TypedDocumentString<BoundedTypenameQuery, BoundedTypenameQueryVariables>;
export const BoundedMeDocument = new TypedDocumentString(`
    query BoundedMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundedMeQuery, BoundedMeQueryVariables>;
export const BoundedPromiseComplaintsPageDocument = new TypedDocumentString(`
    query BoundedPromiseComplaintsPage($id: ID!, $after: String) {
  corrective: correctiveActions(first: 1) {
    totalCount
  }
  complaints(first: 1, promiseId: $id) {
    edges {
      node {
        promises {
          id
          complaints(first: 2, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              hasPreviousPage
              endCursor
            }
            edges {
              cursor
              node {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoundedPromiseComplaintsPageQuery, BoundedPromiseComplaintsPageQueryVariables>;
export const BoundedPromiseActionsPageDocument = new TypedDocumentString(`
    query BoundedPromiseActionsPage($id: ID!, $after: String) {
  correctiveAction(id: $id) {
    promise {
      correctiveActions(first: 1, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoundedPromiseActionsPageQuery, BoundedPromiseActionsPageQueryVariables>;
export const BoundedNestedPageDocument = new TypedDocumentString(`
    query BoundedNestedPage($first: Int!) {
  complaints(first: $first) {
    edges {
      node {
        id
        promises {
          key
          complaints(first: 5) {
            totalCount
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoundedNestedPageQuery, BoundedNestedPageQueryVariables>;
export const BoundedBadNestedCursorDocument = new TypedDocumentString(`
    query BoundedBadNestedCursor {
  complaints(first: 1) {
    edges {
      node {
        promises {
          complaints(after: "bm90IGEgY3Vyc29y") {
            totalCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoundedBadNestedCursorQuery, BoundedBadNestedCursorQueryVariables>;
export const BoundedDeadlineDocument = new TypedDocumentString(`
    query BoundedDeadline {
  complaints(first: 20) {
    edges {
      node {
        id
        promises {
          key
          complaints(first: 5) {
            totalCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoundedDeadlineQuery, BoundedDeadlineQueryVariables>;
export const BoundedAnalysisDocument = new TypedDocumentString(`
    query BoundedAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
    }
    acknowledgementTime {
      medianHours
    }
    byPromise {
      promiseKey
      complaints
    }
  }
}
    `) as unknown as TypedDocumentString<BoundedAnalysisQuery, BoundedAnalysisQueryVariables>;
export const BoundedCreateReviewDocument = new TypedDocumentString(`
    mutation BoundedCreateReview($input: CreateManagementReviewInput!) {
  createManagementReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BoundedCreateReviewMutation, BoundedCreateReviewMutationVariables>;
export const LanguagesOrganizationDocument = new TypedDocumentString(`
    query LanguagesOrganization {
  organization {
    languages
    version
  }
}
    `) as unknown as TypedDocumentString<LanguagesOrganizationQuery, LanguagesOrganizationQueryVariables>;
export const LanguagesUpdateOrganizationDocument = new TypedDocumentString(`
    mutation LanguagesUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    languages
    version
  }
}
    `) as unknown as TypedDocumentString<LanguagesUpdateOrganizationMutation, LanguagesUpdateOrganizationMutationVariables>;
export const LanguagesTranslateDocument = new TypedDocumentString(`
    mutation LanguagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) {
  translateCodeVersion(id: $id, input: $input) {
    id
    revision
    language
    missingLanguages
    translations {
      language
      title
      policyStatement
      promises {
        key
        title
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LanguagesTranslateMutation, LanguagesTranslateMutationVariables>;
export const LanguagesVersionDocument = new TypedDocumentString(`
    query LanguagesVersion($id: ID!) {
  codeVersion(id: $id) {
    id
    revision
    status
    language
    missingLanguages
    staleLanguages
    translations {
      language
      title
      policyStatement
      promises {
        key
        title
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LanguagesVersionQuery, LanguagesVersionQueryVariables>;
export const LanguagesPublishedCodeDocument = new TypedDocumentString(`
    query LanguagesPublishedCode($slug: String!, $key: String!, $language: String) {
  publishedCode(organizationSlug: $slug, codeKey: $key, language: $language) {
    key
    title
    language
    availableLanguages
    currentVersion {
      version
      policyStatement
      promises {
        key
        title
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LanguagesPublishedCodeQuery, LanguagesPublishedCodeQueryVariables>;
export const LanguagesPublishedCodesDocument = new TypedDocumentString(`
    query LanguagesPublishedCodes($slug: String!, $language: String) {
  publishedCodes(organizationSlug: $slug, language: $language) {
    key
    title
    language
    availableLanguages
  }
}
    `) as unknown as TypedDocumentString<LanguagesPublishedCodesQuery, LanguagesPublishedCodesQueryVariables>;
export const LanguagesSubmitComplaintDocument = new TypedDocumentString(`
    mutation LanguagesSubmitComplaint($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<LanguagesSubmitComplaintMutation, LanguagesSubmitComplaintMutationVariables>;
export const LanguagesRegisterDocument = new TypedDocumentString(`
    mutation LanguagesRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
    language
  }
}
    `) as unknown as TypedDocumentString<LanguagesRegisterMutation, LanguagesRegisterMutationVariables>;
export const LanguagesUpdateComplaintDocument = new TypedDocumentString(`
    mutation LanguagesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    id
    version
    language
  }
}
    `) as unknown as TypedDocumentString<LanguagesUpdateComplaintMutation, LanguagesUpdateComplaintMutationVariables>;
export const LanguagesComplaintDocument = new TypedDocumentString(`
    query LanguagesComplaint($id: ID!) {
  complaint(id: $id) {
    id
    version
    language
    letters {
      kind
      language
      subject
      body
    }
  }
}
    `) as unknown as TypedDocumentString<LanguagesComplaintQuery, LanguagesComplaintQueryVariables>;
export const LanguagesCreateTemplateDocument = new TypedDocumentString(`
    mutation LanguagesCreateTemplate($input: CreateLetterTemplateInput!) {
  createLetterTemplate(input: $input) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<LanguagesCreateTemplateMutation, LanguagesCreateTemplateMutationVariables>;
export const LanguagesAcknowledgeDocument = new TypedDocumentString(`
    mutation LanguagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    status
    letters {
      kind
      language
      subject
      body
    }
  }
}
    `) as unknown as TypedDocumentString<LanguagesAcknowledgeMutation, LanguagesAcknowledgeMutationVariables>;
export const LanguagesReturnDocument = new TypedDocumentString(`
    mutation LanguagesReturn($id: ID!, $input: ReturnCodeVersionInput!) {
  returnCodeVersionToDraft(id: $id, input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<LanguagesReturnMutation, LanguagesReturnMutationVariables>;
export const LanguagesReturnStaleDocument = new TypedDocumentString(`
    mutation LanguagesReturnStale($id: ID!, $input: ReturnCodeVersionInput!) {
  returnCodeVersionToDraft(id: $id, input: $input) {
    revision
  }
}
    `) as unknown as TypedDocumentString<LanguagesReturnStaleMutation, LanguagesReturnStaleMutationVariables>;
export const CodesDueDocument = new TypedDocumentString(`
    query CodesDue($within: Int!) {
  codesDueForReview(within: $within) {
    id
    nextReviewDue
    code {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<CodesDueQuery, CodesDueQueryVariables>;
export const CommunicationCreateDocument = new TypedDocumentString(`
    mutation CommunicationCreate($input: CreateCommunicationPlanInput!) {
  createCommunicationPlan(input: $input) {
    ...CommunicationPlanFields
  }
}
    fragment CommunicationPlanFields on CommunicationPlan {
  id
  version
  audience
  channel
  message
  frequency
  plannedOn
  executedOn
  status
  evidence
  cancellationReason
  codeVersion {
    id
    version
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CommunicationCreateMutation, CommunicationCreateMutationVariables>;
export const CommunicationUpdateDocument = new TypedDocumentString(`
    mutation CommunicationUpdate($id: ID!, $input: UpdateCommunicationPlanInput!) {
  updateCommunicationPlan(id: $id, input: $input) {
    ...CommunicationPlanFields
  }
}
    fragment CommunicationPlanFields on CommunicationPlan {
  id
  version
  audience
  channel
  message
  frequency
  plannedOn
  executedOn
  status
  evidence
  cancellationReason
  codeVersion {
    id
    version
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CommunicationUpdateMutation, CommunicationUpdateMutationVariables>;
export const CommunicationCompleteDocument = new TypedDocumentString(`
    mutation CommunicationComplete($id: ID!, $input: CompleteCommunicationPlanInput!) {
  completeCommunicationPlan(id: $id, input: $input) {
    ...CommunicationPlanFields
  }
}
    fragment CommunicationPlanFields on CommunicationPlan {
  id
  version
  audience
  channel
  message
  frequency
  plannedOn
  executedOn
  status
  evidence
  cancellationReason
  codeVersion {
    id
    version
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CommunicationCompleteMutation, CommunicationCompleteMutationVariables>;
export const CommunicationCancelDocument = new TypedDocumentString(`
    mutation CommunicationCancel($id: ID!, $input: CancelCommunicationPlanInput!) {
  cancelCommunicationPlan(id: $id, input: $input) {
    ...CommunicationPlanFields
  }
}
    fragment CommunicationPlanFields on CommunicationPlan {
  id
  version
  audience
  channel
  message
  frequency
  plannedOn
  executedOn
  status
  evidence
  cancellationReason
  codeVersion {
    id
    version
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CommunicationCancelMutation, CommunicationCancelMutationVariables>;
export const CommunicationDeleteDocument = new TypedDocumentString(`
    mutation CommunicationDelete($id: ID!, $v: Int!) {
  deleteCommunicationPlan(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommunicationDeleteMutation, CommunicationDeleteMutationVariables>;
export const CommunicationPlanDocument = new TypedDocumentString(`
    query CommunicationPlan($id: ID!) {
  communicationPlan(id: $id) {
    ...CommunicationPlanFields
  }
}
    fragment CommunicationPlanFields on CommunicationPlan {
  id
  version
  audience
  channel
  message
  frequency
  plannedOn
  executedOn
  status
  evidence
  cancellationReason
  codeVersion {
    id
    version
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CommunicationPlanQuery, CommunicationPlanQueryVariables>;
export const CommunicationPlansDocument = new TypedDocumentString(`
    query CommunicationPlans($codeVersionId: ID, $audience: CommunicationAudience, $status: CommunicationPlanStatus, $first: Int, $after: String) {
  communicationPlans(
    codeVersionId: $codeVersionId
    audience: $audience
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      node {
        message
        plannedOn
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CommunicationPlansQuery, CommunicationPlansQueryVariables>;
export const CommunicationCoverageDocument = new TypedDocumentString(`
    query CommunicationCoverage($id: ID!) {
  communicationCoverage(codeVersionId: $id) {
    codeVersion {
      id
    }
    inForce
    reached
    notReached
    audiences {
      audience
      reached
      donePlans
      plannedPlans
      lastReachedOn
      nextPlannedOn
    }
  }
}
    `) as unknown as TypedDocumentString<CommunicationCoverageQuery, CommunicationCoverageQueryVariables>;
export const LawLettersDocument = new TypedDocumentString(`
    query LawLetters($id: ID!) {
  complaint(id: $id) {
    letters {
      id
      kind
      language
      body
    }
    timeline {
      kind
      letter {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawLettersQuery, LawLettersQueryVariables>;
export const LawOrganizationDocument = new TypedDocumentString(`
    query LawOrganization {
  organization {
    version
    statutoryRulePack
    complaintPolicy {
      acknowledgeWithin
      acknowledgeUnit
      resolveWithin
      resolveUnit
    }
    statutoryRules {
      pack
      title
      acknowledgement {
        within
        unit
        source {
          law
          article
          url
        }
      }
      disputesBody {
        required
        source {
          law
        }
      }
      retention {
        years
        source {
          law
          article
          url
        }
      }
      notes
    }
    compliance {
      rule
      field
      description
      currentValue
      requiredValue
      source {
        law
        article
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawOrganizationQuery, LawOrganizationQueryVariables>;
export const LawUpdateOrganizationDocument = new TypedDocumentString(`
    mutation LawUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    version
    statutoryRulePack
    complaintPolicy {
      acknowledgeWithin
      acknowledgeUnit
    }
    compliance {
      rule
      currentValue
      requiredValue
    }
  }
}
    `) as unknown as TypedDocumentString<LawUpdateOrganizationMutation, LawUpdateOrganizationMutationVariables>;
export const LawRegisterDocument = new TypedDocumentString(`
    mutation LawRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawRegisterMutation, LawRegisterMutationVariables>;
export const LawSubmitDocument = new TypedDocumentString(`
    mutation LawSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<LawSubmitMutation, LawSubmitMutationVariables>;
export const LawComplaintDocument = new TypedDocumentString(`
    query LawComplaint($id: ID!) {
  complaint(id: $id) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawComplaintQuery, LawComplaintQueryVariables>;
export const LawListDocument = new TypedDocumentString(`
    query LawList($overdue: Boolean, $kind: ComplaintKind, $search: String) {
  complaints(first: 100, overdue: $overdue, kind: $kind, search: $search) {
    totalCount
    edges {
      node {
        id
        reference
        isOverdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawListQuery, LawListQueryVariables>;
export const LawUpdateDocument = new TypedDocumentString(`
    mutation LawUpdate($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawUpdateMutation, LawUpdateMutationVariables>;
export const LawAcknowledgeDocument = new TypedDocumentString(`
    mutation LawAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawAcknowledgeMutation, LawAcknowledgeMutationVariables>;
export const LawStartDocument = new TypedDocumentString(`
    mutation LawStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawStartMutation, LawStartMutationVariables>;
export const LawResolveDocument = new TypedDocumentString(`
    mutation LawResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawResolveMutation, LawResolveMutationVariables>;
export const LawCloseDocument = new TypedDocumentString(`
    mutation LawClose($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawCloseMutation, LawCloseMutationVariables>;
export const LawInformDocument = new TypedDocumentString(`
    mutation LawInform($id: ID!, $input: ComplaintStepInput!) {
  informEmployeeConcerned(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawInformMutation, LawInformMutationVariables>;
export const LawExtendDocument = new TypedDocumentString(`
    mutation LawExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {
  extendComplaintDeadline(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawExtendMutation, LawExtendMutationVariables>;
export const LawPauseDocument = new TypedDocumentString(`
    mutation LawPause($id: ID!, $input: ComplaintReasonInput!) {
  pauseComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawPauseMutation, LawPauseMutationVariables>;
export const LawResumeDocument = new TypedDocumentString(`
    mutation LawResume($id: ID!, $input: ComplaintStepInput!) {
  resumeComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawResumeMutation, LawResumeMutationVariables>;
export const LawReopenDocument = new TypedDocumentString(`
    mutation LawReopen($id: ID!, $input: ComplaintReasonInput!) {
  reopenComplaint(id: $id, input: $input) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawReopenMutation, LawReopenMutationVariables>;
export const LawAnonymizeDocument = new TypedDocumentString(`
    mutation LawAnonymize($id: ID!, $expectedVersion: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) {
    ...LawComplaintFields
  }
}
    fragment LawComplaintFields on Complaint {
  id
  version
  reference
  status
  kind
  receivedAt
  acknowledgementDueAt
  resolutionDueAt
  extendedResolutionDueAt
  workingResolutionDueAt
  pausedAt
  pausedWorkingDays
  resolvedAt
  resolvedOnTime
  closedAt
  reopenedAt
  reopenCount
  outsideCodeReason
  isOverdue
  anonymizedAt
  complainantType
  complainantMandate
  employeeInformedAt
  employeeConcerned {
    id
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  complainant {
    name
    address
    mandateReference
  }
  timeline {
    kind
    from
    to
    note
    dueAt
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<LawAnonymizeMutation, LawAnonymizeMutationVariables>;
export const LawDueDocument = new TypedDocumentString(`
    query LawDue {
  complaintsDueForAnonymisation {
    dryRun
    due
    references
  }
}
    `) as unknown as TypedDocumentString<LawDueQuery, LawDueQueryVariables>;
export const LawAnonymizeDueDocument = new TypedDocumentString(`
    mutation LawAnonymizeDue($input: AnonymizeDueComplaintsInput!) {
  anonymizeDueComplaints(input: $input) {
    dryRun
    due
    references
  }
}
    `) as unknown as TypedDocumentString<LawAnonymizeDueMutation, LawAnonymizeDueMutationVariables>;
export const LawCodeGapsDocument = new TypedDocumentString(`
    query LawCodeGaps {
  codeGaps {
    total
    words {
      word
      count
    }
    byCategory {
      category
      count
      words {
        word
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawCodeGapsQuery, LawCodeGapsQueryVariables>;
export const LawAnalysisDocument = new TypedDocumentString(`
    query LawAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
      resolved
      unresolved
      withoutPromise
    }
  }
}
    `) as unknown as TypedDocumentString<LawAnalysisQuery, LawAnalysisQueryVariables>;
export const LawCodeStatusDocument = new TypedDocumentString(`
    query LawCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    promises {
      promise {
        key
      }
      complaints {
        received
        open
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawCodeStatusQuery, LawCodeStatusQueryVariables>;
export const LawAuditDocument = new TypedDocumentString(`
    query LawAudit($id: ID) {
  auditEvents(entityId: $id, first: 50) {
    edges {
      node {
        action
        changes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LawAuditQuery, LawAuditQueryVariables>;
export const TrackingSubmitDocument = new TypedDocumentString(`
    mutation TrackingSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
    trackingSecret
  }
}
    `) as unknown as TypedDocumentString<TrackingSubmitMutation, TrackingSubmitMutationVariables>;
export const TrackingStatusDocument = new TypedDocumentString(`
    query TrackingStatus($slug: String!, $reference: String!, $secret: String!) {
  complaintStatus(organizationSlug: $slug, reference: $reference, secret: $secret) {
    reference
    status
    receivedAt
    acknowledgementDueAt
    resolutionDueAt
    extensionReason
    letters {
      kind
      sentAt
      language
      subject
      body
    }
    outcome
    disputesRoute {
      name
      postalAddress
      website
      appealWithinMonths
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingStatusQuery, TrackingStatusQueryVariables>;
export const TrackingComplaintsDocument = new TypedDocumentString(`
    query TrackingComplaints($search: String) {
  complaints(first: 5, search: $search) {
    edges {
      node {
        id
        version
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingComplaintsQuery, TrackingComplaintsQueryVariables>;
export const TrackingRegisterDocument = new TypedDocumentString(`
    mutation TrackingRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
    reference
  }
}
    `) as unknown as TypedDocumentString<TrackingRegisterMutation, TrackingRegisterMutationVariables>;
export const TrackingIssueDocument = new TypedDocumentString(`
    mutation TrackingIssue($id: ID!) {
  issueComplaintTrackingSecret(id: $id) {
    reference
    trackingSecret
  }
}
    `) as unknown as TypedDocumentString<TrackingIssueMutation, TrackingIssueMutationVariables>;
export const TrackingUpdateDocument = new TypedDocumentString(`
    mutation TrackingUpdate($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<TrackingUpdateMutation, TrackingUpdateMutationVariables>;
export const TrackingAcknowledgeDocument = new TypedDocumentString(`
    mutation TrackingAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<TrackingAcknowledgeMutation, TrackingAcknowledgeMutationVariables>;
export const TrackingStartDocument = new TypedDocumentString(`
    mutation TrackingStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<TrackingStartMutation, TrackingStartMutationVariables>;
export const TrackingExtendDocument = new TypedDocumentString(`
    mutation TrackingExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {
  extendComplaintDeadline(id: $id, input: $input) {
    version
    workingResolutionDueAt
  }
}
    `) as unknown as TypedDocumentString<TrackingExtendMutation, TrackingExtendMutationVariables>;
export const TrackingResolveDocument = new TypedDocumentString(`
    mutation TrackingResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<TrackingResolveMutation, TrackingResolveMutationVariables>;
export const TrackingCloseDocument = new TypedDocumentString(`
    mutation TrackingClose($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<TrackingCloseMutation, TrackingCloseMutationVariables>;
export const TrackingAnonymizeDocument = new TypedDocumentString(`
    mutation TrackingAnonymize($id: ID!, $expectedVersion: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) {
    anonymizedAt
  }
}
    `) as unknown as TypedDocumentString<TrackingAnonymizeMutation, TrackingAnonymizeMutationVariables>;
export const TrackingAuditDocument = new TypedDocumentString(`
    query TrackingAudit($id: ID!) {
  auditEvents(first: 20, entityId: $id) {
    edges {
      node {
        action
        changes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingAuditQuery, TrackingAuditQueryVariables>;
export const ComplaintsByPromisePageDocument = new TypedDocumentString(`
    query ComplaintsByPromisePage($promiseId: ID!, $status: [ComplaintStatus!], $first: Int, $after: String) {
  complaints(promiseId: $promiseId, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        receivedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsByPromisePageQuery, ComplaintsByPromisePageQueryVariables>;
export const ComplaintsRegisterDocument = new TypedDocumentString(`
    mutation ComplaintsRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsRegisterMutation, ComplaintsRegisterMutationVariables>;
export const ComplaintsSubmitDocument = new TypedDocumentString(`
    mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<ComplaintsSubmitMutation, ComplaintsSubmitMutationVariables>;
export const ComplaintsUpdateDocument = new TypedDocumentString(`
    mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsUpdateMutation, ComplaintsUpdateMutationVariables>;
export const ComplaintsComplaintDocument = new TypedDocumentString(`
    query ComplaintsComplaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsComplaintQuery, ComplaintsComplaintQueryVariables>;
export const ComplaintsAcknowledgeDocument = new TypedDocumentString(`
    mutation ComplaintsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsAcknowledgeMutation, ComplaintsAcknowledgeMutationVariables>;
export const ComplaintsStartDocument = new TypedDocumentString(`
    mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsStartMutation, ComplaintsStartMutationVariables>;
export const ComplaintsResolveDocument = new TypedDocumentString(`
    mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsResolveMutation, ComplaintsResolveMutationVariables>;
export const ComplaintsCloseDocument = new TypedDocumentString(`
    mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsCloseMutation, ComplaintsCloseMutationVariables>;
export const ComplaintsEscalateDocument = new TypedDocumentString(`
    mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) {
  escalateComplaint(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsEscalateMutation, ComplaintsEscalateMutationVariables>;
export const ComplaintsDecideDocument = new TypedDocumentString(`
    mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) {
  recordEscalationDecision(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsDecideMutation, ComplaintsDecideMutationVariables>;
export const ComplaintsDisputesCaseDocument = new TypedDocumentString(`
    query ComplaintsDisputesCase($id: ID!) {
  complaint(id: $id) {
    disputesCase {
      status
      outcome
      binding
      body {
        name
        outcomeKind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsDisputesCaseQuery, ComplaintsDisputesCaseQueryVariables>;
export const ComplaintsSatisfactionDocument = new TypedDocumentString(`
    mutation ComplaintsSatisfaction($id: ID!, $input: RecordSatisfactionInput!) {
  recordComplaintSatisfaction(id: $id, input: $input) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsSatisfactionMutation, ComplaintsSatisfactionMutationVariables>;
export const ComplaintsAnonymizeDocument = new TypedDocumentString(`
    mutation ComplaintsAnonymize($id: ID!, $expectedVersion: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) {
    ...ComplaintsComplaintFields
  }
}
    fragment ComplaintsComplaintFields on Complaint {
  id
  version
  reference
  receivedAt
  channel
  subject
  description
  status
  categories
  acknowledgementDueAt
  acknowledgedAt
  acknowledgedOnTime
  resolutionDueAt
  resolvedAt
  resolvedOnTime
  decision
  outcome
  closedAt
  isOverdue
  satisfaction
  anonymizedAt
  complainant {
    name
    email
    phone
    customerReference
  }
  handler {
    id
  }
  registeredBy {
    id
  }
  promises {
    id
    key
  }
  escalation {
    body
    escalatedAt
    outcome
    binding
    decidedAt
  }
  timeline {
    at
    from
    to
    note
    actor {
      id
    }
  }
}`) as unknown as TypedDocumentString<ComplaintsAnonymizeMutation, ComplaintsAnonymizeMutationVariables>;
export const ComplaintsListDocument = new TypedDocumentString(`
    query ComplaintsList($first: Int, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $promiseId: ID, $handlerId: ID, $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort) {
  complaints(
    first: $first
    after: $after
    status: $status
    category: $category
    promiseId: $promiseId
    handlerId: $handlerId
    overdue: $overdue
    receivedFrom: $receivedFrom
    receivedTo: $receivedTo
    search: $search
    sort: $sort
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        reference
        subject
        status
        isOverdue
        receivedAt
        resolutionDueAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsListQuery, ComplaintsListQueryVariables>;
export const ComplaintsCountsDocument = new TypedDocumentString(`
    query ComplaintsCounts {
  complaintCounts {
    total
    unresolved
    unresolvedOverdue
    byStatus {
      status
      count
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsCountsQuery, ComplaintsCountsQueryVariables>;
export const ComplaintsOrganizationVersionDocument = new TypedDocumentString(`
    query ComplaintsOrganizationVersion {
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<ComplaintsOrganizationVersionQuery, ComplaintsOrganizationVersionQueryVariables>;
export const ComplaintsUpdateOrganizationDocument = new TypedDocumentString(`
    mutation ComplaintsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    version
    complaintPolicy {
      acknowledgeWithin
      acknowledgeUnit
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsUpdateOrganizationMutation, ComplaintsUpdateOrganizationMutationVariables>;
export const ComplaintsAddClosureDayDocument = new TypedDocumentString(`
    mutation ComplaintsAddClosureDay($input: AddClosureDayInput!) {
  addClosureDay(input: $input) {
    id
    date
    reason
    version
  }
}
    `) as unknown as TypedDocumentString<ComplaintsAddClosureDayMutation, ComplaintsAddClosureDayMutationVariables>;
export const ComplaintsRemoveClosureDayDocument = new TypedDocumentString(`
    mutation ComplaintsRemoveClosureDay($date: LocalDate!, $v: Int!) {
  removeClosureDay(date: $date, expectedVersion: $v) {
    date
  }
}
    `) as unknown as TypedDocumentString<ComplaintsRemoveClosureDayMutation, ComplaintsRemoveClosureDayMutationVariables>;
export const ComplaintsClosureDaysDocument = new TypedDocumentString(`
    query ComplaintsClosureDays($from: LocalDate, $to: LocalDate) {
  closureDays(from: $from, to: $to) {
    totalCount
    edges {
      node {
        date
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsClosureDaysQuery, ComplaintsClosureDaysQueryVariables>;
export const ComplaintsPromiseComplaintsDocument = new TypedDocumentString(`
    query ComplaintsPromiseComplaints($id: ID!) {
  complaint(id: $id) {
    promises {
      key
      complaints {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsPromiseComplaintsQuery, ComplaintsPromiseComplaintsQueryVariables>;
export const ComplaintsAuditEventsDocument = new TypedDocumentString(`
    query ComplaintsAuditEvents($id: ID) {
  auditEvents(entityId: $id, first: 100) {
    edges {
      node {
        action
        changes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintsAuditEventsQuery, ComplaintsAuditEventsQueryVariables>;
export const ActionsCreateDocument = new TypedDocumentString(`
    mutation ActionsCreate($input: CreateCorrectiveActionInput!) {
  createCorrectiveAction(input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsCreateMutation, ActionsCreateMutationVariables>;
export const ActionsUpdateDocument = new TypedDocumentString(`
    mutation ActionsUpdate($id: ID!, $input: UpdateCorrectiveActionInput!) {
  updateCorrectiveAction(id: $id, input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsUpdateMutation, ActionsUpdateMutationVariables>;
export const ActionsStartDocument = new TypedDocumentString(`
    mutation ActionsStart($id: ID!, $input: CorrectiveActionStepInput!) {
  startCorrectiveAction(id: $id, input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsStartMutation, ActionsStartMutationVariables>;
export const ActionsCompleteDocument = new TypedDocumentString(`
    mutation ActionsComplete($id: ID!, $input: CorrectiveActionStepInput!) {
  completeCorrectiveAction(id: $id, input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsCompleteMutation, ActionsCompleteMutationVariables>;
export const ActionsCheckDocument = new TypedDocumentString(`
    mutation ActionsCheck($id: ID!, $input: CheckEffectivenessInput!) {
  checkCorrectiveActionEffectiveness(id: $id, input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsCheckMutation, ActionsCheckMutationVariables>;
export const ActionsReopenDocument = new TypedDocumentString(`
    mutation ActionsReopen($id: ID!, $input: ReopenCorrectiveActionInput!) {
  reopenCorrectiveAction(id: $id, input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsReopenMutation, ActionsReopenMutationVariables>;
export const ActionsCancelDocument = new TypedDocumentString(`
    mutation ActionsCancel($id: ID!, $input: CancelCorrectiveActionInput!) {
  cancelCorrectiveAction(id: $id, input: $input) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsCancelMutation, ActionsCancelMutationVariables>;
export const ActionsActionDocument = new TypedDocumentString(`
    query ActionsAction($id: ID!) {
  correctiveAction(id: $id) {
    ...ActionsActionFields
  }
}
    fragment ActionsActionFields on CorrectiveAction {
  id
  version
  kind
  title
  rootCause
  plannedAction
  dueOn
  status
  startedAt
  doneAt
  reopenNote
  cancellationReason
  cancelledAt
  decidedAt
  isOverdue
  promise {
    id
    key
  }
  complaints {
    edges {
      node {
        id
      }
    }
  }
  owner {
    id
  }
  decidedBy {
    id
  }
  createdBy {
    id
  }
  effectivenessCheck {
    verifiedBy {
      id
    }
    verifiedOn
    effective
    note
  }
}`) as unknown as TypedDocumentString<ActionsActionQuery, ActionsActionQueryVariables>;
export const ActionsListDocument = new TypedDocumentString(`
    query ActionsList($status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {
  correctiveActions(
    first: 100
    status: $status
    kind: $kind
    promiseId: $promiseId
    overdue: $overdue
  ) {
    totalCount
    edges {
      node {
        id
        dueOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsListQuery, ActionsListQueryVariables>;
export const ActionsOverdueDocument = new TypedDocumentString(`
    query ActionsOverdue($first: Int, $after: String) {
  overdueCorrectiveActions(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        dueOn
        status
        isOverdue
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsOverdueQuery, ActionsOverdueQueryVariables>;
export const ActionsRegisterComplaintDocument = new TypedDocumentString(`
    mutation ActionsRegisterComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
    reference
  }
}
    `) as unknown as TypedDocumentString<ActionsRegisterComplaintMutation, ActionsRegisterComplaintMutationVariables>;
export const ActionsComplaintActionsDocument = new TypedDocumentString(`
    query ActionsComplaintActions($id: ID!) {
  complaint(id: $id) {
    correctiveActions {
      edges {
        node {
          id
          promise {
            key
            complaints {
              edges {
                node {
                  id
                }
              }
            }
            correctiveActions {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsComplaintActionsQuery, ActionsComplaintActionsQueryVariables>;
export const ActionsComplaintPromisesDocument = new TypedDocumentString(`
    query ActionsComplaintPromises($id: ID!) {
  complaint(id: $id) {
    promises {
      id
      correctiveActions {
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsComplaintPromisesQuery, ActionsComplaintPromisesQueryVariables>;
export const ActionsAuditEventsDocument = new TypedDocumentString(`
    query ActionsAuditEvents($id: ID) {
  auditEvents(entityId: $id, first: 10) {
    edges {
      node {
        action
        changes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsAuditEventsQuery, ActionsAuditEventsQueryVariables>;
export const CorrespondenceCreateTemplateDocument = new TypedDocumentString(`
    mutation CorrespondenceCreateTemplate($input: CreateLetterTemplateInput!) {
  createLetterTemplate(input: $input) {
    ...CorrespondenceTemplateFields
  }
}
    fragment CorrespondenceTemplateFields on LetterTemplate {
  id
  kind
  language
  subject
  body
  version
}`) as unknown as TypedDocumentString<CorrespondenceCreateTemplateMutation, CorrespondenceCreateTemplateMutationVariables>;
export const CorrespondenceUpdateTemplateDocument = new TypedDocumentString(`
    mutation CorrespondenceUpdateTemplate($id: ID!, $input: UpdateLetterTemplateInput!) {
  updateLetterTemplate(id: $id, input: $input) {
    ...CorrespondenceTemplateFields
  }
}
    fragment CorrespondenceTemplateFields on LetterTemplate {
  id
  kind
  language
  subject
  body
  version
}`) as unknown as TypedDocumentString<CorrespondenceUpdateTemplateMutation, CorrespondenceUpdateTemplateMutationVariables>;
export const CorrespondenceDeleteTemplateDocument = new TypedDocumentString(`
    mutation CorrespondenceDeleteTemplate($id: ID!, $v: Int!) {
  deleteLetterTemplate(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceDeleteTemplateMutation, CorrespondenceDeleteTemplateMutationVariables>;
export const CorrespondenceTemplatesDocument = new TypedDocumentString(`
    query CorrespondenceTemplates($kind: LetterKind, $language: String) {
  letterTemplates(kind: $kind, language: $language) {
    totalCount
    edges {
      node {
        kind
        language
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceTemplatesQuery, CorrespondenceTemplatesQueryVariables>;
export const CorrespondencePlaceholdersDocument = new TypedDocumentString(`
    query CorrespondencePlaceholders {
  letterPlaceholders {
    name
    description
    requiredIn
  }
}
    `) as unknown as TypedDocumentString<CorrespondencePlaceholdersQuery, CorrespondencePlaceholdersQueryVariables>;
export const CorrespondencePreviewDocument = new TypedDocumentString(`
    query CorrespondencePreview($complaintId: ID!, $kind: LetterKind!, $language: String, $decision: String) {
  previewLetter(
    complaintId: $complaintId
    kind: $kind
    language: $language
    decision: $decision
  ) {
    kind
    language
    templateId
    subject
    body
    missing
  }
}
    `) as unknown as TypedDocumentString<CorrespondencePreviewQuery, CorrespondencePreviewQueryVariables>;
export const CorrespondenceRegisterDocument = new TypedDocumentString(`
    mutation CorrespondenceRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
    reference
    receivedAt
    resolutionDueAt
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceRegisterMutation, CorrespondenceRegisterMutationVariables>;
export const CorrespondenceAcknowledgeDocument = new TypedDocumentString(`
    mutation CorrespondenceAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
    status
    acknowledgedAt
    acknowledgedOnTime
    letters {
      id
      kind
      language
      channel
      sentAt
      subject
      body
      edited
      sentBy {
        id
      }
    }
    timeline {
      to
      letter {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceAcknowledgeMutation, CorrespondenceAcknowledgeMutationVariables>;
export const CorrespondenceStartDocument = new TypedDocumentString(`
    mutation CorrespondenceStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceStartMutation, CorrespondenceStartMutationVariables>;
export const CorrespondenceResolveDocument = new TypedDocumentString(`
    mutation CorrespondenceResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    id
    version
    status
    resolvedAt
    letters {
      kind
      language
      channel
      body
      edited
    }
    timeline {
      to
      letter {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceResolveMutation, CorrespondenceResolveMutationVariables>;
export const CorrespondenceComplaintDocument = new TypedDocumentString(`
    query CorrespondenceComplaint($id: ID!) {
  complaint(id: $id) {
    status
    version
    letters {
      kind
      body
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceComplaintQuery, CorrespondenceComplaintQueryVariables>;
export const CorrespondenceMemberDocument = new TypedDocumentString(`
    query CorrespondenceMember($id: ID!) {
  user(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceMemberQuery, CorrespondenceMemberQueryVariables>;
export const CorrespondenceExtendDocument = new TypedDocumentString(`
    mutation CorrespondenceExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) {
  extendComplaintDeadline(id: $id, input: $input) {
    id
    version
    workingResolutionDueAt
    letters {
      id
      kind
      language
      channel
      sentAt
      subject
      body
      edited
    }
    timeline {
      kind
      dueAt
      note
      letter {
        id
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceExtendMutation, CorrespondenceExtendMutationVariables>;
export const CorrespondenceExtendedDocument = new TypedDocumentString(`
    query CorrespondenceExtended($id: ID!) {
  complaint(id: $id) {
    version
    workingResolutionDueAt
    extendedResolutionDueAt
    letters {
      kind
    }
    timeline {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<CorrespondenceExtendedQuery, CorrespondenceExtendedQueryVariables>;
export const FaultsCreateResourceDocument = new TypedDocumentString(`
    mutation FaultsCreateResource($input: CreateResourceInput!) {
  createResource(input: $input) {
    id
    description
  }
}
    `) as unknown as TypedDocumentString<FaultsCreateResourceMutation, FaultsCreateResourceMutationVariables>;
export const FaultsRenameOrganizationDocument = new TypedDocumentString(`
    mutation FaultsRenameOrganization($name: String!) {
  updateOrganization(input: {expectedVersion: 1, name: $name}) {
    name
  }
}
    `) as unknown as TypedDocumentString<FaultsRenameOrganizationMutation, FaultsRenameOrganizationMutationVariables>;
export const FaultsMeDocument = new TypedDocumentString(`
    query FaultsMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsMeQuery, FaultsMeQueryVariables>;
export const DisputesCreateBodyDocument = new TypedDocumentString(`
    mutation DisputesCreateBody($input: CreateDisputesBodyInput!) {
  createDisputesBody(input: $input) {
    ...DisputesBodyFields
  }
}
    fragment DisputesBodyFields on DisputesBody {
  id
  name
  outcomeKind
  feeCents
  currency
  feeRefundRule
  responseWithin
  responseUnit
  appealWithinMonths
  website
  source
  isDefault
  version
}`) as unknown as TypedDocumentString<DisputesCreateBodyMutation, DisputesCreateBodyMutationVariables>;
export const DisputesUpdateBodyDocument = new TypedDocumentString(`
    mutation DisputesUpdateBody($id: ID!, $input: UpdateDisputesBodyInput!) {
  updateDisputesBody(id: $id, input: $input) {
    ...DisputesBodyFields
  }
}
    fragment DisputesBodyFields on DisputesBody {
  id
  name
  outcomeKind
  feeCents
  currency
  feeRefundRule
  responseWithin
  responseUnit
  appealWithinMonths
  website
  source
  isDefault
  version
}`) as unknown as TypedDocumentString<DisputesUpdateBodyMutation, DisputesUpdateBodyMutationVariables>;
export const DisputesBodiesDocument = new TypedDocumentString(`
    query DisputesBodies {
  disputesBodies(first: 50) {
    edges {
      node {
        name
        isDefault
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisputesBodiesQuery, DisputesBodiesQueryVariables>;
export const DisputesOpenDocument = new TypedDocumentString(`
    mutation DisputesOpen($input: OpenDisputesCaseInput!) {
  openDisputesCase(input: $input) {
    ...DisputesCaseFields
  }
}
    fragment DisputesCaseFields on DisputesCase {
  id
  version
  origin
  status
  bodyReference
  filedAt
  responseDueAt
  respondedAt
  respondedOnTime
  outcome
  decidedAt
  binding
  adviceFollowed
  feeCents
  feeCurrency
  feeRefundDue
  feeRefundedOn
  closedAt
  compliance {
    on
    description
    documentReference
  }
  body {
    id
    name
  }
  complaint {
    id
    status
    version
    reference
    escalation {
      body
      escalatedAt
      outcome
      binding
      decidedAt
    }
    timeline {
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<DisputesOpenMutation, DisputesOpenMutationVariables>;
export const DisputesForwardedDocument = new TypedDocumentString(`
    mutation DisputesForwarded($input: RegisterForwardedDisputesCaseInput!) {
  registerForwardedDisputesCase(input: $input) {
    ...DisputesCaseFields
  }
}
    fragment DisputesCaseFields on DisputesCase {
  id
  version
  origin
  status
  bodyReference
  filedAt
  responseDueAt
  respondedAt
  respondedOnTime
  outcome
  decidedAt
  binding
  adviceFollowed
  feeCents
  feeCurrency
  feeRefundDue
  feeRefundedOn
  closedAt
  compliance {
    on
    description
    documentReference
  }
  body {
    id
    name
  }
  complaint {
    id
    status
    version
    reference
    escalation {
      body
      escalatedAt
      outcome
      binding
      decidedAt
    }
    timeline {
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<DisputesForwardedMutation, DisputesForwardedMutationVariables>;
export const DisputesRespondDocument = new TypedDocumentString(`
    mutation DisputesRespond($id: ID!, $input: RespondToDisputesCaseInput!) {
  respondToDisputesCase(id: $id, input: $input) {
    ...DisputesCaseFields
  }
}
    fragment DisputesCaseFields on DisputesCase {
  id
  version
  origin
  status
  bodyReference
  filedAt
  responseDueAt
  respondedAt
  respondedOnTime
  outcome
  decidedAt
  binding
  adviceFollowed
  feeCents
  feeCurrency
  feeRefundDue
  feeRefundedOn
  closedAt
  compliance {
    on
    description
    documentReference
  }
  body {
    id
    name
  }
  complaint {
    id
    status
    version
    reference
    escalation {
      body
      escalatedAt
      outcome
      binding
      decidedAt
    }
    timeline {
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<DisputesRespondMutation, DisputesRespondMutationVariables>;
export const DisputesDecideDocument = new TypedDocumentString(`
    mutation DisputesDecide($id: ID!, $input: DecideDisputesCaseInput!) {
  decideDisputesCase(id: $id, input: $input) {
    ...DisputesCaseFields
  }
}
    fragment DisputesCaseFields on DisputesCase {
  id
  version
  origin
  status
  bodyReference
  filedAt
  responseDueAt
  respondedAt
  respondedOnTime
  outcome
  decidedAt
  binding
  adviceFollowed
  feeCents
  feeCurrency
  feeRefundDue
  feeRefundedOn
  closedAt
  compliance {
    on
    description
    documentReference
  }
  body {
    id
    name
  }
  complaint {
    id
    status
    version
    reference
    escalation {
      body
      escalatedAt
      outcome
      binding
      decidedAt
    }
    timeline {
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<DisputesDecideMutation, DisputesDecideMutationVariables>;
export const DisputesCloseDocument = new TypedDocumentString(`
    mutation DisputesClose($id: ID!, $input: CloseDisputesCaseInput!) {
  closeDisputesCase(id: $id, input: $input) {
    ...DisputesCaseFields
  }
}
    fragment DisputesCaseFields on DisputesCase {
  id
  version
  origin
  status
  bodyReference
  filedAt
  responseDueAt
  respondedAt
  respondedOnTime
  outcome
  decidedAt
  binding
  adviceFollowed
  feeCents
  feeCurrency
  feeRefundDue
  feeRefundedOn
  closedAt
  compliance {
    on
    description
    documentReference
  }
  body {
    id
    name
  }
  complaint {
    id
    status
    version
    reference
    escalation {
      body
      escalatedAt
      outcome
      binding
      decidedAt
    }
    timeline {
      from
      to
    }
  }
}`) as unknown as TypedDocumentString<DisputesCloseMutation, DisputesCloseMutationVariables>;
export const DisputesCasesDocument = new TypedDocumentString(`
    query DisputesCases($status: [DisputesCaseStatus!]) {
  disputesCases(status: $status, first: 100) {
    totalCount
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisputesCasesQuery, DisputesCasesQueryVariables>;
export const DisputesComplaintDocument = new TypedDocumentString(`
    query DisputesComplaint($id: ID!) {
  complaint(id: $id) {
    id
    status
    version
    disputesCase {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DisputesComplaintQuery, DisputesComplaintQueryVariables>;
export const DisputesRegisterDocument = new TypedDocumentString(`
    mutation DisputesRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DisputesRegisterMutation, DisputesRegisterMutationVariables>;
export const DisputesAcknowledgeDocument = new TypedDocumentString(`
    mutation DisputesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DisputesAcknowledgeMutation, DisputesAcknowledgeMutationVariables>;
export const DisputesStartDocument = new TypedDocumentString(`
    mutation DisputesStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DisputesStartMutation, DisputesStartMutationVariables>;
export const DisputesResolveDocument = new TypedDocumentString(`
    mutation DisputesResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    id
    version
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<DisputesResolveMutation, DisputesResolveMutationVariables>;
export const DisputesCloseComplaintDocument = new TypedDocumentString(`
    mutation DisputesCloseComplaint($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DisputesCloseComplaintMutation, DisputesCloseComplaintMutationVariables>;
export const DisputesAnonymizeDocument = new TypedDocumentString(`
    mutation DisputesAnonymize($id: ID!, $v: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $v) {
    id
    anonymizedAt
  }
}
    `) as unknown as TypedDocumentString<DisputesAnonymizeMutation, DisputesAnonymizeMutationVariables>;
export const DisputesCodeStatusDocument = new TypedDocumentString(`
    query DisputesCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    promises {
      promise {
        key
      }
      complaints {
        received
        disputes {
          cases
          rated
          overturned
          overturnRate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisputesCodeStatusQuery, DisputesCodeStatusQueryVariables>;
export const DisputesAnalysisDocument = new TypedDocumentString(`
    query DisputesAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    byPromise {
      promiseKey
      complaints
      disputes {
        cases
        rated
        overturned
        overturnRate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DisputesAnalysisQuery, DisputesAnalysisQueryVariables>;
export const PayloadsSubscribeDocument = new TypedDocumentString(`
    mutation PayloadsSubscribe($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<PayloadsSubscribeMutation, PayloadsSubscribeMutationVariables>;
export const PayloadsRegisterDocument = new TypedDocumentString(`
    mutation PayloadsRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PayloadsRegisterMutation, PayloadsRegisterMutationVariables>;
export const PayloadsAcknowledgeDocument = new TypedDocumentString(`
    mutation PayloadsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PayloadsAcknowledgeMutation, PayloadsAcknowledgeMutationVariables>;
export const PayloadsRenameMemberDocument = new TypedDocumentString(`
    mutation PayloadsRenameMember($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PayloadsRenameMemberMutation, PayloadsRenameMemberMutationVariables>;
export const PayloadsMemberDocument = new TypedDocumentString(`
    query PayloadsMember($id: ID!) {
  user(id: $id) {
    version
  }
}
    `) as unknown as TypedDocumentString<PayloadsMemberQuery, PayloadsMemberQueryVariables>;
export const ExamplesClientComplaintCountDocument = new TypedDocumentString(`
    query ExamplesClientComplaintCount {
  complaints(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ExamplesClientComplaintCountQuery, ExamplesClientComplaintCountQueryVariables>;
export const ExamplesClientFirstCodeDocument = new TypedDocumentString(`
    query ExamplesClientFirstCode {
  codes(first: 1) {
    edges {
      node {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExamplesClientFirstCodeQuery, ExamplesClientFirstCodeQueryVariables>;
export const FinautCreateRequirementDocument = new TypedDocumentString(`
    mutation FinautCreateRequirement($input: CreateTrainingRequirementInput!) {
  createTrainingRequirement(input: $input) {
    id
    authorisation
    subject
  }
}
    `) as unknown as TypedDocumentString<FinautCreateRequirementMutation, FinautCreateRequirementMutationVariables>;
export const FinautCreateRecordDocument = new TypedDocumentString(`
    mutation FinautCreateRecord($input: CreateTrainingRecordInput!) {
  createTrainingRecord(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FinautCreateRecordMutation, FinautCreateRecordMutationVariables>;
export const FinautStatusDocument = new TypedDocumentString(`
    query FinautStatus($personId: ID!) {
  authorisationStatus(personId: $personId) {
    eligibility
    missingItems
    practice {
      requiredMonths
      documentedMonths
    }
    elements {
      assessment
      topic
      subject
      status
      validUntil
      requirement {
        title
      }
    }
    registration {
      version
      practiceMonths
      registerStatus
      registerNumber
    }
  }
}
    `) as unknown as TypedDocumentString<FinautStatusQuery, FinautStatusQueryVariables>;
export const FinautRegisterDocument = new TypedDocumentString(`
    mutation FinautRegister($input: RecordAuthorisationRegistrationInput!) {
  recordAuthorisationRegistration(input: $input) {
    version
    practiceMonths
    registerStatus
    registerNumber
    registerStatusSince
  }
}
    `) as unknown as TypedDocumentString<FinautRegisterMutation, FinautRegisterMutationVariables>;
export const FoundationUsersDocument = new TypedDocumentString(`
    query FoundationUsers($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationUsersQuery, FoundationUsersQueryVariables>;
export const FoundationCreateUsersDocument = new TypedDocumentString(`
    mutation FoundationCreateUsers($input: [CreateUserInput!]!) {
  createUsers(input: $input) {
    id
    email
    version
  }
}
    `) as unknown as TypedDocumentString<FoundationCreateUsersMutation, FoundationCreateUsersMutationVariables>;
export const FoundationUpdateUserDocument = new TypedDocumentString(`
    mutation FoundationUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<FoundationUpdateUserMutation, FoundationUpdateUserMutationVariables>;
export const FoundationUserDocument = new TypedDocumentString(`
    query FoundationUser($id: ID!) {
  user(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FoundationUserQuery, FoundationUserQueryVariables>;
export const FoundationDashboardDocument = new TypedDocumentString(`
    query FoundationDashboard {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<FoundationDashboardQuery, FoundationDashboardQueryVariables>;
export const FoundationWhoAmIDocument = new TypedDocumentString(`
    query FoundationWhoAmI {
  me {
    id
    roles
    organizationSlug
    user {
      name
    }
  }
  organization {
    slug
    timezone
    holidayCountry
  }
}
    `) as unknown as TypedDocumentString<FoundationWhoAmIQuery, FoundationWhoAmIQueryVariables>;
export const FoundationPartialDashboardDocument = new TypedDocumentString(`
    query FoundationPartialDashboard {
  me {
    id
    roles
  }
  auditEvents(first: 5) {
    totalCount
  }
  organization {
    slug
  }
}
    `) as unknown as TypedDocumentString<FoundationPartialDashboardQuery, FoundationPartialDashboardQueryVariables>;
export const FoundationAuditDocument = new TypedDocumentString(`
    query FoundationAudit($entityId: ID, $first: Int, $after: String) {
  auditEvents(entityId: $entityId, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        action
        entityType
        entityId
        actorId
        actorRoles
        changes
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FoundationAuditQuery, FoundationAuditQueryVariables>;
export const ShutdownRenameDocument = new TypedDocumentString(`
    mutation ShutdownRename {
  updateOrganization(input: {expectedVersion: 1, name: "Renamed"}) {
    name
  }
}
    `) as unknown as TypedDocumentString<ShutdownRenameMutation, ShutdownRenameMutationVariables>;
export const IdentityMeDocument = new TypedDocumentString(`
    query IdentityMe {
  me {
    id
    roles
    organizationSlug
    user {
      id
      name
      active
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityMeQuery, IdentityMeQueryVariables>;
export const IdentityCreateUsersDocument = new TypedDocumentString(`
    mutation IdentityCreateUsers($input: [CreateUserInput!]!) {
  createUsers(input: $input) {
    id
    version
    roles
    active
  }
}
    `) as unknown as TypedDocumentString<IdentityCreateUsersMutation, IdentityCreateUsersMutationVariables>;
export const IdentityUpdateUserDocument = new TypedDocumentString(`
    mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    version
    active
    roles
  }
}
    `) as unknown as TypedDocumentString<IdentityUpdateUserMutation, IdentityUpdateUserMutationVariables>;
export const IdentityAuditDocument = new TypedDocumentString(`
    query IdentityAudit {
  auditEvents(first: 50) {
    edges {
      node {
        action
        entityId
        actorId
        actor {
          id
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityAuditQuery, IdentityAuditQueryVariables>;
export const IdentityCreateXInAlphaDocument = new TypedDocumentString(`
    mutation IdentityCreateXInAlpha {
  createUsers(input: [{name: "X", email: "x@alpha.example", roles: [STAFF]}]) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityCreateXInAlphaMutation, IdentityCreateXInAlphaMutationVariables>;
export const IdentityCreateXInBetaDocument = new TypedDocumentString(`
    mutation IdentityCreateXInBeta {
  createUsers(input: [{name: "X", email: "x@beta.example", roles: [STAFF]}]) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityCreateXInBetaMutation, IdentityCreateXInBetaMutationVariables>;
export const InputSafetyCreateCodeDocument = new TypedDocumentString(`
    mutation InputSafetyCreateCode($input: CreateCodeInput!) {
  createCode(input: $input) {
    id
    title
    scope
  }
}
    `) as unknown as TypedDocumentString<InputSafetyCreateCodeMutation, InputSafetyCreateCodeMutationVariables>;
export const InputSafetyRegisterDocument = new TypedDocumentString(`
    mutation InputSafetyRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    subject
    acknowledgementDueAt
    resolutionDueAt
  }
}
    `) as unknown as TypedDocumentString<InputSafetyRegisterMutation, InputSafetyRegisterMutationVariables>;
export const InputSafetySubmitDocument = new TypedDocumentString(`
    mutation InputSafetySubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<InputSafetySubmitMutation, InputSafetySubmitMutationVariables>;
export const InputSafetyComplaintsDocument = new TypedDocumentString(`
    query InputSafetyComplaints($promiseId: ID, $search: String) {
  complaints(promiseId: $promiseId, search: $search) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputSafetyComplaintsQuery, InputSafetyComplaintsQueryVariables>;
export const InputSafetyCreateResourceDocument = new TypedDocumentString(`
    mutation InputSafetyCreateResource($input: CreateResourceInput!) {
  createResource(input: $input) {
    id
    quantity
  }
}
    `) as unknown as TypedDocumentString<InputSafetyCreateResourceMutation, InputSafetyCreateResourceMutationVariables>;
export const InputSafetyUpdateResourceDocument = new TypedDocumentString(`
    mutation InputSafetyUpdateResource($id: ID!, $input: UpdateResourceInput!) {
  updateResource(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputSafetyUpdateResourceMutation, InputSafetyUpdateResourceMutationVariables>;
export const InputSafetyResourcesDocument = new TypedDocumentString(`
    query InputSafetyResources($codeId: ID, $promiseId: ID) {
  resources(codeId: $codeId, promiseId: $promiseId) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InputSafetyResourcesQuery, InputSafetyResourcesQueryVariables>;
export const InputSafetyCreateChainDocument = new TypedDocumentString(`
    mutation InputSafetyCreateChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<InputSafetyCreateChainMutation, InputSafetyCreateChainMutationVariables>;
export const InputSafetyCreateKpiDocument = new TypedDocumentString(`
    mutation InputSafetyCreateKpi($input: CreateKpiInput!) {
  createKpi(input: $input) {
    id
    target
  }
}
    `) as unknown as TypedDocumentString<InputSafetyCreateKpiMutation, InputSafetyCreateKpiMutationVariables>;
export const InputSafetyRecordDocument = new TypedDocumentString(`
    mutation InputSafetyRecord($input: [RecordKpiMeasurementInput!]!) {
  recordMeasurements(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputSafetyRecordMutation, InputSafetyRecordMutationVariables>;
export const InputSafetyCreateReviewDocument = new TypedDocumentString(`
    mutation InputSafetyCreateReview($input: CreateManagementReviewInput!) {
  createManagementReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InputSafetyCreateReviewMutation, InputSafetyCreateReviewMutationVariables>;
export const InputSafetyUpdateOrganizationDocument = new TypedDocumentString(`
    mutation InputSafetyUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    version
    complaintPolicy {
      acknowledgeWithin
      acknowledgeUnit
      resolveWithin
      resolveUnit
    }
  }
}
    `) as unknown as TypedDocumentString<InputSafetyUpdateOrganizationMutation, InputSafetyUpdateOrganizationMutationVariables>;
export const InputSafetyOrganizationDocument = new TypedDocumentString(`
    query InputSafetyOrganization {
  organization {
    version
    complaintPolicy {
      acknowledgeWithin
      acknowledgeUnit
      resolveWithin
      resolveUnit
    }
  }
}
    `) as unknown as TypedDocumentString<InputSafetyOrganizationQuery, InputSafetyOrganizationQueryVariables>;
export const IsoClausesFrameworkDocument = new TypedDocumentString(`
    query IsoClausesFramework {
  normFramework(key: "ISO10001") {
    requirements {
      ref
      title
      children {
        ref
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IsoClausesFrameworkQuery, IsoClausesFrameworkQueryVariables>;
export const InstancesSubscribeDocument = new TypedDocumentString(`
    mutation InstancesSubscribe($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InstancesSubscribeMutation, InstancesSubscribeMutationVariables>;
export const InstancesRenameDocument = new TypedDocumentString(`
    mutation InstancesRename($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<InstancesRenameMutation, InstancesRenameMutationVariables>;
export const InstancesVersionDocument = new TypedDocumentString(`
    query InstancesVersion {
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<InstancesVersionQuery, InstancesVersionQueryVariables>;
export const OperationsJobsDocument = new TypedDocumentString(`
    query OperationsJobs($state: JobState, $queue: String) {
  jobs(state: $state, queue: $queue) {
    enabled
    queues {
      name
      waiting
      retrying
      active
      completed
      failed
    }
    jobs {
      id
      queue
      state
      retryCount
      retryLimit
      createdAt
      completedAt
      error
    }
  }
}
    `) as unknown as TypedDocumentString<OperationsJobsQuery, OperationsJobsQueryVariables>;
export const JobsShutdownSubscribeDocument = new TypedDocumentString(`
    mutation JobsShutdownSubscribe($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
  }
}
    `) as unknown as TypedDocumentString<JobsShutdownSubscribeMutation, JobsShutdownSubscribeMutationVariables>;
export const JobsShutdownRenameDocument = new TypedDocumentString(`
    mutation JobsShutdownRename {
  updateOrganization(input: {expectedVersion: 1, name: "Renamed"}) {
    name
  }
}
    `) as unknown as TypedDocumentString<JobsShutdownRenameMutation, JobsShutdownRenameMutationVariables>;
export const JwksWhoAmIDocument = new TypedDocumentString(`
    query JwksWhoAmI {
  me {
    id
    roles
    organizationSlug
  }
}
    `) as unknown as TypedDocumentString<JwksWhoAmIQuery, JwksWhoAmIQueryVariables>;
export const JwksMeIdDocument = new TypedDocumentString(`
    query JwksMeId {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<JwksMeIdQuery, JwksMeIdQueryVariables>;
export const JwksMemberDocument = new TypedDocumentString(`
    query JwksMember {
  me {
    id
    roles
    user {
      id
      email
      externalSubject
    }
  }
}
    `) as unknown as TypedDocumentString<JwksMemberQuery, JwksMemberQueryVariables>;
export const KpisCreateChainDocument = new TypedDocumentString(`
    mutation KpisCreateChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
    name
    version
    activeKpiCount
    kpiLimit
    capacityWarning
  }
}
    `) as unknown as TypedDocumentString<KpisCreateChainMutation, KpisCreateChainMutationVariables>;
export const KpisChainDocument = new TypedDocumentString(`
    query KpisChain($id: ID!) {
  kpiChain(id: $id) {
    id
    name
    activeKpiCount
    kpiLimit
    capacityWarning
    kpis {
      name
    }
    links {
      cause {
        name
      }
      effect {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpisChainQuery, KpisChainQueryVariables>;
export const KpisCreateDocument = new TypedDocumentString(`
    mutation KpisCreate($input: CreateKpiInput!) {
  createKpi(input: $input) {
    ...KpisKpiFields
  }
}
    fragment KpisKpiFields on Kpi {
  id
  version
  name
  kind
  unit
  direction
  target
  threshold
  frequency
  promiseKey
  archived
  archivedAt
  chain {
    id
    name
  }
  code {
    id
    key
  }
  promise {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<KpisCreateMutation, KpisCreateMutationVariables>;
export const KpisUpdateDocument = new TypedDocumentString(`
    mutation KpisUpdate($id: ID!, $input: UpdateKpiInput!) {
  updateKpi(id: $id, input: $input) {
    ...KpisKpiFields
  }
}
    fragment KpisKpiFields on Kpi {
  id
  version
  name
  kind
  unit
  direction
  target
  threshold
  frequency
  promiseKey
  archived
  archivedAt
  chain {
    id
    name
  }
  code {
    id
    key
  }
  promise {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<KpisUpdateMutation, KpisUpdateMutationVariables>;
export const KpisArchiveDocument = new TypedDocumentString(`
    mutation KpisArchive($id: ID!, $v: Int!) {
  archiveKpi(id: $id, expectedVersion: $v) {
    id
    version
    archived
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<KpisArchiveMutation, KpisArchiveMutationVariables>;
export const KpisRestoreDocument = new TypedDocumentString(`
    mutation KpisRestore($id: ID!, $v: Int!) {
  restoreKpi(id: $id, expectedVersion: $v) {
    id
    version
    archived
  }
}
    `) as unknown as TypedDocumentString<KpisRestoreMutation, KpisRestoreMutationVariables>;
export const KpisKpiDocument = new TypedDocumentString(`
    query KpisKpi($id: ID!) {
  kpi(id: $id) {
    ...KpisKpiFields
  }
}
    fragment KpisKpiFields on Kpi {
  id
  version
  name
  kind
  unit
  direction
  target
  threshold
  frequency
  promiseKey
  archived
  archivedAt
  chain {
    id
    name
  }
  code {
    id
    key
  }
  promise {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<KpisKpiQuery, KpisKpiQueryVariables>;
export const KpisListDocument = new TypedDocumentString(`
    query KpisList($chainId: ID, $codeId: ID, $promiseKey: String, $includeArchived: Boolean, $first: Int, $after: String) {
  kpis(
    chainId: $chainId
    codeId: $codeId
    promiseKey: $promiseKey
    includeArchived: $includeArchived
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      node {
        name
        archived
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<KpisListQuery, KpisListQueryVariables>;
export const KpisLinkDocument = new TypedDocumentString(`
    mutation KpisLink($c: ID!, $e: ID!) {
  linkKpis(causeId: $c, effectId: $e) {
    id
    cause {
      name
    }
    effect {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<KpisLinkMutation, KpisLinkMutationVariables>;
export const KpisUnlinkDocument = new TypedDocumentString(`
    mutation KpisUnlink($c: ID!, $e: ID!) {
  unlinkKpis(causeId: $c, effectId: $e) {
    id
    cause {
      name
    }
    effect {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<KpisUnlinkMutation, KpisUnlinkMutationVariables>;
export const KpisGraphDocument = new TypedDocumentString(`
    query KpisGraph($id: ID!) {
  kpi(id: $id) {
    name
    causes {
      name
    }
    effects {
      name
    }
    allCauses: causes(transitive: true) {
      name
    }
    allEffects: effects(transitive: true) {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<KpisGraphQuery, KpisGraphQueryVariables>;
export const KpisRecordDocument = new TypedDocumentString(`
    mutation KpisRecord($input: [RecordKpiMeasurementInput!]!) {
  recordMeasurements(input: $input) {
    id
    periodStart
    periodEnd
    value
    note
    corrected
    version
    recordedBy {
      id
    }
    kpi {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KpisRecordMutation, KpisRecordMutationVariables>;
export const KpisStatusDocument = new TypedDocumentString(`
    query KpisStatus($id: ID!, $periods: Int) {
  kpi(id: $id) {
    status
    trend(periods: $periods)
    expectedPeriod {
      start
      end
    }
    latestMeasurement {
      periodStart
      value
    }
  }
}
    `) as unknown as TypedDocumentString<KpisStatusQuery, KpisStatusQueryVariables>;
export const KpisHistoryDocument = new TypedDocumentString(`
    query KpisHistory($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) {
  kpi(id: $id) {
    measurements(from: $from, to: $to, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          periodStart
          value
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpisHistoryQuery, KpisHistoryQueryVariables>;
export const KpisPromiseKpisDocument = new TypedDocumentString(`
    query KpisPromiseKpis($id: ID!) {
  kpi(id: $id) {
    promise {
      kpis {
        totalCount
        edges {
          node {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpisPromiseKpisQuery, KpisPromiseKpisQueryVariables>;
export const KpisAuditEventsDocument = new TypedDocumentString(`
    query KpisAuditEvents($id: ID!) {
  auditEvents(entityId: $id) {
    edges {
      node {
        action
        changes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpisAuditEventsQuery, KpisAuditEventsQueryVariables>;
export const KpisAllWithHistoryDocument = new TypedDocumentString(`
    query KpisAllWithHistory {
  kpis(first: 100) {
    edges {
      node {
        name
        status
        trend
        measurements(first: 2) {
          totalCount
          edges {
            node {
              value
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpisAllWithHistoryQuery, KpisAllWithHistoryQueryVariables>;
export const LoadersRegisterDocument = new TypedDocumentString(`
    mutation LoadersRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoadersRegisterMutation, LoadersRegisterMutationVariables>;
export const LoadersCreateActionDocument = new TypedDocumentString(`
    mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) {
  createCorrectiveAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoadersCreateActionMutation, LoadersCreateActionMutationVariables>;
export const LoadersActionComplaintsDocument = new TypedDocumentString(`
    query LoadersActionComplaints($id: ID!) {
  correctiveAction(id: $id) {
    complaints {
      edges {
        node {
          id
          subject
        }
      }
    }
    promise {
      complaints {
        edges {
          node {
            id
            subject
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersActionComplaintsQuery, LoadersActionComplaintsQueryVariables>;
export const LoadersComplaintActionsDocument = new TypedDocumentString(`
    query LoadersComplaintActions($id: ID!) {
  complaint(id: $id) {
    correctiveActions {
      edges {
        node {
          id
          title
        }
      }
    }
    promises {
      correctiveActions {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersComplaintActionsQuery, LoadersComplaintActionsQueryVariables>;
export const LoadersPromiseComplaintCountDocument = new TypedDocumentString(`
    query LoadersPromiseComplaintCount($id: ID!) {
  complaint(id: $id) {
    promises {
      complaints {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersPromiseComplaintCountQuery, LoadersPromiseComplaintCountQueryVariables>;
export const LoadersRegisterTwiceDocument = new TypedDocumentString(`
    mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {
  a: registerComplaint(input: $input) {
    promises {
      complaints {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
  b: registerComplaint(input: $input) {
    id
    promises {
      complaints {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoadersRegisterTwiceMutation, LoadersRegisterTwiceMutationVariables>;
export const LostUpdatesRegisterComplaintDocument = new TypedDocumentString(`
    mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesRegisterComplaintMutation, LostUpdatesRegisterComplaintMutationVariables>;
export const LostUpdatesUpdateComplaintDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateComplaintMutation, LostUpdatesUpdateComplaintMutationVariables>;
export const LostUpdatesAcknowledgeComplaintDocument = new TypedDocumentString(`
    mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesAcknowledgeComplaintMutation, LostUpdatesAcknowledgeComplaintMutationVariables>;
export const LostUpdatesAddClosureDayDocument = new TypedDocumentString(`
    mutation LostUpdatesAddClosureDay($input: AddClosureDayInput!) {
  addClosureDay(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesAddClosureDayMutation, LostUpdatesAddClosureDayMutationVariables>;
export const LostUpdatesRemoveClosureDayDocument = new TypedDocumentString(`
    mutation LostUpdatesRemoveClosureDay($date: LocalDate!, $v: Int!) {
  removeClosureDay(date: $date, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesRemoveClosureDayMutation, LostUpdatesRemoveClosureDayMutationVariables>;
export const LostUpdatesCreateCorrectiveActionDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateCorrectiveAction($input: CreateCorrectiveActionInput!) {
  createCorrectiveAction(input: $input) {
    id
    version
    kind
    title
    dueOn
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateCorrectiveActionMutation, LostUpdatesCreateCorrectiveActionMutationVariables>;
export const LostUpdatesUpdateCorrectiveActionDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateCorrectiveAction($id: ID!, $input: UpdateCorrectiveActionInput!) {
  updateCorrectiveAction(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateCorrectiveActionMutation, LostUpdatesUpdateCorrectiveActionMutationVariables>;
export const LostUpdatesStartCorrectiveActionDocument = new TypedDocumentString(`
    mutation LostUpdatesStartCorrectiveAction($id: ID!, $input: CorrectiveActionStepInput!) {
  startCorrectiveAction(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesStartCorrectiveActionMutation, LostUpdatesStartCorrectiveActionMutationVariables>;
export const LostUpdatesCreateKpiChainDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateKpiChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateKpiChainMutation, LostUpdatesCreateKpiChainMutationVariables>;
export const LostUpdatesCreateKpiDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateKpi($input: CreateKpiInput!) {
  createKpi(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateKpiMutation, LostUpdatesCreateKpiMutationVariables>;
export const LostUpdatesUpdateKpiDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateKpi($id: ID!, $input: UpdateKpiInput!) {
  updateKpi(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateKpiMutation, LostUpdatesUpdateKpiMutationVariables>;
export const LostUpdatesArchiveKpiDocument = new TypedDocumentString(`
    mutation LostUpdatesArchiveKpi($id: ID!, $v: Int!) {
  archiveKpi(id: $id, expectedVersion: $v) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesArchiveKpiMutation, LostUpdatesArchiveKpiMutationVariables>;
export const LostUpdatesCreateManagementReviewDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateManagementReview($input: CreateManagementReviewInput!) {
  createManagementReview(input: $input) {
    id
    version
    year
    title
    status
    decisions
    analysisTakenAt
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateManagementReviewMutation, LostUpdatesCreateManagementReviewMutationVariables>;
export const LostUpdatesUpdateManagementReviewDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateManagementReview($id: ID!, $input: UpdateManagementReviewInput!) {
  updateManagementReview(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateManagementReviewMutation, LostUpdatesUpdateManagementReviewMutationVariables>;
export const LostUpdatesLinkPreventiveActionDocument = new TypedDocumentString(`
    mutation LostUpdatesLinkPreventiveAction($r: ID!, $a: ID!, $v: Int!) {
  linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesLinkPreventiveActionMutation, LostUpdatesLinkPreventiveActionMutationVariables>;
export const LostUpdatesCreateTrainingRequirementDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateTrainingRequirement($input: CreateTrainingRequirementInput!) {
  createTrainingRequirement(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateTrainingRequirementMutation, LostUpdatesCreateTrainingRequirementMutationVariables>;
export const LostUpdatesUpdateTrainingRequirementDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateTrainingRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) {
  updateTrainingRequirement(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateTrainingRequirementMutation, LostUpdatesUpdateTrainingRequirementMutationVariables>;
export const LostUpdatesDeleteTrainingRequirementDocument = new TypedDocumentString(`
    mutation LostUpdatesDeleteTrainingRequirement($id: ID!, $v: Int!) {
  deleteTrainingRequirement(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesDeleteTrainingRequirementMutation, LostUpdatesDeleteTrainingRequirementMutationVariables>;
export const LostUpdatesCreateResourceDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateResource($input: CreateResourceInput!) {
  createResource(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateResourceMutation, LostUpdatesCreateResourceMutationVariables>;
export const LostUpdatesUpdateResourceDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateResource($id: ID!, $input: UpdateResourceInput!) {
  updateResource(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateResourceMutation, LostUpdatesUpdateResourceMutationVariables>;
export const LostUpdatesDeleteResourceDocument = new TypedDocumentString(`
    mutation LostUpdatesDeleteResource($id: ID!, $v: Int!) {
  deleteResource(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesDeleteResourceMutation, LostUpdatesDeleteResourceMutationVariables>;
export const LostUpdatesCreateCommunicationPlanDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateCommunicationPlan($input: CreateCommunicationPlanInput!) {
  createCommunicationPlan(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateCommunicationPlanMutation, LostUpdatesCreateCommunicationPlanMutationVariables>;
export const LostUpdatesUpdateCommunicationPlanDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateCommunicationPlan($id: ID!, $input: UpdateCommunicationPlanInput!) {
  updateCommunicationPlan(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateCommunicationPlanMutation, LostUpdatesUpdateCommunicationPlanMutationVariables>;
export const LostUpdatesCancelCommunicationPlanDocument = new TypedDocumentString(`
    mutation LostUpdatesCancelCommunicationPlan($id: ID!, $input: CancelCommunicationPlanInput!) {
  cancelCommunicationPlan(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCancelCommunicationPlanMutation, LostUpdatesCancelCommunicationPlanMutationVariables>;
export const LostUpdatesOrganizationDocument = new TypedDocumentString(`
    query LostUpdatesOrganization {
  organization {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesOrganizationQuery, LostUpdatesOrganizationQueryVariables>;
export const LostUpdatesUpdateOrganizationDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateOrganizationMutation, LostUpdatesUpdateOrganizationMutationVariables>;
export const LostUpdatesCreateUsersDocument = new TypedDocumentString(`
    mutation LostUpdatesCreateUsers($input: [CreateUserInput!]!) {
  createUsers(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesCreateUsersMutation, LostUpdatesCreateUsersMutationVariables>;
export const LostUpdatesUpdateUserDocument = new TypedDocumentString(`
    mutation LostUpdatesUpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<LostUpdatesUpdateUserMutation, LostUpdatesUpdateUserMutationVariables>;
export const ReviewsCreateDocument = new TypedDocumentString(`
    mutation ReviewsCreate($input: CreateManagementReviewInput!) {
  createManagementReview(input: $input) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsCreateMutation, ReviewsCreateMutationVariables>;
export const ReviewsUpdateDocument = new TypedDocumentString(`
    mutation ReviewsUpdate($id: ID!, $input: UpdateManagementReviewInput!) {
  updateManagementReview(id: $id, input: $input) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsUpdateMutation, ReviewsUpdateMutationVariables>;
export const ReviewsRefreshDocument = new TypedDocumentString(`
    mutation ReviewsRefresh($id: ID!, $v: Int!) {
  refreshManagementReviewAnalysis(id: $id, expectedVersion: $v) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsRefreshMutation, ReviewsRefreshMutationVariables>;
export const ReviewsLinkDocument = new TypedDocumentString(`
    mutation ReviewsLink($r: ID!, $a: ID!, $v: Int!) {
  linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsLinkMutation, ReviewsLinkMutationVariables>;
export const ReviewsUnlinkDocument = new TypedDocumentString(`
    mutation ReviewsUnlink($r: ID!, $a: ID!, $v: Int!) {
  unlinkPreventiveAction(
    reviewId: $r
    correctiveActionId: $a
    expectedVersion: $v
  ) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsUnlinkMutation, ReviewsUnlinkMutationVariables>;
export const ReviewsSignDocument = new TypedDocumentString(`
    mutation ReviewsSign($id: ID!, $v: Int!) {
  signManagementReview(id: $id, expectedVersion: $v) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsSignMutation, ReviewsSignMutationVariables>;
export const ReviewsReviewDocument = new TypedDocumentString(`
    query ReviewsReview($id: ID!) {
  managementReview(id: $id) {
    ...ReviewsReviewFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}
fragment ReviewsReviewFields on ManagementReview {
  id
  version
  year
  period {
    from
    to
  }
  title
  status
  decisions
  analysisTakenAt
  signedAt
  signedBy {
    id
  }
  createdBy {
    id
  }
  preventiveActions {
    edges {
      node {
        id
        kind
        title
      }
    }
  }
  analysis {
    ...ReviewsAnalysisFields
  }
}`) as unknown as TypedDocumentString<ReviewsReviewQuery, ReviewsReviewQueryVariables>;
export const ReviewsReviewsDocument = new TypedDocumentString(`
    query ReviewsReviews($year: Int, $status: ManagementReviewStatus) {
  managementReviews(first: 10, year: $year, status: $status) {
    totalCount
    edges {
      node {
        id
        year
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewsReviewsQuery, ReviewsReviewsQueryVariables>;
export const ReviewsAnalysisDocument = new TypedDocumentString(`
    query ReviewsAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    ...ReviewsAnalysisFields
  }
}
    fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
  }
  byPromise {
    promiseKey
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  outcomes {
    outcome
    complaints
  }
  previousYear {
    year
    totals {
      received
    }
  }
  changes {
    figure
    current
    previous
    change
  }
}`) as unknown as TypedDocumentString<ReviewsAnalysisQuery, ReviewsAnalysisQueryVariables>;
export const ReviewsRegisterComplaintDocument = new TypedDocumentString(`
    mutation ReviewsRegisterComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewsRegisterComplaintMutation, ReviewsRegisterComplaintMutationVariables>;
export const ReviewsAcknowledgeComplaintDocument = new TypedDocumentString(`
    mutation ReviewsAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewsAcknowledgeComplaintMutation, ReviewsAcknowledgeComplaintMutationVariables>;
export const ReviewsCreateActionDocument = new TypedDocumentString(`
    mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) {
  createCorrectiveAction(input: $input) {
    id
    kind
    title
  }
}
    `) as unknown as TypedDocumentString<ReviewsCreateActionMutation, ReviewsCreateActionMutationVariables>;
export const MetricsNamesDocument = new TypedDocumentString(`
    query MetricsNames {
  __typename
}
    `) as unknown as TypedDocumentString<MetricsNamesQuery, MetricsNamesQueryVariables>;
export const CachedCodeStatusDocument = new TypedDocumentString(`
    query CachedCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    code {
      key
    }
    codeVersion {
      version
    }
    period {
      from
      to
    }
    status
    statusCounts {
      status
      count
    }
    promises {
      promise {
        key
        title
      }
      status
      reasons
      kpis {
        name
        status
        latestMeasurement {
          value
        }
      }
      kpiStatusCounts {
        status
        count
      }
      complaints {
        received
        open
        overdue
        upheld
        partiallyUpheld
        decided
        overturned
        acknowledgement {
          rate
        }
        resolution {
          rate
        }
        disputes {
          cases
          overturned
        }
      }
      handling {
        overdue
      }
      correctiveActions {
        open
        overdue
        notEffective
        verifiedEffective
      }
      customerPerceived {
        responses
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachedCodeStatusQuery, CachedCodeStatusQueryVariables>;
export const CachedAnalysisDocument = new TypedDocumentString(`
    query CachedAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
      resolved
      unresolved
      overdue
      upheld
      partiallyUpheld
      unclassified
      withoutPromise
    }
    byCategory {
      category
      complaints
    }
    byPromise {
      promiseKey
      complaints
      upheld
    }
    byChannel {
      channel
      complaints
    }
    byMonth {
      month
      complaints
    }
    acknowledgement {
      rate
    }
    resolution {
      rate
    }
    acknowledgementTime {
      medianHours
      p90Hours
    }
    resolutionTime {
      medianHours
      p90Hours
    }
    outcomes {
      outcome
      complaints
    }
    escalations {
      escalated
      pending
      decided
      binding
      overturned
    }
    actions {
      kind
      opened
      open
      overdue
      verifiedEffective
      notEffective
      effectivenessRate
    }
    recurringRootCauses {
      rootCause
      actions
    }
    changes {
      figure
      change
    }
    previousYear {
      totals {
        received
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachedAnalysisQuery, CachedAnalysisQueryVariables>;
export const CachedAnalysisWithSurveysDocument = new TypedDocumentString(`
    query CachedAnalysisWithSurveys($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
    }
    customerSatisfaction {
      responses {
        sent
        answered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CachedAnalysisWithSurveysQuery, CachedAnalysisWithSurveysQueryVariables>;
export const RollupsCodeStatusDocument = new TypedDocumentString(`
    query RollupsCodeStatus($codeId: ID!, $period: PeriodInput) {
  codeStatus(codeId: $codeId, period: $period) {
    period {
      from
      to
    }
    promises {
      promise {
        key
      }
      complaints {
        received
        open
        overdue
        upheld
        partiallyUpheld
        decided
        decidedUpheld
        overturned
        acknowledgement {
          rated
          onTime
          rate
        }
        resolution {
          rated
          onTime
          rate
        }
        disputes {
          cases
          rated
          overturned
          overturnRate
        }
      }
      handling {
        overdue
        acknowledgement {
          rated
          onTime
          rate
        }
        resolution {
          rated
          onTime
          rate
        }
      }
      correctiveActions {
        open
        overdue
        notEffective
        verifiedEffective
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RollupsCodeStatusQuery, RollupsCodeStatusQueryVariables>;
export const RollupsAnalysisDocument = new TypedDocumentString(`
    query RollupsAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    ...RollupsAnalysisFields
    previousYear {
      ...RollupsPreviousYearFields
    }
    changes {
      figure
      current
      previous
      change
    }
  }
}
    fragment RollupsAnalysisFields on ComplaintAnalysis {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
    disputes {
      cases
      rated
      overturned
      overturnRate
    }
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}
fragment RollupsPreviousYearFields on ComplaintYearFigures {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
    disputes {
      cases
      rated
      overturned
      overturnRate
    }
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}`) as unknown as TypedDocumentString<RollupsAnalysisQuery, RollupsAnalysisQueryVariables>;
export const MonitoringCodeStatusDocument = new TypedDocumentString(`
    query MonitoringCodeStatus($codeId: ID!, $period: PeriodInput) {
  codeStatus(codeId: $codeId, period: $period) {
    code {
      id
      key
    }
    codeVersion {
      id
      version
    }
    period {
      from
      to
    }
    status
    statusCounts {
      status
      count
    }
    promises {
      promise {
        id
        key
        title
      }
      status
      reasons
      kpis {
        name
        status
      }
      kpiStatusCounts {
        status
        count
      }
      complaints {
        received
        open
        overdue
        upheld
        partiallyUpheld
        acknowledgement {
          rated
          onTime
          rate
        }
        resolution {
          rated
          onTime
          rate
        }
      }
      correctiveActions {
        open
        overdue
        notEffective
        verifiedEffective
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringCodeStatusQuery, MonitoringCodeStatusQueryVariables>;
export const MonitoringAnalysisDocument = new TypedDocumentString(`
    query MonitoringAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    ...MonitoringYearFields
    previousYear {
      ...MonitoringPreviousYearFields
    }
    changes {
      figure
      current
      previous
      change
    }
  }
}
    fragment MonitoringYearFields on ComplaintAnalysis {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}
fragment MonitoringPreviousYearFields on ComplaintYearFigures {
  year
  period {
    from
    to
  }
  totals {
    received
    resolved
    unresolved
    overdue
    upheld
    partiallyUpheld
    unclassified
    withoutPromise
  }
  byCategory {
    category
    complaints
    upheld
  }
  byPromise {
    codeId
    codeKey
    promiseKey
    promiseTitle
    complaints
    upheld
  }
  byChannel {
    channel
    complaints
    upheld
  }
  byMonth {
    month
    complaints
    upheld
  }
  acknowledgement {
    rated
    onTime
    rate
  }
  resolution {
    rated
    onTime
    rate
  }
  acknowledgementTime {
    measured
    medianHours
    p90Hours
  }
  resolutionTime {
    measured
    medianHours
    p90Hours
  }
  outcomes {
    outcome
    complaints
  }
  escalations {
    escalated
    pending
    decided
    binding
    overturned
    outcomes {
      outcome
      complaints
    }
  }
  satisfaction {
    rated
    average
  }
  recurringRootCauses {
    rootCause
    actions
    promiseKeys
  }
  actions {
    kind
    opened
    open
    overdue
    awaitingCheck
    verifiedEffective
    notEffective
    cancelled
    effectivenessRate
  }
}`) as unknown as TypedDocumentString<MonitoringAnalysisQuery, MonitoringAnalysisQueryVariables>;
export const MonitoringAnalysisWithSurveysDocument = new TypedDocumentString(`
    query MonitoringAnalysisWithSurveys($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
    }
    customerSatisfaction {
      overall {
        responses
      }
      responses {
        sent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringAnalysisWithSurveysQuery, MonitoringAnalysisWithSurveysQueryVariables>;
export const MonitoringCodeVersionsDocument = new TypedDocumentString(`
    query MonitoringCodeVersions($id: ID!) {
  code(id: $id) {
    versions {
      totalCount
      edges {
        node {
          version
          promises {
            key
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringCodeVersionsQuery, MonitoringCodeVersionsQueryVariables>;
export const MonitoringMeDocument = new TypedDocumentString(`
    query MonitoringMe {
  me {
    id
  }
}
    `) as unknown as TypedDocumentString<MonitoringMeQuery, MonitoringMeQueryVariables>;
export const MonitoringCodeStatusWithRelationsDocument = new TypedDocumentString(`
    query MonitoringCodeStatusWithRelations($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    status
    code {
      key
    }
    promises {
      status
      reasons
      promise {
        key
        owner {
          id
        }
        codeVersion {
          version
        }
      }
      kpis {
        name
        status
        latestMeasurement {
          value
        }
      }
      complaints {
        received
      }
      correctiveActions {
        open
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MonitoringCodeStatusWithRelationsQuery, MonitoringCodeStatusWithRelationsQueryVariables>;
export const MonitoringCreateChainDocument = new TypedDocumentString(`
    mutation MonitoringCreateChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MonitoringCreateChainMutation, MonitoringCreateChainMutationVariables>;
export const MonitoringCreateKpiDocument = new TypedDocumentString(`
    mutation MonitoringCreateKpi($input: CreateKpiInput!) {
  createKpi(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<MonitoringCreateKpiMutation, MonitoringCreateKpiMutationVariables>;
export const MonitoringRecordMeasurementsDocument = new TypedDocumentString(`
    mutation MonitoringRecordMeasurements($input: [RecordKpiMeasurementInput!]!) {
  recordMeasurements(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MonitoringRecordMeasurementsMutation, MonitoringRecordMeasurementsMutationVariables>;
export const MonitoringArchiveKpiDocument = new TypedDocumentString(`
    mutation MonitoringArchiveKpi($id: ID!, $v: Int!) {
  archiveKpi(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<MonitoringArchiveKpiMutation, MonitoringArchiveKpiMutationVariables>;
export const NormsFrameworksDocument = new TypedDocumentString(`
    query NormsFrameworks {
  normFrameworks {
    key
    title
    language
    requirements {
      ref
      title
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<NormsFrameworksQuery, NormsFrameworksQueryVariables>;
export const NormsFrameworkDocument = new TypedDocumentString(`
    query NormsFramework($key: String!) {
  normFramework(key: $key) {
    key
    title
    description
    requirements {
      ref
      kind
      title
      objective
      children {
        ref
        kind
        title
        objective
        children {
          ref
          kind
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NormsFrameworkQuery, NormsFrameworkQueryVariables>;
export const NormsRequirementDocument = new TypedDocumentString(`
    query NormsRequirement($ref: String!) {
  normRequirement(ref: $ref) {
    id
    ref
    kind
    title
    objective
    position
    framework {
      key
    }
    parent {
      ref
      title
      parent {
        ref
      }
    }
    children {
      ref
      title
    }
  }
}
    `) as unknown as TypedDocumentString<NormsRequirementQuery, NormsRequirementQueryVariables>;
export const NormsRecordMaturityDocument = new TypedDocumentString(`
    mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) {
  recordMaturityAssessment(input: $input) {
    level
    evidence
    assessedOn
    assessedBy {
      id
    }
    requirement {
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<NormsRecordMaturityMutation, NormsRecordMaturityMutationVariables>;
export const NormsMaturityDocument = new TypedDocumentString(`
    query NormsMaturity($ref: String!) {
  normRequirement(ref: $ref) {
    maturity {
      level
      evidence
      assessedOn
      assessedBy {
        id
      }
    }
    maturityAssessments {
      totalCount
      edges {
        node {
          level
          assessedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NormsMaturityQuery, NormsMaturityQueryVariables>;
export const NormsCoverageDocument = new TypedDocumentString(`
    query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {
  normCoverage(
    frameworkKey: $frameworkKey
    codeId: $codeId
    codeVersionId: $codeVersionId
  ) {
    framework {
      key
    }
    code {
      id
    }
    codeVersion {
      id
      version
      status
    }
    state
    requirementCount
    coveredCount
    gapCount
    coverageRate
    sections {
      requirement {
        ref
        title
      }
      state
      requirementCount
      coveredCount
      gapCount
      promises {
        key
      }
    }
    nodes {
      requirement {
        ref
        kind
      }
      depth
      state
      requirementCount
      coveredCount
      gapCount
      promises {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NormsCoverageQuery, NormsCoverageQueryVariables>;
export const NormsRecordMaturityOnceDocument = new TypedDocumentString(`
    mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) {
  recordMaturityAssessment(input: $input) {
    id
    level
  }
}
    `) as unknown as TypedDocumentString<NormsRecordMaturityOnceMutation, NormsRecordMaturityOnceMutationVariables>;
export const OneConnectionCodeStatusDocument = new TypedDocumentString(`
    query OneConnectionCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    status
    promises {
      status
      promise {
        key
      }
      kpis {
        name
        status
      }
      complaints {
        received
        open
        overdue
      }
      correctiveActions {
        open
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OneConnectionCodeStatusQuery, OneConnectionCodeStatusQueryVariables>;
export const OneConnectionComplaintsDocument = new TypedDocumentString(`
    query OneConnectionComplaints($promiseId: ID) {
  complaints(first: 50, promiseId: $promiseId) {
    totalCount
    edges {
      node {
        id
        reference
        status
        promises {
          key
        }
        handler {
          name
        }
        correctiveActions {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OneConnectionComplaintsQuery, OneConnectionComplaintsQueryVariables>;
export const OneConnectionComplaintDocument = new TypedDocumentString(`
    query OneConnectionComplaint($id: ID!) {
  complaint(id: $id) {
    id
    reference
    status
    handler {
      name
    }
    promises {
      key
      complaints {
        totalCount
      }
    }
    correctiveActions {
      totalCount
      edges {
        node {
          title
        }
      }
    }
    timeline {
      at
      to
      actor {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OneConnectionComplaintQuery, OneConnectionComplaintQueryVariables>;
export const OneConnectionRegisterDocument = new TypedDocumentString(`
    mutation OneConnectionRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    reference
    promises {
      key
      complaints {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OneConnectionRegisterMutation, OneConnectionRegisterMutationVariables>;
export const PreparedCodeStatusDocument = new TypedDocumentString(`
    query PreparedCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    status
    promises {
      promise {
        key
      }
      status
      complaints {
        received
        open
        upheld
      }
      correctiveActions {
        open
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreparedCodeStatusQuery, PreparedCodeStatusQueryVariables>;
export const PreparedComplaintsDocument = new TypedDocumentString(`
    query PreparedComplaints($promiseId: ID) {
  complaints(first: 10, promiseId: $promiseId) {
    totalCount
    edges {
      node {
        reference
        status
        promises {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreparedComplaintsQuery, PreparedComplaintsQueryVariables>;
export const PreparedComplaintDocument = new TypedDocumentString(`
    query PreparedComplaint($id: ID!) {
  complaint(id: $id) {
    reference
    status
    timeline {
      to
    }
  }
}
    `) as unknown as TypedDocumentString<PreparedComplaintQuery, PreparedComplaintQueryVariables>;
export const PrivacySubmitDocument = new TypedDocumentString(`
    mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<PrivacySubmitMutation, PrivacySubmitMutationVariables>;
export const PrivacyRegisterDocument = new TypedDocumentString(`
    mutation PrivacyRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
    reference
  }
}
    `) as unknown as TypedDocumentString<PrivacyRegisterMutation, PrivacyRegisterMutationVariables>;
export const PrivacyByReferenceDocument = new TypedDocumentString(`
    query PrivacyByReference($search: String) {
  complaints(search: $search, first: 5) {
    edges {
      node {
        id
        version
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyByReferenceQuery, PrivacyByReferenceQueryVariables>;
export const PrivacyUpdateDocument = new TypedDocumentString(`
    mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrivacyUpdateMutation, PrivacyUpdateMutationVariables>;
export const PrivacyAcknowledgeDocument = new TypedDocumentString(`
    mutation PrivacyAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrivacyAcknowledgeMutation, PrivacyAcknowledgeMutationVariables>;
export const PrivacyStartDocument = new TypedDocumentString(`
    mutation PrivacyStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrivacyStartMutation, PrivacyStartMutationVariables>;
export const PrivacyResolveDocument = new TypedDocumentString(`
    mutation PrivacyResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrivacyResolveMutation, PrivacyResolveMutationVariables>;
export const PrivacyCloseDocument = new TypedDocumentString(`
    mutation PrivacyClose($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PrivacyCloseMutation, PrivacyCloseMutationVariables>;
export const PrivacyAnonymizeDocument = new TypedDocumentString(`
    mutation PrivacyAnonymize($id: ID!, $expectedVersion: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) {
    id
    anonymizedAt
    complainant {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyAnonymizeMutation, PrivacyAnonymizeMutationVariables>;
export const PrivacyCreateActionDocument = new TypedDocumentString(`
    mutation PrivacyCreateAction($input: CreateCorrectiveActionInput!) {
  createCorrectiveAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateActionMutation, PrivacyCreateActionMutationVariables>;
export const PrivacyCreateReviewDocument = new TypedDocumentString(`
    mutation PrivacyCreateReview($input: CreateManagementReviewInput!) {
  createManagementReview(input: $input) {
    id
    analysis {
      totals {
        received
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateReviewMutation, PrivacyCreateReviewMutationVariables>;
export const PrivacyCreateUsersDocument = new TypedDocumentString(`
    mutation PrivacyCreateUsers($input: [CreateUserInput!]!) {
  createUsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateUsersMutation, PrivacyCreateUsersMutationVariables>;
export const PrivacyAnalysisDocument = new TypedDocumentString(`
    query PrivacyAnalysis($y: Int!) {
  complaintAnalysis(year: $y) {
    totals {
      received
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyAnalysisQuery, PrivacyAnalysisQueryVariables>;
export const PrivacyCreateChainDocument = new TypedDocumentString(`
    mutation PrivacyCreateChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateChainMutation, PrivacyCreateChainMutationVariables>;
export const PrivacyCreateKpiDocument = new TypedDocumentString(`
    mutation PrivacyCreateKpi($input: CreateKpiInput!) {
  createKpi(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyCreateKpiMutation, PrivacyCreateKpiMutationVariables>;
export const PrivacyRecordMeasurementsDocument = new TypedDocumentString(`
    mutation PrivacyRecordMeasurements($input: [RecordKpiMeasurementInput!]!) {
  recordMeasurements(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PrivacyRecordMeasurementsMutation, PrivacyRecordMeasurementsMutationVariables>;
export const PrivacyKpisDocument = new TypedDocumentString(`
    query PrivacyKpis {
  kpis(first: 5) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyKpisQuery, PrivacyKpisQueryVariables>;
export const PrivacyCodeKpisDocument = new TypedDocumentString(`
    query PrivacyCodeKpis($id: ID!) {
  code(id: $id) {
    versions(first: 1) {
      edges {
        node {
          promises {
            kpis(first: 5) {
              edges {
                node {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyCodeKpisQuery, PrivacyCodeKpisQueryVariables>;
export const PrivacyCodeStatusDocument = new TypedDocumentString(`
    query PrivacyCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    status
    promises {
      promise {
        key
      }
      status
      reasons
      kpis {
        name
        target
        measurements(first: 3) {
          edges {
            node {
              note
              recordedBy {
                email
              }
            }
          }
        }
      }
      kpiStatusCounts {
        status
        count
      }
      complaints {
        received
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyCodeStatusQuery, PrivacyCodeStatusQueryVariables>;
export const PrivacyComplaintDocument = new TypedDocumentString(`
    query PrivacyComplaint($id: ID!) {
  complaint(id: $id) {
    reference
    subject
    description
    complainant {
      name
      email
    }
    timeline {
      to
      note
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyComplaintQuery, PrivacyComplaintQueryVariables>;
export const ProbesRegisterDocument = new TypedDocumentString(`
    mutation ProbesRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProbesRegisterMutation, ProbesRegisterMutationVariables>;
export const ProbesTypenameDocument = new TypedDocumentString(`
    query ProbesTypename {
  __typename
}
    `) as unknown as TypedDocumentString<ProbesTypenameQuery, ProbesTypenameQueryVariables>;
export const ProbesSubmitDocument = new TypedDocumentString(`
    mutation ProbesSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<ProbesSubmitMutation, ProbesSubmitMutationVariables>;
export const ProbesRecordMeasurementsDocument = new TypedDocumentString(`
    mutation ProbesRecordMeasurements($input: [RecordKpiMeasurementInput!]!) {
  recordMeasurements(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProbesRecordMeasurementsMutation, ProbesRecordMeasurementsMutationVariables>;
export const ProbesCodesAndComplaintsDocument = new TypedDocumentString(`
    query ProbesCodesAndComplaints($first: Int!) {
  publishedCodes(organizationSlug: "x") {
    key
  }
  complaints(first: $first) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProbesCodesAndComplaintsQuery, ProbesCodesAndComplaintsQueryVariables>;
export const ProbesComplaintsDocument = new TypedDocumentString(`
    query ProbesComplaints {
  complaints(first: 5) {
    totalCount
    edges {
      node {
        id
        promises {
          key
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProbesComplaintsQuery, ProbesComplaintsQueryVariables>;
export const ProductionComplaintsDocument = new TypedDocumentString(`
    query ProductionComplaints($status: [ComplaintStatus!]) {
  complaints(status: $status) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProductionComplaintsQuery, ProductionComplaintsQueryVariables>;
export const PromiseStatusV2StatusDocument = new TypedDocumentString(`
    query PromiseStatusV2Status($codeId: ID!, $period: PeriodInput) {
  codeStatus(codeId: $codeId, period: $period) {
    status
    promises {
      promise {
        key
      }
      status
      reasons
      complaints {
        received
        open
        overdue
        upheld
        partiallyUpheld
        decided
        decidedUpheld
        overturned
        acknowledgement {
          rated
          onTime
          rate
        }
        resolution {
          rated
          onTime
          rate
        }
      }
      handling {
        overdue
        acknowledgement {
          rated
          onTime
          rate
        }
        resolution {
          rated
          onTime
          rate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromiseStatusV2StatusQuery, PromiseStatusV2StatusQueryVariables>;
export const PromiseStatusV2PolicyDocument = new TypedDocumentString(`
    query PromiseStatusV2Policy {
  promiseStatusPolicy {
    upheldShareBrokenFrom
    upheldComplaintsBrokenFrom
    upheldShareAtRiskFrom
    onTimeMinimum
    onTimeTarget
    minimumRated
    handlingPromiseKey
  }
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<PromiseStatusV2PolicyQuery, PromiseStatusV2PolicyQueryVariables>;
export const PromiseStatusV2UpdateDocument = new TypedDocumentString(`
    mutation PromiseStatusV2Update($input: PromiseStatusPolicyInput!) {
  updatePromiseStatusPolicy(input: $input) {
    upheldShareBrokenFrom
    upheldComplaintsBrokenFrom
    upheldShareAtRiskFrom
    onTimeMinimum
    onTimeTarget
    minimumRated
    handlingPromiseKey
  }
}
    `) as unknown as TypedDocumentString<PromiseStatusV2UpdateMutation, PromiseStatusV2UpdateMutationVariables>;
export const PromiseStatusV2VersionDocument = new TypedDocumentString(`
    query PromiseStatusV2Version {
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<PromiseStatusV2VersionQuery, PromiseStatusV2VersionQueryVariables>;
export const TracePromiseDocument = new TypedDocumentString(`
    query TracePromise($codeId: ID!, $promiseKey: String!) {
  promiseTrace(codeId: $codeId, promiseKey: $promiseKey) {
    codeKey
    promiseKey
    title
    versions {
      version
      status
      title
      text
      textChanged
      changeSummary
      publishedAt
    }
    kpis {
      name
      target
      threshold
      measurements {
        periodStart
        periodEnd
        value
      }
    }
    complaintMonths {
      month
      received
      upheld
      decided
      decidedUpheld
      overturned
    }
    actions {
      kind
      title
      status
      rootCause
      dueOn
      verifiedOn
      effective
    }
    reviews {
      year
      decisions
      preventiveActionIds
    }
    evidence {
      requirementRef
      via
      versions
    }
    timeline {
      at
      kind
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<TracePromiseQuery, TracePromiseQueryVariables>;
export const PublicCodesPublishedDocument = new TypedDocumentString(`
    query PublicCodesPublished($slug: String!) {
  publishedCodes(organizationSlug: $slug) {
    key
    title
    scope
    organizationName
    currentVersion {
      version
      policyStatement
      changeSummary
      publishedAt
      promises {
        key
        title
        text
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCodesPublishedQuery, PublicCodesPublishedQueryVariables>;
export const PublicCodesOneDocument = new TypedDocumentString(`
    query PublicCodesOne($slug: String!, $key: String!) {
  publishedCode(organizationSlug: $slug, codeKey: $key) {
    key
    title
    currentVersion {
      version
      changeSummary
      promises {
        key
        title
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCodesOneQuery, PublicCodesOneQueryVariables>;
export const PublicCodesVersionsDocument = new TypedDocumentString(`
    query PublicCodesVersions($id: ID!) {
  code(id: $id) {
    versions {
      edges {
        node {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicCodesVersionsQuery, PublicCodesVersionsQueryVariables>;
export const PagesComplaintDocument = new TypedDocumentString(`
    query PagesComplaint($search: String) {
  complaints(first: 1, search: $search) {
    edges {
      node {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PagesComplaintQuery, PagesComplaintQueryVariables>;
export const PagesLinkDocument = new TypedDocumentString(`
    mutation PagesLink($id: ID!, $input: UpdateComplaintInput!) {
  updateComplaint(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<PagesLinkMutation, PagesLinkMutationVariables>;
export const PagesAcknowledgeDocument = new TypedDocumentString(`
    mutation PagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<PagesAcknowledgeMutation, PagesAcknowledgeMutationVariables>;
export const PagesOrganizationDocument = new TypedDocumentString(`
    query PagesOrganization {
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<PagesOrganizationQuery, PagesOrganizationQueryVariables>;
export const PagesRegisterDocument = new TypedDocumentString(`
    mutation PagesRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    reference
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<PagesRegisterMutation, PagesRegisterMutationVariables>;
export const PagesIssueDocument = new TypedDocumentString(`
    mutation PagesIssue($id: ID!) {
  issueComplaintTrackingSecret(id: $id) {
    reference
    trackingSecret
  }
}
    `) as unknown as TypedDocumentString<PagesIssueMutation, PagesIssueMutationVariables>;
export const PagesLanguagesDocument = new TypedDocumentString(`
    mutation PagesLanguages($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    languages
  }
}
    `) as unknown as TypedDocumentString<PagesLanguagesMutation, PagesLanguagesMutationVariables>;
export const PagesTranslateDocument = new TypedDocumentString(`
    mutation PagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) {
  translateCodeVersion(id: $id, input: $input) {
    missingLanguages
  }
}
    `) as unknown as TypedDocumentString<PagesTranslateMutation, PagesTranslateMutationVariables>;
export const QueryPlansComplaintsDocument = new TypedDocumentString(`
    query QueryPlansComplaints($first: Int!, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $handlerId: ID, $promiseId: ID, $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort! = RECEIVED_AT, $kind: ComplaintKind) {
  complaints(
    first: $first
    after: $after
    status: $status
    category: $category
    handlerId: $handlerId
    promiseId: $promiseId
    overdue: $overdue
    receivedFrom: $receivedFrom
    receivedTo: $receivedTo
    search: $search
    sort: $sort
    kind: $kind
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        reference
        subject
        timeline {
          at
        }
        promises {
          id
        }
        correctiveActions(first: 5) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansComplaintsQuery, QueryPlansComplaintsQueryVariables>;
export const QueryPlansStaffComplaintsDocument = new TypedDocumentString(`
    query QueryPlansStaffComplaints($after: String) {
  complaints(first: 20, after: $after) {
    totalCount
    pageInfo {
      endCursor
    }
    edges {
      node {
        id
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansStaffComplaintsQuery, QueryPlansStaffComplaintsQueryVariables>;
export const QueryPlansRetentionDocument = new TypedDocumentString(`
    query QueryPlansRetention {
  complaintsDueForAnonymisation {
    due
    references
  }
  codeGaps {
    total
    words {
      word
      count
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansRetentionQuery, QueryPlansRetentionQueryVariables>;
export const QueryPlansActionsDocument = new TypedDocumentString(`
    query QueryPlansActions($after: String, $status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {
  correctiveActions(
    first: 20
    after: $after
    status: $status
    kind: $kind
    promiseId: $promiseId
    overdue: $overdue
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        complaints(first: 5) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansActionsQuery, QueryPlansActionsQueryVariables>;
export const QueryPlansOverdueActionsDocument = new TypedDocumentString(`
    query QueryPlansOverdueActions {
  overdueCorrectiveActions(first: 20) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansOverdueActionsQuery, QueryPlansOverdueActionsQueryVariables>;
export const QueryPlansPromiseDocument = new TypedDocumentString(`
    query QueryPlansPromise($id: ID!) {
  complaint(id: $id) {
    promises {
      complaints(first: 10) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      correctiveActions(first: 10) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      kpis(first: 5) {
        totalCount
        edges {
          node {
            id
            measurements(first: 6) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansPromiseQuery, QueryPlansPromiseQueryVariables>;
export const QueryPlansAuditDocument = new TypedDocumentString(`
    query QueryPlansAudit($entityId: ID, $entityType: String, $actorId: ID, $action: String, $from: DateTime, $to: DateTime) {
  auditEvents(
    first: 20
    entityId: $entityId
    entityType: $entityType
    actorId: $actorId
    action: $action
    from: $from
    to: $to
  ) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansAuditQuery, QueryPlansAuditQueryVariables>;
export const QueryPlansTrainingDocument = new TypedDocumentString(`
    query QueryPlansTraining($personId: ID, $topic: TrainingTopic, $from: LocalDate, $to: LocalDate) {
  trainingRecords(
    first: 20
    personId: $personId
    topic: $topic
    from: $from
    to: $to
  ) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansTrainingQuery, QueryPlansTrainingQueryVariables>;
export const QueryPlansKpisDocument = new TypedDocumentString(`
    query QueryPlansKpis($codeId: ID, $promiseKey: String, $kind: KpiKind, $after: String) {
  kpis(
    first: 20
    codeId: $codeId
    promiseKey: $promiseKey
    kind: $kind
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansKpisQuery, QueryPlansKpisQueryVariables>;
export const QueryPlansSearchDocument = new TypedDocumentString(`
    query QueryPlansSearch($search: String!, $after: String) {
  complaints(first: 100, search: $search, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryPlansSearchQuery, QueryPlansSearchQueryVariables>;
export const QueryPlansOtherListsDocument = new TypedDocumentString(`
    query QueryPlansOtherLists {
  users(first: 20) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  trainingRequirements(first: 20) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  communicationPlans(first: 20) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  resources(first: 20) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  managementReviews(first: 20) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  codesDueForReview(within: 60) {
    id
  }
}
    `) as unknown as TypedDocumentString<QueryPlansOtherListsQuery, QueryPlansOtherListsQueryVariables>;
export const RateLimitsSubmitDocument = new TypedDocumentString(`
    mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<RateLimitsSubmitMutation, RateLimitsSubmitMutationVariables>;
export const RateLimitsPublishedDocument = new TypedDocumentString(`
    query RateLimitsPublished($slug: String!) {
  publishedCodes(organizationSlug: $slug) {
    key
  }
}
    `) as unknown as TypedDocumentString<RateLimitsPublishedQuery, RateLimitsPublishedQueryVariables>;
export const RateLimitsManyDocument = new TypedDocumentString(`
    mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {
  a: submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
  ... on Mutation {
    b: submitComplaint(organizationSlug: $slug, input: $input) {
      reference
    }
  }
  ...RateLimitsMore
}
    fragment RateLimitsMore on Mutation {
  c: submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
  d: submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}`) as unknown as TypedDocumentString<RateLimitsManyMutation, RateLimitsManyMutationVariables>;
export const RemindersNotificationsDocument = new TypedDocumentString(`
    query RemindersNotifications($unreadOnly: Boolean) {
  notifications(first: 100, unreadOnly: $unreadOnly) {
    unreadCount
    edges {
      node {
        id
        kind
        subjectType
        subjectId
        title
        body
        read
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersNotificationsQuery, RemindersNotificationsQueryVariables>;
export const RemindersSettingsDocument = new TypedDocumentString(`
    mutation RemindersSettings($input: UpdateMyNotificationSettingsInput!) {
  updateMyNotificationSettings(input: $input) {
    id
    language
    emailNotifications
    version
  }
}
    `) as unknown as TypedDocumentString<RemindersSettingsMutation, RemindersSettingsMutationVariables>;
export const RemindersMeDocument = new TypedDocumentString(`
    query RemindersMe {
  me {
    user {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RemindersMeQuery, RemindersMeQueryVariables>;
export const RemindersMarkDocument = new TypedDocumentString(`
    mutation RemindersMark($id: ID!) {
  markNotificationRead(id: $id) {
    id
    read
  }
}
    `) as unknown as TypedDocumentString<RemindersMarkMutation, RemindersMarkMutationVariables>;
export const RemindersMarkAllDocument = new TypedDocumentString(`
    mutation RemindersMarkAll {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<RemindersMarkAllMutation, RemindersMarkAllMutationVariables>;
export const RemindersRulesDocument = new TypedDocumentString(`
    query RemindersRules {
  reminderRules {
    kind
    enabled
    leadDays
    unit
    version
  }
}
    `) as unknown as TypedDocumentString<RemindersRulesQuery, RemindersRulesQueryVariables>;
export const RemindersCreateChainDocument = new TypedDocumentString(`
    mutation RemindersCreateChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemindersCreateChainMutation, RemindersCreateChainMutationVariables>;
export const RemindersCreateKpiDocument = new TypedDocumentString(`
    mutation RemindersCreateKpi($input: CreateKpiInput!) {
  createKpi(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemindersCreateKpiMutation, RemindersCreateKpiMutationVariables>;
export const RemindersSetRuleDocument = new TypedDocumentString(`
    mutation RemindersSetRule($input: SetReminderRuleInput!) {
  setReminderRule(input: $input) {
    kind
    enabled
    leadDays
    version
  }
}
    `) as unknown as TypedDocumentString<RemindersSetRuleMutation, RemindersSetRuleMutationVariables>;
export const EvidenceCoverageDocument = new TypedDocumentString(`
    query EvidenceCoverage($codeId: ID!) {
  normCoverage(frameworkKey: "SRCM", codeId: $codeId) {
    state
    requirementCount
    coveredCount
    notApplicableCount
    gapCount
    coverageRate
    stateCounts {
      state
      count
    }
    sections {
      requirement {
        ref
        title
      }
      state
      requirementCount
      coveredCount
      notApplicableCount
      gapCount
    }
    nodes {
      requirement {
        ref
      }
      state
      requirementCount
      coveredCount
      notApplicableCount
      gapCount
      promises {
        key
      }
      evidence {
        kind
        note
        reason
        recordedBy {
          id
        }
        recordedAt
        requirement {
          ref
        }
        document {
          title
          location
          version
        }
        kpi {
          name
        }
        correctiveAction {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceCoverageQuery, EvidenceCoverageQueryVariables>;
export const EvidenceAddDocument = new TypedDocumentString(`
    mutation EvidenceAdd($input: AddRequirementEvidenceInput!) {
  addRequirementEvidence(input: $input) {
    id
    kind
    requirement {
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceAddMutation, EvidenceAddMutationVariables>;
export const EvidenceNotApplicableDocument = new TypedDocumentString(`
    mutation EvidenceNotApplicable($input: MarkRequirementNotApplicableInput!) {
  markRequirementNotApplicable(input: $input) {
    id
    kind
    reason
    recordedBy {
      id
    }
    requirement {
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceNotApplicableMutation, EvidenceNotApplicableMutationVariables>;
export const EvidenceRemoveDocument = new TypedDocumentString(`
    mutation EvidenceRemove($id: ID!, $v: Int!) {
  removeRequirementEvidence(id: $id, expectedVersion: $v) {
    id
    kind
  }
}
    `) as unknown as TypedDocumentString<EvidenceRemoveMutation, EvidenceRemoveMutationVariables>;
export const EvidenceCreateChainDocument = new TypedDocumentString(`
    mutation EvidenceCreateChain($input: CreateKpiChainInput!) {
  createKpiChain(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceCreateChainMutation, EvidenceCreateChainMutationVariables>;
export const EvidenceCreateKpiDocument = new TypedDocumentString(`
    mutation EvidenceCreateKpi($input: CreateKpiInput!) {
  createKpi(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvidenceCreateKpiMutation, EvidenceCreateKpiMutationVariables>;
export const EvidenceStaffCoverageDocument = new TypedDocumentString(`
    query EvidenceStaffCoverage($codeId: ID!) {
  normCoverage(frameworkKey: "SRCM", codeId: $codeId) {
    coveredCount
    nodes {
      evidence {
        kind
        kpi {
          name
        }
        document {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceStaffCoverageQuery, EvidenceStaffCoverageQueryVariables>;
export const ResourcesCreateDocument = new TypedDocumentString(`
    mutation ResourcesCreate($input: CreateResourceInput!) {
  createResource(input: $input) {
    ...ResourcesResourceFields
  }
}
    fragment ResourcesResourceFields on Resource {
  id
  version
  kind
  description
  quantity
  unit
  periodStart
  periodEnd
  code {
    key
  }
  codeVersion {
    id
    version
  }
  promise {
    key
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<ResourcesCreateMutation, ResourcesCreateMutationVariables>;
export const ResourcesUpdateDocument = new TypedDocumentString(`
    mutation ResourcesUpdate($id: ID!, $input: UpdateResourceInput!) {
  updateResource(id: $id, input: $input) {
    ...ResourcesResourceFields
  }
}
    fragment ResourcesResourceFields on Resource {
  id
  version
  kind
  description
  quantity
  unit
  periodStart
  periodEnd
  code {
    key
  }
  codeVersion {
    id
    version
  }
  promise {
    key
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<ResourcesUpdateMutation, ResourcesUpdateMutationVariables>;
export const ResourcesDeleteDocument = new TypedDocumentString(`
    mutation ResourcesDelete($id: ID!, $v: Int!) {
  deleteResource(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResourcesDeleteMutation, ResourcesDeleteMutationVariables>;
export const ResourcesResourceDocument = new TypedDocumentString(`
    query ResourcesResource($id: ID!) {
  resource(id: $id) {
    ...ResourcesResourceFields
  }
}
    fragment ResourcesResourceFields on Resource {
  id
  version
  kind
  description
  quantity
  unit
  periodStart
  periodEnd
  code {
    key
  }
  codeVersion {
    id
    version
  }
  promise {
    key
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<ResourcesResourceQuery, ResourcesResourceQueryVariables>;
export const ResourcesListDocument = new TypedDocumentString(`
    query ResourcesList($codeId: ID, $codeVersionId: ID, $promiseId: ID, $kind: ResourceKind, $activeOn: LocalDate, $first: Int, $after: String) {
  resources(
    codeId: $codeId
    codeVersionId: $codeVersionId
    promiseId: $promiseId
    kind: $kind
    activeOn: $activeOn
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      node {
        description
        periodStart
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesListQuery, ResourcesListQueryVariables>;
export const ResourcesTotalsDocument = new TypedDocumentString(`
    query ResourcesTotals($codeId: ID!, $codeVersionId: ID, $activeOn: LocalDate) {
  resourceTotals(
    codeId: $codeId
    codeVersionId: $codeVersionId
    activeOn: $activeOn
  ) {
    kind
    unit
    quantity
    resources
  }
}
    `) as unknown as TypedDocumentString<ResourcesTotalsQuery, ResourcesTotalsQueryVariables>;
export const SurveysResolveDocument = new TypedDocumentString(`
    mutation SurveysResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    id
    version
    satisfactionSurvey {
      ...SurveysSurveyFields
    }
  }
}
    fragment SurveysSurveyFields on SatisfactionSurvey {
  id
  origin
  status
  link
  respondentType
  respondentName
  respondentEmail
  caseReference
  language
  expiresAt
  answeredAt
  overall
  comment
  personalDataErasedAt
  answers {
    promiseKey
    position
    score
    answeredOn
  }
}`) as unknown as TypedDocumentString<SurveysResolveMutation, SurveysResolveMutationVariables>;
export const SurveysCloseDocument = new TypedDocumentString(`
    mutation SurveysClose($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SurveysCloseMutation, SurveysCloseMutationVariables>;
export const SurveysReopenDocument = new TypedDocumentString(`
    mutation SurveysReopen($id: ID!, $input: ComplaintReasonInput!) {
  reopenComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SurveysReopenMutation, SurveysReopenMutationVariables>;
export const SurveysAnonymizeDocument = new TypedDocumentString(`
    mutation SurveysAnonymize($id: ID!, $expectedVersion: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) {
    id
    anonymizedAt
  }
}
    `) as unknown as TypedDocumentString<SurveysAnonymizeMutation, SurveysAnonymizeMutationVariables>;
export const SurveysComplaintDocument = new TypedDocumentString(`
    query SurveysComplaint($id: ID!) {
  complaint(id: $id) {
    id
    satisfactionSurvey {
      ...SurveysSurveyFields
    }
  }
}
    fragment SurveysSurveyFields on SatisfactionSurvey {
  id
  origin
  status
  link
  respondentType
  respondentName
  respondentEmail
  caseReference
  language
  expiresAt
  answeredAt
  overall
  comment
  personalDataErasedAt
  answers {
    promiseKey
    position
    score
    answeredOn
  }
}`) as unknown as TypedDocumentString<SurveysComplaintQuery, SurveysComplaintQueryVariables>;
export const SurveysCreateDocument = new TypedDocumentString(`
    mutation SurveysCreate($input: CreateSatisfactionSurveysInput!) {
  createSatisfactionSurveys(input: $input) {
    ...SurveysSurveyFields
  }
}
    fragment SurveysSurveyFields on SatisfactionSurvey {
  id
  origin
  status
  link
  respondentType
  respondentName
  respondentEmail
  caseReference
  language
  expiresAt
  answeredAt
  overall
  comment
  personalDataErasedAt
  answers {
    promiseKey
    position
    score
    answeredOn
  }
}`) as unknown as TypedDocumentString<SurveysCreateMutation, SurveysCreateMutationVariables>;
export const SurveysListDocument = new TypedDocumentString(`
    query SurveysList($status: SurveyStatus, $origin: SurveyOrigin) {
  satisfactionSurveys(first: 100, status: $status, origin: $origin) {
    totalCount
    edges {
      node {
        ...SurveysSurveyFields
      }
    }
  }
}
    fragment SurveysSurveyFields on SatisfactionSurvey {
  id
  origin
  status
  link
  respondentType
  respondentName
  respondentEmail
  caseReference
  language
  expiresAt
  answeredAt
  overall
  comment
  personalDataErasedAt
  answers {
    promiseKey
    position
    score
    answeredOn
  }
}`) as unknown as TypedDocumentString<SurveysListQuery, SurveysListQueryVariables>;
export const SurveysPublicDocument = new TypedDocumentString(`
    query SurveysPublic($token: String!) {
  satisfactionSurvey(token: $token) {
    language
    organizationName
    codeTitle
    title
    intro
    overallQuestion
    commentLabel
    expiresAt
    overallScale {
      score
      label
    }
    questions {
      promiseKey
      title
      text
      question
      scale {
        score
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveysPublicQuery, SurveysPublicQueryVariables>;
export const SurveysAnswerDocument = new TypedDocumentString(`
    mutation SurveysAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) {
  answerSatisfactionSurvey(token: $token, input: $input) {
    message
  }
}
    `) as unknown as TypedDocumentString<SurveysAnswerMutation, SurveysAnswerMutationVariables>;
export const SurveysPolicyDocument = new TypedDocumentString(`
    query SurveysPolicy {
  surveyPolicy {
    linkValidDays
    minimumResponses
    respondentDataRetentionDays
  }
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<SurveysPolicyQuery, SurveysPolicyQueryVariables>;
export const SurveysUpdatePolicyDocument = new TypedDocumentString(`
    mutation SurveysUpdatePolicy($input: SurveyPolicyInput!) {
  updateSurveyPolicy(input: $input) {
    linkValidDays
    minimumResponses
    respondentDataRetentionDays
  }
}
    `) as unknown as TypedDocumentString<SurveysUpdatePolicyMutation, SurveysUpdatePolicyMutationVariables>;
export const SurveysCodeStatusDocument = new TypedDocumentString(`
    query SurveysCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    promises {
      promise {
        key
      }
      status
      complaints {
        received
      }
      customerPerceived {
        responses
        averageScore
        satisfiedShare
        sufficient
        minimumResponses
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveysCodeStatusQuery, SurveysCodeStatusQueryVariables>;
export const SurveysAnalysisDocument = new TypedDocumentString(`
    query SurveysAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    year
    customerSatisfaction {
      byPromise {
        codeKey
        promiseKey
        promiseTitle
        customerPerceived {
          responses
          averageScore
          satisfiedShare
          sufficient
        }
      }
      overall {
        responses
        averageScore
        satisfiedShare
        sufficient
      }
      responses {
        sent
        answered
        expired
        pending
        responseRate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SurveysAnalysisQuery, SurveysAnalysisQueryVariables>;
export const SurveysRetentionDocument = new TypedDocumentString(`
    mutation SurveysRetention($input: AnonymizeDueComplaintsInput!) {
  anonymizeDueComplaints(input: $input) {
    dryRun
    references
    erasedElsewhere
  }
}
    `) as unknown as TypedDocumentString<SurveysRetentionMutation, SurveysRetentionMutationVariables>;
export const SeedsPublishedCodeDocument = new TypedDocumentString(`
    query SeedsPublishedCode {
  publishedCode(organizationSlug: "demo", codeKey: "klantbeloften") {
    organizationName
    currentVersion {
      version
      promises {
        key
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsPublishedCodeQuery, SeedsPublishedCodeQueryVariables>;
export const SeedsCodesDocument = new TypedDocumentString(`
    query SeedsCodes {
  codes(first: 5) {
    edges {
      node {
        currentVersion {
          promises {
            key
            requirements {
              ref
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsCodesQuery, SeedsCodesQueryVariables>;
export const SeedsRegisterComplaintDocument = new TypedDocumentString(`
    mutation SeedsRegisterComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<SeedsRegisterComplaintMutation, SeedsRegisterComplaintMutationVariables>;
export const SeedsComplaintCountsDocument = new TypedDocumentString(`
    query SeedsComplaintCounts {
  complaintCounts {
    total
    unresolvedOverdue
    byStatus {
      status
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsComplaintCountsQuery, SeedsComplaintCountsQueryVariables>;
export const SeedsComplaintTotalsDocument = new TypedDocumentString(`
    query SeedsComplaintTotals {
  conduct: complaints(category: CONDUCT) {
    totalCount
  }
  legal: complaints(category: LEGAL) {
    totalCount
  }
  financial: complaints(category: FINANCIAL) {
    totalCount
  }
  execution: complaints(category: EXECUTION) {
    totalCount
  }
  escalated: complaints(first: 50, status: [CLOSED, ESCALATED]) {
    edges {
      node {
        escalation {
          outcome
          binding
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsComplaintTotalsQuery, SeedsComplaintTotalsQueryVariables>;
export const SeedsKpiChainsDocument = new TypedDocumentString(`
    query SeedsKpiChains {
  kpiChains {
    edges {
      node {
        kpis {
          kind
          status
          causes {
            id
          }
          effects {
            id
          }
          measurements(first: 20) {
            totalCount
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsKpiChainsQuery, SeedsKpiChainsQueryVariables>;
export const SeedsCompetenceOverviewDocument = new TypedDocumentString(`
    query SeedsCompetenceOverview {
  competenceOverview {
    requirements {
      valid
      expiring
      expired
      missing
    }
    people {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsCompetenceOverviewQuery, SeedsCompetenceOverviewQueryVariables>;
export const SeedsCorrectiveActionsDocument = new TypedDocumentString(`
    query SeedsCorrectiveActions {
  correctiveActions(first: 50) {
    edges {
      node {
        kind
        status
        promise {
          key
        }
        decidedBy {
          roles
        }
        complaints {
          totalCount
        }
      }
    }
  }
  overdue: correctiveActions(overdue: true) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SeedsCorrectiveActionsQuery, SeedsCorrectiveActionsQueryVariables>;
export const SeedsManagementReviewsDocument = new TypedDocumentString(`
    query SeedsManagementReviews {
  managementReviews {
    edges {
      node {
        year
        status
        signedAt
        analysisTakenAt
        signedBy {
          roles
        }
        decisions
        analysis {
          year
          totals {
            received
          }
        }
        preventiveActions {
          edges {
            node {
              kind
              decidedBy {
                roles
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsManagementReviewsQuery, SeedsManagementReviewsQueryVariables>;
export const SeedsComplaintAnalysisDocument = new TypedDocumentString(`
    query SeedsComplaintAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsComplaintAnalysisQuery, SeedsComplaintAnalysisQueryVariables>;
export const SeedsEvidenceDocument = new TypedDocumentString(`
    query SeedsEvidence($codeId: ID!, $year: Int!, $personId: ID!) {
  iso: normCoverage(frameworkKey: "ISO10001", codeId: $codeId) {
    nodes {
      state
      evidence {
        kind
      }
    }
  }
  srcm: normCoverage(frameworkKey: "SRCM", codeId: $codeId) {
    stateCounts {
      state
      count
    }
    nodes {
      state
      evidence {
        kind
      }
    }
  }
  srcmReport(year: $year) {
    publicPart {
      parts {
        met
        level {
          level
        }
      }
    }
  }
  promiseStatusPolicy {
    handlingPromiseKey
  }
  codeStatus(codeId: $codeId) {
    promises {
      promise {
        key
      }
      handling {
        overdue
      }
    }
  }
  promiseTrace(codeId: $codeId, promiseKey: "P2") {
    versions {
      version
    }
    complaintMonths {
      received
    }
    actions {
      status
    }
  }
  a: authorisationStatus(personId: $personId) {
    eligibility
    registration {
      registerStatus
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsEvidenceQuery, SeedsEvidenceQueryVariables>;
export const SeedsLawDocument = new TypedDocumentString(`
    query SeedsLaw {
  organization {
    statutoryRulePack
    complaintPolicy {
      acknowledgeWithin
      acknowledgeUnit
    }
    compliance {
      rule
    }
  }
  codeGaps {
    total
    words {
      word
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsLawQuery, SeedsLawQueryVariables>;
export const SeedsSurveysDocument = new TypedDocumentString(`
    query SeedsSurveys($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    promises {
      promise {
        key
      }
      customerPerceived {
        responses
        averageScore
        sufficient
      }
    }
  }
  satisfactionSurveys(first: 100) {
    totalCount
    edges {
      node {
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedsSurveysQuery, SeedsSurveysQueryVariables>;
export const SrcmReportYearDocument = new TypedDocumentString(`
    query SrcmReportYear($year: Int!) {
  srcmReport(year: $year) {
    year
    publicPart {
      principles
      partsMet
      partsTotal
      parts {
        ref
        theme
        title
        met
        previousLevel
        level {
          level
          name
          meetsNorm
        }
      }
    }
    internalPart {
      ref
      level
      previousLevel
      change
      assessmentEvidence
      assessedOn
      requirementCount
      coveredCount
      evidence
      plannedImprovements
    }
  }
}
    `) as unknown as TypedDocumentString<SrcmReportYearQuery, SrcmReportYearQueryVariables>;
export const SrcmReportLevelsDocument = new TypedDocumentString(`
    query SrcmReportLevels {
  normFramework(key: "SRCM") {
    maturityLevels {
      level
      name
      meetsNorm
    }
    requirements {
      ref
      kind
      title
      children {
        ref
        kind
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrcmReportLevelsQuery, SrcmReportLevelsQueryVariables>;
export const SrcmReportRecordMaturityDocument = new TypedDocumentString(`
    mutation SrcmReportRecordMaturity($input: RecordMaturityAssessmentInput!) {
  recordMaturityAssessment(input: $input) {
    level
    levelInfo {
      name
      meetsNorm
    }
  }
}
    `) as unknown as TypedDocumentString<SrcmReportRecordMaturityMutation, SrcmReportRecordMaturityMutationVariables>;
export const SrcmReportAddEvidenceDocument = new TypedDocumentString(`
    mutation SrcmReportAddEvidence($input: AddRequirementEvidenceInput!) {
  addRequirementEvidence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SrcmReportAddEvidenceMutation, SrcmReportAddEvidenceMutationVariables>;
export const StatementsComplaintListDocument = new TypedDocumentString(`
    query StatementsComplaintList($status: [ComplaintStatus!], $promiseId: ID) {
  complaints(first: 50, status: $status, promiseId: $promiseId) {
    edges {
      node {
        id
        reference
        status
        promises {
          key
        }
        handler {
          name
        }
        correctiveActions {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsComplaintListQuery, StatementsComplaintListQueryVariables>;
export const StatementsCodeStatusDocument = new TypedDocumentString(`
    query StatementsCodeStatus($codeId: ID!) {
  codeStatus(codeId: $codeId) {
    code {
      key
    }
    codeVersion {
      version
    }
    period {
      from
      to
    }
    status
    statusCounts {
      status
      count
    }
    promises {
      promise {
        key
        title
      }
      status
      reasons
      kpis {
        name
        status
      }
      kpiStatusCounts {
        status
        count
      }
      complaints {
        received
        open
        overdue
        upheld
        acknowledgement {
          rate
        }
        resolution {
          rate
        }
      }
      correctiveActions {
        open
        overdue
        notEffective
        verifiedEffective
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsCodeStatusQuery, StatementsCodeStatusQueryVariables>;
export const StatementsComplaintTimelineDocument = new TypedDocumentString(`
    query StatementsComplaintTimeline($id: ID!) {
  complaint(id: $id) {
    id
    reference
    status
    subject
    receivedAt
    handler {
      name
    }
    registeredBy {
      name
    }
    timeline {
      at
      from
      to
      note
      actor {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsComplaintTimelineQuery, StatementsComplaintTimelineQueryVariables>;
export const StatementsPageDocument = new TypedDocumentString(`
    query StatementsPage {
  complaints(first: 3) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsPageQuery, StatementsPageQueryVariables>;
export const StatementsPageTotalDocument = new TypedDocumentString(`
    query StatementsPageTotal {
  complaints(first: 3) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsPageTotalQuery, StatementsPageTotalQueryVariables>;
export const StatementsNestedCountsDocument = new TypedDocumentString(`
    query StatementsNestedCounts {
  complaints(first: 3) {
    edges {
      node {
        id
        correctiveActions(first: 2) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsNestedCountsQuery, StatementsNestedCountsQueryVariables>;
export const StatementsNestedNodesDocument = new TypedDocumentString(`
    query StatementsNestedNodes {
  complaints(first: 3) {
    edges {
      node {
        id
        correctiveActions(first: 2) {
          totalCount
          edges {
            node {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsNestedNodesQuery, StatementsNestedNodesQueryVariables>;
export const StatementsAnalysisDocument = new TypedDocumentString(`
    query StatementsAnalysis($year: Int!) {
  complaintAnalysis(year: $year) {
    totals {
      received
      resolved
      unresolved
      overdue
      upheld
    }
    byCategory {
      category
      complaints
    }
    byPromise {
      promiseKey
      complaints
      upheld
    }
    byChannel {
      channel
      complaints
    }
    byMonth {
      month
      complaints
    }
    acknowledgementTime {
      medianHours
      p90Hours
    }
    resolutionTime {
      medianHours
      p90Hours
    }
    outcomes {
      outcome
      complaints
    }
    recurringRootCauses {
      rootCause
      actions
    }
    actions {
      kind
      opened
      effectivenessRate
    }
    changes {
      figure
      change
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsAnalysisQuery, StatementsAnalysisQueryVariables>;
export const StatementsSubmitDocument = new TypedDocumentString(`
    mutation StatementsSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<StatementsSubmitMutation, StatementsSubmitMutationVariables>;
export const StatementsSubmittedTimelineDocument = new TypedDocumentString(`
    query StatementsSubmittedTimeline($reference: String!) {
  complaints(first: 1, search: $reference) {
    edges {
      node {
        reference
        status
        timeline {
          to
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsSubmittedTimelineQuery, StatementsSubmittedTimelineQueryVariables>;
export const InvitationsResolveDocument = new TypedDocumentString(`
    mutation InvitationsResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) {
    id
    version
    satisfactionSurvey {
      ...InvitationsSurveyFields
    }
  }
}
    fragment InvitationsSurveyFields on SatisfactionSurvey {
  id
  link
  language
  respondentEmail
  expiresAt
  invitedAt
  status
}`) as unknown as TypedDocumentString<InvitationsResolveMutation, InvitationsResolveMutationVariables>;
export const InvitationsCloseDocument = new TypedDocumentString(`
    mutation InvitationsClose($id: ID!, $input: ComplaintStepInput!) {
  closeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<InvitationsCloseMutation, InvitationsCloseMutationVariables>;
export const InvitationsAnonymizeDocument = new TypedDocumentString(`
    mutation InvitationsAnonymize($id: ID!, $expectedVersion: Int!) {
  anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) {
    id
    anonymizedAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsAnonymizeMutation, InvitationsAnonymizeMutationVariables>;
export const InvitationsCreateDocument = new TypedDocumentString(`
    mutation InvitationsCreate($input: CreateSatisfactionSurveysInput!) {
  createSatisfactionSurveys(input: $input) {
    ...InvitationsSurveyFields
  }
}
    fragment InvitationsSurveyFields on SatisfactionSurvey {
  id
  link
  language
  respondentEmail
  expiresAt
  invitedAt
  status
}`) as unknown as TypedDocumentString<InvitationsCreateMutation, InvitationsCreateMutationVariables>;
export const InvitationsSurveysDocument = new TypedDocumentString(`
    query InvitationsSurveys {
  satisfactionSurveys(first: 100) {
    edges {
      node {
        ...InvitationsSurveyFields
      }
    }
  }
}
    fragment InvitationsSurveyFields on SatisfactionSurvey {
  id
  link
  language
  respondentEmail
  expiresAt
  invitedAt
  status
}`) as unknown as TypedDocumentString<InvitationsSurveysQuery, InvitationsSurveysQueryVariables>;
export const InvitationsPublicDocument = new TypedDocumentString(`
    query InvitationsPublic($token: String!) {
  satisfactionSurvey(token: $token) {
    language
    organizationName
    codeTitle
    title
    questions {
      promiseKey
      title
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsPublicQuery, InvitationsPublicQueryVariables>;
export const InvitationsAnswerDocument = new TypedDocumentString(`
    mutation InvitationsAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) {
  answerSatisfactionSurvey(token: $token, input: $input) {
    message
  }
}
    `) as unknown as TypedDocumentString<InvitationsAnswerMutation, InvitationsAnswerMutationVariables>;
export const SurveyPageCreateDocument = new TypedDocumentString(`
    mutation SurveyPageCreate($input: CreateSatisfactionSurveysInput!) {
  createSatisfactionSurveys(input: $input) {
    id
    link
  }
}
    `) as unknown as TypedDocumentString<SurveyPageCreateMutation, SurveyPageCreateMutationVariables>;
export const TracingComplaintsDocument = new TypedDocumentString(`
    query TracingComplaints($search: String) {
  complaints(search: $search, first: 5) {
    edges {
      node {
        id
        reference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TracingComplaintsQuery, TracingComplaintsQueryVariables>;
export const TracingUsersDocument = new TypedDocumentString(`
    query TracingUsers($first: Int!) {
  users(first: $first) {
    edges {
      node {
        id
        name
        roles
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TracingUsersQuery, TracingUsersQueryVariables>;
export const TracingTypenameDocument = new TypedDocumentString(`
    query TracingTypename {
  __typename
}
    `) as unknown as TypedDocumentString<TracingTypenameQuery, TracingTypenameQueryVariables>;
export const TracingAddMemberDocument = new TypedDocumentString(`
    mutation TracingAddMember($input: [CreateUserInput!]!) {
  createUsers(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TracingAddMemberMutation, TracingAddMemberMutationVariables>;
export const TrainingCreateRequirementDocument = new TypedDocumentString(`
    mutation TrainingCreateRequirement($input: CreateTrainingRequirementInput!) {
  createTrainingRequirement(input: $input) {
    id
    version
    title
    topic
    assessment
    roles
    validityMonths
  }
}
    `) as unknown as TypedDocumentString<TrainingCreateRequirementMutation, TrainingCreateRequirementMutationVariables>;
export const TrainingUpdateRequirementDocument = new TypedDocumentString(`
    mutation TrainingUpdateRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) {
  updateTrainingRequirement(id: $id, input: $input) {
    id
    version
    roles
    validityMonths
  }
}
    `) as unknown as TypedDocumentString<TrainingUpdateRequirementMutation, TrainingUpdateRequirementMutationVariables>;
export const TrainingDeleteRequirementDocument = new TypedDocumentString(`
    mutation TrainingDeleteRequirement($id: ID!, $v: Int!) {
  deleteTrainingRequirement(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrainingDeleteRequirementMutation, TrainingDeleteRequirementMutationVariables>;
export const TrainingRequirementsDocument = new TypedDocumentString(`
    query TrainingRequirements {
  trainingRequirements(first: 100) {
    totalCount
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingRequirementsQuery, TrainingRequirementsQueryVariables>;
export const TrainingCreateRecordDocument = new TypedDocumentString(`
    mutation TrainingCreateRecord($input: CreateTrainingRecordInput!) {
  createTrainingRecord(input: $input) {
    id
    version
    topic
    assessment
    completedOn
    result
    score
    validUntil
    evidence
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCreateRecordMutation, TrainingCreateRecordMutationVariables>;
export const TrainingUpdateRecordDocument = new TypedDocumentString(`
    mutation TrainingUpdateRecord($id: ID!, $input: UpdateTrainingRecordInput!) {
  updateTrainingRecord(id: $id, input: $input) {
    id
    version
    score
    validUntil
    evidence
  }
}
    `) as unknown as TypedDocumentString<TrainingUpdateRecordMutation, TrainingUpdateRecordMutationVariables>;
export const TrainingDeleteRecordDocument = new TypedDocumentString(`
    mutation TrainingDeleteRecord($id: ID!, $v: Int!) {
  deleteTrainingRecord(id: $id, expectedVersion: $v) {
    id
  }
}
    `) as unknown as TypedDocumentString<TrainingDeleteRecordMutation, TrainingDeleteRecordMutationVariables>;
export const TrainingRecordsDocument = new TypedDocumentString(`
    query TrainingRecords($personId: ID, $first: Int, $after: String) {
  trainingRecords(personId: $personId, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        completedOn
        person {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingRecordsQuery, TrainingRecordsQueryVariables>;
export const TrainingRecordDocument = new TypedDocumentString(`
    query TrainingRecord($id: ID!) {
  trainingRecord(id: $id) {
    id
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingRecordQuery, TrainingRecordQueryVariables>;
export const TrainingOverviewDocument = new TypedDocumentString(`
    query TrainingOverview($personId: ID, $role: Role, $days: Int, $first: Int, $after: String) {
  competenceOverview(
    personId: $personId
    role: $role
    expiringWithinDays: $days
    first: $first
    after: $after
  ) {
    asOf
    expiringWithinDays
    requirements {
      requirement {
        title
      }
      valid
      expiring
      expired
      missing
    }
    people {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          person {
            id
            name
          }
          competent
          requirements {
            requirement {
              title
            }
            status
            validUntil
            record {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingOverviewQuery, TrainingOverviewQueryVariables>;
export const TrainingAuthorisationDocument = new TypedDocumentString(`
    query TrainingAuthorisation($personId: ID!, $days: Int) {
  authorisationStatus(personId: $personId, expiringWithinDays: $days) {
    person {
      id
    }
    asOf
    authorised
    authorisedUntil
    elements {
      assessment
      status
      validUntil
      record {
        id
      }
    }
    missing {
      assessment
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingAuthorisationQuery, TrainingAuthorisationQueryVariables>;
export const WebhooksCreateDocument = new TypedDocumentString(`
    mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      id
      version
      url
      events
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksCreateMutation, WebhooksCreateMutationVariables>;
export const WebhooksUpdateDocument = new TypedDocumentString(`
    mutation WebhooksUpdate($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(id: $id, input: $input) {
    id
    version
    enabled
    disabledReason
    consecutiveFailures
  }
}
    `) as unknown as TypedDocumentString<WebhooksUpdateMutation, WebhooksUpdateMutationVariables>;
export const WebhooksSubscriptionsDocument = new TypedDocumentString(`
    query WebhooksSubscriptions {
  webhookSubscriptions {
    edges {
      node {
        id
        version
        enabled
        disabledReason
        consecutiveFailures
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksSubscriptionsQuery, WebhooksSubscriptionsQueryVariables>;
export const WebhooksDeliveriesDocument = new TypedDocumentString(`
    query WebhooksDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus) {
  webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: 100) {
    edges {
      node {
        id
        messageId
        eventType
        entityType
        entityId
        status
        attempts
        lastStatusCode
        lastError
        payload
        attemptLog {
          statusCode
          error
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeliveriesQuery, WebhooksDeliveriesQueryVariables>;
export const WebhooksRedeliverDocument = new TypedDocumentString(`
    mutation WebhooksRedeliver($id: ID!) {
  redeliverWebhook(id: $id) {
    id
    status
    attempts
  }
}
    `) as unknown as TypedDocumentString<WebhooksRedeliverMutation, WebhooksRedeliverMutationVariables>;
export const WebhooksSubmitDocument = new TypedDocumentString(`
    mutation WebhooksSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) {
    reference
  }
}
    `) as unknown as TypedDocumentString<WebhooksSubmitMutation, WebhooksSubmitMutationVariables>;
export const WebhooksRenameDocument = new TypedDocumentString(`
    mutation WebhooksRename($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<WebhooksRenameMutation, WebhooksRenameMutationVariables>;
export const WebhooksOrgVersionDocument = new TypedDocumentString(`
    query WebhooksOrgVersion {
  organization {
    version
  }
}
    `) as unknown as TypedDocumentString<WebhooksOrgVersionQuery, WebhooksOrgVersionQueryVariables>;
export const CreateCodeDocument = new TypedDocumentString(`
    mutation CreateCode($input: CreateCodeInput!) {
  createCode(input: $input) {
    id
    key
    title
    scope
    version
    owner {
      id
    }
    versions {
      edges {
        node {
          id
          version
          status
        }
      }
    }
    currentVersion {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCodeMutation, CreateCodeMutationVariables>;
export const UpdateCodeDocument = new TypedDocumentString(`
    mutation UpdateCode($id: ID!, $input: UpdateCodeInput!) {
  updateCode(id: $id, input: $input) {
    id
    title
    scope
    version
    owner {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCodeMutation, UpdateCodeMutationVariables>;
export const CodeDocument = new TypedDocumentString(`
    query Code($id: ID!) {
  code(id: $id) {
    id
    key
    title
    versions {
      edges {
        node {
          ...CodeVersionFields
        }
      }
    }
    currentVersion {
      id
      version
      status
    }
  }
}
    fragment CodeVersionFields on CodeVersion {
  id
  version
  revision
  status
  policyStatement
  changeSummary
  internalNotes
  reviewComment
  withdrawalReason
  approvedAt
  approvedBy {
    id
  }
  publishedAt
  supersededAt
  withdrawnAt
  nextReviewDue
  allowedTransitions
  promises {
    id
    key
    version
    title
    text
    rationale
    position
    internalNotes
    owner {
      id
    }
    requirements {
      ref
    }
  }
}`) as unknown as TypedDocumentString<CodeQuery, CodeQueryVariables>;
export const CodesDocument = new TypedDocumentString(`
    query Codes($first: Int, $after: String) {
  codes(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        key
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CodesQuery, CodesQueryVariables>;
export const CodeVersionDocument = new TypedDocumentString(`
    query CodeVersion($id: ID!) {
  codeVersion(id: $id) {
    ...CodeVersionFields
    code {
      id
      key
    }
  }
}
    fragment CodeVersionFields on CodeVersion {
  id
  version
  revision
  status
  policyStatement
  changeSummary
  internalNotes
  reviewComment
  withdrawalReason
  approvedAt
  approvedBy {
    id
  }
  publishedAt
  supersededAt
  withdrawnAt
  nextReviewDue
  allowedTransitions
  promises {
    id
    key
    version
    title
    text
    rationale
    position
    internalNotes
    owner {
      id
    }
    requirements {
      ref
    }
  }
}`) as unknown as TypedDocumentString<CodeVersionQuery, CodeVersionQueryVariables>;
export const UpdateVersionDocument = new TypedDocumentString(`
    mutation UpdateVersion($id: ID!, $input: UpdateCodeVersionInput!) {
  updateCodeVersion(id: $id, input: $input) {
    id
    revision
    policyStatement
    changeSummary
    internalNotes
  }
}
    `) as unknown as TypedDocumentString<UpdateVersionMutation, UpdateVersionMutationVariables>;
export const CreatePromiseDocument = new TypedDocumentString(`
    mutation CreatePromise($input: CreateCodePromiseInput!) {
  createCodePromise(input: $input) {
    id
    key
    title
    text
    position
    version
  }
}
    `) as unknown as TypedDocumentString<CreatePromiseMutation, CreatePromiseMutationVariables>;
export const UpdatePromiseDocument = new TypedDocumentString(`
    mutation UpdatePromise($id: ID!, $input: UpdateCodePromiseInput!) {
  updateCodePromise(id: $id, input: $input) {
    id
    title
    text
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePromiseMutation, UpdatePromiseMutationVariables>;
export const DeletePromiseDocument = new TypedDocumentString(`
    mutation DeletePromise($id: ID!, $v: Int!) {
  deleteCodePromise(id: $id, expectedVersion: $v)
}
    `) as unknown as TypedDocumentString<DeletePromiseMutation, DeletePromiseMutationVariables>;
export const SubmitDocument = new TypedDocumentString(`
    mutation Submit($id: ID!, $v: Int!) {
  submitCodeVersion(id: $id, expectedVersion: $v) {
    id
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<SubmitMutation, SubmitMutationVariables>;
export const ApproveDocument = new TypedDocumentString(`
    mutation Approve($id: ID!, $input: ApproveCodeVersionInput!) {
  approveCodeVersion(id: $id, input: $input) {
    id
    revision
    status
    policyStatement
    approvedAt
    approvedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveMutation, ApproveMutationVariables>;
export const ReturnDocument = new TypedDocumentString(`
    mutation Return($id: ID!, $input: ReturnCodeVersionInput!) {
  returnCodeVersionToDraft(id: $id, input: $input) {
    id
    revision
    status
    reviewComment
    approvedAt
  }
}
    `) as unknown as TypedDocumentString<ReturnMutation, ReturnMutationVariables>;
export const PublishDocument = new TypedDocumentString(`
    mutation Publish($id: ID!, $input: PublishCodeVersionInput!) {
  publishCodeVersion(id: $id, input: $input) {
    id
    revision
    status
    publishedAt
    nextReviewDue
  }
}
    `) as unknown as TypedDocumentString<PublishMutation, PublishMutationVariables>;
export const WithdrawDocument = new TypedDocumentString(`
    mutation Withdraw($id: ID!, $input: WithdrawCodeVersionInput!) {
  withdrawCodeVersion(id: $id, input: $input) {
    id
    revision
    status
    withdrawnAt
    withdrawalReason
  }
}
    `) as unknown as TypedDocumentString<WithdrawMutation, WithdrawMutationVariables>;
export const ScheduleDocument = new TypedDocumentString(`
    mutation Schedule($id: ID!, $input: ScheduleCodeReviewInput!) {
  scheduleCodeReview(id: $id, input: $input) {
    id
    revision
    nextReviewDue
  }
}
    `) as unknown as TypedDocumentString<ScheduleMutation, ScheduleMutationVariables>;
export const CreateDraftDocument = new TypedDocumentString(`
    mutation CreateDraft($codeId: ID!) {
  createCodeDraft(codeId: $codeId) {
    ...CodeVersionFields
  }
}
    fragment CodeVersionFields on CodeVersion {
  id
  version
  revision
  status
  policyStatement
  changeSummary
  internalNotes
  reviewComment
  withdrawalReason
  approvedAt
  approvedBy {
    id
  }
  publishedAt
  supersededAt
  withdrawnAt
  nextReviewDue
  allowedTransitions
  promises {
    id
    key
    version
    title
    text
    rationale
    position
    internalNotes
    owner {
      id
    }
    requirements {
      ref
    }
  }
}`) as unknown as TypedDocumentString<CreateDraftMutation, CreateDraftMutationVariables>;
export const LinkDocument = new TypedDocumentString(`
    mutation Link($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) {
  linkPromiseRequirements(
    promiseId: $promiseId
    expectedVersion: $v
    requirementIds: $requirementIds
  ) {
    id
    key
    version
    requirements {
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<LinkMutation, LinkMutationVariables>;
export const UnlinkDocument = new TypedDocumentString(`
    mutation Unlink($promiseId: ID!, $v: Int!, $requirementIds: [ID!]!) {
  unlinkPromiseRequirements(
    promiseId: $promiseId
    expectedVersion: $v
    requirementIds: $requirementIds
  ) {
    id
    key
    version
    requirements {
      ref
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkMutation, UnlinkMutationVariables>;
export const RequirementIdDocument = new TypedDocumentString(`
    query RequirementId($ref: String!) {
  normRequirement(ref: $ref) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequirementIdQuery, RequirementIdQueryVariables>;
export const FlowRegisterDocument = new TypedDocumentString(`
    mutation FlowRegister($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FlowRegisterMutation, FlowRegisterMutationVariables>;
export const FlowAcknowledgeDocument = new TypedDocumentString(`
    mutation FlowAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FlowAcknowledgeMutation, FlowAcknowledgeMutationVariables>;
export const FlowStartDocument = new TypedDocumentString(`
    mutation FlowStart($id: ID!, $input: StartComplaintHandlingInput!) {
  startComplaintHandling(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<FlowStartMutation, FlowStartMutationVariables>;