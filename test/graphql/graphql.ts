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

export type AddClosureDayInput = {
  date: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
};

export type ApproveCodeVersionInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Top management's code policy; required unless the version already has one. */
  policyStatement?: InputMaybe<Scalars['String']['input']>;
};

export type CancelCommunicationPlanInput = {
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
  customerReference?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

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

/** Whether the complaint was found justified. */
export type ComplaintOutcome =
  | 'PARTIALLY_UPHELD'
  | 'REJECTED'
  | 'UPHELD'
  | 'WITHDRAWN';

export type ComplaintPolicyInput = {
  acknowledgeUnit?: InputMaybe<DeadlineUnit>;
  acknowledgeWithin?: InputMaybe<Scalars['Int']['input']>;
  resolveUnit?: InputMaybe<DeadlineUnit>;
  resolveWithin?: InputMaybe<Scalars['Int']['input']>;
};

export type ComplaintSort =
  /** Newest first. */
  | 'RECEIVED_AT'
  /** Earliest resolution deadline first. */
  | 'RESOLUTION_DUE_AT';

/** RECEIVED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED → ESCALATED → CLOSED when the complainant takes it to a disputes committee. */
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

export type CompleteCommunicationPlanInput = {
  /** Proof: a link, document or screenshot reference. */
  evidence: Scalars['String']['input'];
  /** When it was done: today at the latest. */
  executedOn: Scalars['LocalDate']['input'];
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

/** How far the promises of a code version cover a requirement node. Only requirements (leaf nodes) are mapped to promises; a requirement is covered when at least one promise is linked to it. A node is COVERED when every requirement in it (itself, for a requirement) is covered, PARTIAL when some but not all are, and GAP when none is. */
export type CoverageState =
  /** Every requirement in the node has at least one promise linked. */
  | 'COVERED'
  /** No requirement in the node has a promise linked. */
  | 'GAP'
  /** Some, not all, requirements in the node have a promise linked. */
  | 'PARTIAL';

/** A new code; it starts with version 1 as a DRAFT. */
export type CreateCodeInput = {
  /** Lower-case letters, digits and hyphens, unique in the organisation (used in public URLs); cannot change later. */
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
  description?: InputMaybe<Scalars['String']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Who must have it; empty means everyone. */
  roles?: Array<Role>;
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

/** How a complaint deadline counts days. */
export type DeadlineUnit =
  | 'CALENDAR_DAYS'
  | 'WORKING_DAYS';

export type EscalateComplaintInput = {
  /** The disputes committee, e.g. "Geschillencommissie". */
  body: Scalars['String']['input'];
  /** When the complainant went to the committee (default: now); not in the future, not before the resolution. */
  escalatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

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

export type ManagementReviewStatus =
  /** Being prepared: title, decisions, preventive actions and the analysis can change. */
  | 'DRAFT'
  /** Signed by top management: final, nothing about it changes any more (enforced by the database too). */
  | 'SIGNED';

/** The role of a node in a requirement tree. */
export type NormRequirementKind =
  /** An SRCM norm part with its objective; it carries the maturity self-assessment. */
  | 'NORM_PART'
  /** A single requirement (always a leaf): the only kind of node promises are mapped to. */
  | 'REQUIREMENT'
  /** A group of requirements: an ISO 10001 clause, an SRCM theme, a section of a procedure or scheme. */
  | 'SECTION';

/** Calendar days to report on, both included, in the organisation's time zone. */
export type PeriodInput = {
  /** First day. */
  from: Scalars['LocalDate']['input'];
  /** Last day (included). */
  to: Scalars['LocalDate']['input'];
};

/** Whether a promise is kept, judged on its KPIs, complaints and corrective actions (rule in README, "Monitoring"). */
export type PromiseStatus =
  /** Warning signs: a KPI at risk, a fifth or more of the complaints upheld, late handling, overdue or ineffective actions. */
  | 'AT_RISK'
  /** The promise is not kept: a KPI off track, half or more of the complaints upheld (at least 3), or handling mostly late. */
  | 'BROKEN'
  /** The evidence shows the promise is kept. */
  | 'KEPT'
  /** Nothing to judge by: no KPI measured for its latest period and no complaint in the period. */
  | 'NO_DATA';

export type PublishCodeVersionInput = {
  /** The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** When the code is due for review; default 12 months after publication. */
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
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
  expectedVersion: Scalars['Int']['input'];
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  satisfaction: Scalars['Int']['input'];
};

export type RegisterComplaintInput = {
  categories?: InputMaybe<Array<ComplaintCategory>>;
  channel: ComplaintChannel;
  complainant?: InputMaybe<ComplainantInput>;
  description: Scalars['String']['input'];
  /** An active complaint officer. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** Any unique string (e.g. a UUID): a retry with the same key returns the first result and creates nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Promises the complaint concerns (of a code version that is or was in force). */
  promiseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the complaint reached the organisation (default: now); never in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject: Scalars['String']['input'];
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
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ComplaintOutcome;
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

export type StartComplaintHandlingInput = {
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The complaint officer who handles it; required unless one is assigned already. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A complaint from the public form: the complainant's own words and how to reach them (name and email or phone). */
export type SubmitComplaintInput = {
  complainant: ComplainantInput;
  description: Scalars['String']['input'];
  /** Any unique string (e.g. a UUID): a resubmission with the same key returns the first reference. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

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
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** An active complaint officer. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
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

export type UpdateManagementReviewInput = {
  /** Replaces the decisions. */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationInput = {
  /** Applies to complaints received from now on; existing deadlines do not move. */
  complaintPolicy?: InputMaybe<ComplaintPolicyInput>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  holidayCountry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  roles?: InputMaybe<Array<Role>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** null: does not expire; omitted: unchanged. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  /** false locks the member out: their tokens are refused (see README, Members and tokens). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version you read; CONFLICT when it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** The member's subject at the OIDC provider. */
  externalSubject?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
};

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

export type ExamplesClientComplaintCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesClientComplaintCountQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number } | null };

export type ExamplesClientFirstCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExamplesClientFirstCodeQuery = { __typename?: 'Query', codes?: { __typename?: 'CodeConnection', edges: Array<{ __typename?: 'CodeEdge', node: { __typename?: 'Code', id: string, version: number } }> } | null };

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

export type JwksWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksWhoAmIQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, organizationSlug: string } | null };

export type JwksMeIdQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksMeIdQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string } | null };

export type JwksMemberQueryVariables = Exact<{ [key: string]: never; }>;


export type JwksMemberQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', id: string, roles: Array<Role>, user: { __typename?: 'User', id: string, email: string, externalSubject?: string | null } } | null };

export type MetricsNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsNamesQuery = { __typename: 'Query' };

export type ProductionComplaintsQueryVariables = Exact<{
  status?: InputMaybe<Array<ComplaintStatus> | ComplaintStatus>;
}>;


export type ProductionComplaintsQuery = { __typename?: 'Query', complaints?: { __typename?: 'ComplaintConnection', totalCount: number } | null };

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
export const MetricsNamesDocument = new TypedDocumentString(`
    query MetricsNames {
  __typename
}
    `) as unknown as TypedDocumentString<MetricsNamesQuery, MetricsNamesQueryVariables>;
export const ProductionComplaintsDocument = new TypedDocumentString(`
    query ProductionComplaints($status: [ComplaintStatus!]) {
  complaints(status: $status) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProductionComplaintsQuery, ProductionComplaintsQueryVariables>;
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