import { Authorized } from 'type-graphql';
import { hasRole, type Context } from './context';
import { Role } from './roles';

const { TOP_MANAGEMENT, QUALITY_MANAGER, COMPLAINT_OFFICER, STAFF, AUDITOR } = Role;

/**
 * Who may do what (DESIGN §1): the one table from which operations (`@Allowed`), field guards
 * (`ReadableBy(PERMISSIONS.…)`), the read policy and checks inside services (`can`) take their
 * roles. A role's description in the schema (`Role`) says the same in words.
 */
export const PERMISSIONS = {
  // Reading
  /** Codes, norms, the promise status, closure days, training requirements and one's own training: any member. */
  readCodes: [TOP_MANAGEMENT, QUALITY_MANAGER, COMPLAINT_OFFICER, STAFF, AUDITOR],
  /** Steering data (KPIs, resources, communication plans), complaints without personal data, corrective actions, members: everyone but staff. */
  readManagement: [TOP_MANAGEMENT, QUALITY_MANAGER, COMPLAINT_OFFICER, AUDITOR],
  /** Complaints (without personal data): management, and staff for the complaints they registered themselves. */
  readComplaints: [TOP_MANAGEMENT, QUALITY_MANAGER, COMPLAINT_OFFICER, AUDITOR, STAFF],
  /** The audit trail. */
  readAudit: [TOP_MANAGEMENT, QUALITY_MANAGER, AUDITOR],
  /** The annual complaint analysis and the management reviews built on it. */
  readAnalysis: [QUALITY_MANAGER, TOP_MANAGEMENT, AUDITOR],
  /** Complainants' personal data (DESIGN §5). */
  readPersonalData: [COMPLAINT_OFFICER, QUALITY_MANAGER],
  /** Everyone's training records (others read and keep only their own). */
  readAllTraining: [QUALITY_MANAGER, TOP_MANAGEMENT, AUDITOR],

  // The organisation
  /** Settings, complaint policy and members. */
  manageOrganization: [TOP_MANAGEMENT],
  /** The thresholds of the promise status rule and the complaint-handling promise (`updatePromiseStatusPolicy`). */
  managePromiseStatusPolicy: [TOP_MANAGEMENT, QUALITY_MANAGER],
  /** Days the organisation is closed (they move working-day deadlines). */
  manageClosureDays: [TOP_MANAGEMENT, QUALITY_MANAGER],

  // Codes and norms
  /** Codes, drafts and their promises, submitting for review, linking promises to norm requirements. */
  draftCodes: [QUALITY_MANAGER],
  /** Evidence per norm requirement and not-applicable decisions. */
  manageNormEvidence: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** Approving, returning, publishing and withdrawing code versions. */
  approveCodes: [TOP_MANAGEMENT],
  /** The next review date of a version in force. */
  scheduleCodeReviews: [TOP_MANAGEMENT, QUALITY_MANAGER],
  /** Maturity levels of norm requirements. */
  assessMaturity: [QUALITY_MANAGER, TOP_MANAGEMENT],

  // Steering
  /** KPIs and measurements, resources, communication plans. */
  editSteering: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** Training requirements, and everyone's training records. */
  manageTraining: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** One's own training records. */
  recordOwnTraining: [QUALITY_MANAGER, TOP_MANAGEMENT, COMPLAINT_OFFICER, STAFF],

  // Complaints and actions
  /** Registering, handling, deciding, escalating and anonymising complaints. */
  handleComplaints: [COMPLAINT_OFFICER, QUALITY_MANAGER],
  /** Registering a complaint received at the front line (staff then read only those they registered). */
  registerComplaints: [COMPLAINT_OFFICER, QUALITY_MANAGER, STAFF],
  /** Listing the complaints past their retention period and anonymising them. */
  manageRetention: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** The organisation's letter templates (acknowledgement, decision). */
  manageLetterTemplates: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** The disputes bodies the organisation is affiliated with (kind of outcome, fees, terms). */
  manageDisputesBodies: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** Satisfaction surveys on demand (a sample of closed cases, clients) and the survey policy. */
  manageSurveys: [QUALITY_MANAGER],
  /** Opening corrective actions. */
  openCorrectiveActions: [COMPLAINT_OFFICER, QUALITY_MANAGER, TOP_MANAGEMENT],
  /** Planning, doing and completing corrective actions. */
  workCorrectiveActions: [COMPLAINT_OFFICER, QUALITY_MANAGER],
  /** The effectiveness check, and reopening an action found not effective. */
  verifyCorrectiveActions: [QUALITY_MANAGER],
  /** Cancelling corrective actions. */
  cancelCorrectiveActions: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** Preventive actions (opened and cancelled as corrective ones, decided by top management). */
  decidePreventiveActions: [TOP_MANAGEMENT],

  // The management review
  /** Preparing a review and linking preventive actions to it. */
  prepareManagementReviews: [QUALITY_MANAGER, TOP_MANAGEMENT],
  /** Signing a review. */
  signManagementReviews: [TOP_MANAGEMENT],

  // Reminders
  /** The organisation's reminder rules (on/off, how far ahead). */
  manageReminders: [TOP_MANAGEMENT, QUALITY_MANAGER],

  // Integration and operations
  /** Webhook subscriptions (URL, events, secret), their delivery log and redelivery. */
  manageWebhooks: [TOP_MANAGEMENT, QUALITY_MANAGER],
  /** The job runner's queues and failed jobs (`jobs`), and retrying them. */
  operateJobs: [TOP_MANAGEMENT],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The operation or field may be called by the roles holding `permission` (FORBIDDEN for anyone else). */
export const Allowed = (permission: Permission): MethodDecorator & PropertyDecorator => Authorized(...PERMISSIONS[permission]);

/** Whether the caller holds `permission`. */
export const can = (ctx: Context, permission: Permission): boolean => hasRole(ctx, ...PERMISSIONS[permission]);
