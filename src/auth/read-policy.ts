import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../common/context';
import { PERMISSIONS } from '../common/permissions';
import type { Role } from '../common/roles';

/** The roles named by {@link ReadableBy} on a field, kept in the field's schema extensions. */
export interface ReadGuardExtension {
  readableBy: readonly Role[];
}

const readGuard: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const field = info.parentType.getFields()[info.fieldName];
  const { readableBy, otherwise } = field.extensions as unknown as ReadGuardExtension & { otherwise: unknown };
  if (!context.user?.roles.some((r) => readableBy.includes(r))) return otherwise;
  return next();
};

/**
 * A field only some roles may read, inside a type others read too: every other caller gets
 * `otherwise` (null, or an empty list) instead of an error, so the rest of their answer stays
 * whole. `Complaint.complainant` answers null to an AUDITOR, `PromiseStatusReport.kpis` an empty
 * list to STAFF. Use `@Authorized(...)` instead where a refusal (FORBIDDEN) is the right answer.
 *
 * The roles are kept in the field's schema extensions, where the read-coverage test finds them.
 */
export function ReadableBy(roles: readonly Role[], otherwise: null | []): MethodDecorator & PropertyDecorator {
  const extension = Extensions({ readableBy: [...roles], otherwise });
  const middleware = UseMiddleware(readGuard);
  return (target: object, property: string | symbol, descriptor?: PropertyDescriptor) => {
    extension(target, property, descriptor as never);
    middleware(target, property, descriptor as never);
  };
}

/** Any member of the organisation. */
const MEMBERS = PERMISSIONS.readCodes;
/** Everyone but staff: KPIs, resources, communication, complaints without personal data, actions, audit. */
const MANAGEMENT = PERMISSIONS.readManagement;
/** Complaints without personal data: management, and staff (only those they registered). */
const COMPLAINTS = PERMISSIONS.readComplaints;
/** The annual complaint analysis and the management review built on it. */
const ANALYSIS = PERMISSIONS.readAnalysis;
/** Complainants' personal data (DESIGN §5). */
const PERSONAL_DATA = PERMISSIONS.readPersonalData;

/**
 * Who may read each GraphQL object type, wherever it is reached from (`'PUBLIC'`: anyone, also
 * without a token). Enforced by the guards on the fields that lead into a type (`@Authorized` on
 * operations and field resolvers, {@link ReadableBy}); the read-coverage test walks every path
 * from every operation a role may call and fails on any field that reaches a type the role may
 * not read. Every object type must be listed: a new type needs a decision.
 */
export const TYPE_READERS: Record<string, 'PUBLIC' | readonly Role[]> = {
  // The public form and the published code.
  PublicCode: 'PUBLIC',
  PublicCodeVersion: 'PUBLIC',
  PublicPromise: 'PUBLIC',
  ComplaintReceipt: 'PUBLIC',
  ComplaintTracking: 'PUBLIC',
  TrackedLetter: 'PUBLIC',
  TrackedDisputesRoute: 'PUBLIC',
  IssuedTrackingSecret: PERMISSIONS.registerComplaints,
  // A satisfaction survey as its respondent sees it through the link.
  PublicSatisfactionSurvey: 'PUBLIC',
  SurveyQuestion: 'PUBLIC',
  SurveyScaleOption: 'PUBLIC',
  SatisfactionSurveyReceipt: 'PUBLIC',

  // Members: the organisation, its people, codes and norms, the promise status, training.
  Viewer: MEMBERS,
  Organization: MEMBERS,
  ComplaintPolicy: MEMBERS,
  StatutoryRules: MEMBERS,
  StatutoryTerm: MEMBERS,
  RuleSourceInfo: MEMBERS,
  DisputesBodyRule: MEMBERS,
  RetentionRule: MEMBERS,
  ComplianceViolation: MEMBERS,
  ClosureDay: MEMBERS,
  User: MEMBERS,
  Code: MEMBERS,
  CodeVersion: MEMBERS,
  CodePromise: MEMBERS,
  CodeVersionTranslation: MEMBERS,
  CodePromiseTranslation: MEMBERS,
  NormFramework: MEMBERS,
  NormRequirement: MEMBERS,
  MaturityAssessment: MEMBERS,
  MaturityLevel: MEMBERS,
  NormCoverage: MEMBERS,
  RequirementCoverage: MEMBERS,
  CoverageStateCount: MEMBERS,
  RequirementEvidence: MEMBERS,
  EvidenceDocument: MEMBERS,
  CodeStatus: MEMBERS,
  PromiseStatusReport: MEMBERS,
  CustomerPerceivedFigures: MEMBERS,
  PromiseStatusCount: MEMBERS,
  KpiStatusCount: MEMBERS,
  PromiseComplaintFigures: MEMBERS,
  PromiseActionFigures: MEMBERS,
  PromiseHandlingFigures: MEMBERS,
  OnTimeRate: MEMBERS,
  DisputesFigures: MEMBERS,
  ReportingPeriod: MEMBERS,
  TrainingRecord: MEMBERS,
  TrainingRequirement: MEMBERS,
  CompetenceOverview: MEMBERS,
  PersonCompetence: MEMBERS,
  RequirementCompetence: MEMBERS,
  RequirementCompetenceSummary: MEMBERS,
  AuthorisationStatus: MEMBERS,
  AuthorisationElement: MEMBERS,
  AuthorisationPractice: MEMBERS,
  AuthorisationRegistration: MEMBERS,
  PageInfo: MEMBERS,

  // Steering data and complaint handling: everyone but staff.
  Kpi: MANAGEMENT,
  // Satisfaction surveys (respondents' personal data guarded field by field) and their policy.
  SatisfactionSurvey: MANAGEMENT,
  SatisfactionSurveyAnswer: MANAGEMENT,
  SatisfactionSurveyConnection: MANAGEMENT,
  SatisfactionSurveyEdge: MANAGEMENT,
  SurveyPolicy: MANAGEMENT,
  KpiChain: MANAGEMENT,
  KpiLink: MANAGEMENT,
  KpiMeasurement: MANAGEMENT,
  SrcmReport: MANAGEMENT,
  SrcmPublicReport: MANAGEMENT,
  SrcmPublicPart: MANAGEMENT,
  SrcmInternalPart: MANAGEMENT,
  PromiseTrace: MANAGEMENT,
  TraceVersion: MANAGEMENT,
  TraceMeasurement: MANAGEMENT,
  TraceKpi: MANAGEMENT,
  TraceComplaintMonth: MANAGEMENT,
  TraceAction: MANAGEMENT,
  TraceReview: MANAGEMENT,
  TraceEvidence: MANAGEMENT,
  TraceEvent: MANAGEMENT,
  PromiseStatusPolicy: MANAGEMENT,
  KpiPeriod: MANAGEMENT,
  Resource: MANAGEMENT,
  ResourceTotal: MANAGEMENT,
  CommunicationPlan: MANAGEMENT,
  CommunicationCoverage: MANAGEMENT,
  AudienceCoverage: MANAGEMENT,
  Complaint: COMPLAINTS,
  ComplaintCounts: MANAGEMENT,
  ComplaintStatusCount: MANAGEMENT,
  ComplaintEscalation: COMPLAINTS,
  ComplaintTimelineEntry: COMPLAINTS,
  RetentionRun: MANAGEMENT,
  CodeGaps: MANAGEMENT,
  CodeGapCategory: MANAGEMENT,
  CodeGapWord: MANAGEMENT,
  ComplaintLetter: MANAGEMENT,
  LetterTemplate: MANAGEMENT,
  LetterPlaceholderInfo: MANAGEMENT,
  LetterPreview: PERMISSIONS.handleComplaints,
  DisputesBody: MANAGEMENT,
  DisputesCase: MANAGEMENT,
  DisputesCaseCompliance: MANAGEMENT,
  CorrectiveAction: MANAGEMENT,
  EffectivenessCheck: MANAGEMENT,
  AuditEvent: MANAGEMENT,

  // The annual analysis and the management review.
  ComplaintAnalysis: ANALYSIS,
  CustomerSatisfactionFigures: ANALYSIS,
  PromiseCustomerPerceived: ANALYSIS,
  SurveyResponseRates: ANALYSIS,
  ComplaintYearFigures: ANALYSIS,
  ComplaintTotals: ANALYSIS,
  CategoryCount: ANALYSIS,
  ChannelCount: ANALYSIS,
  MonthCount: ANALYSIS,
  OutcomeCount: ANALYSIS,
  PromiseComplaintCount: ANALYSIS,
  HandlingTime: ANALYSIS,
  EscalationFigures: ANALYSIS,
  SatisfactionFigures: ANALYSIS,
  RootCauseCount: ANALYSIS,
  ActionKindFigures: ANALYSIS,
  FigureChange: ANALYSIS,
  ManagementReview: ANALYSIS,

  // The complainant: complaint officers and quality managers only.
  Complainant: PERSONAL_DATA,

  // One's own notifications (every member reads only their own), the organisation's reminder rules.
  Notification: MEMBERS,
  ReminderRule: MANAGEMENT,

  // Integration and operations.
  WebhookSubscription: PERMISSIONS.manageWebhooks,
  WebhookSubscriptionCreated: PERMISSIONS.manageWebhooks,
  WebhookDelivery: PERMISSIONS.manageWebhooks,
  WebhookAttempt: PERMISSIONS.manageWebhooks,
  JobsOverview: PERMISSIONS.operateJobs,
  JobQueueStatus: PERMISSIONS.operateJobs,
  Job: PERMISSIONS.operateJobs,
};

/** Who may read `typeName`; a `…Connection` or `…Edge` like its nodes; an unlisted type: nobody. */
export function typeReaders(typeName: string): 'PUBLIC' | readonly Role[] {
  return TYPE_READERS[typeName] ?? TYPE_READERS[typeName.replace(/(Connection|Edge)$/, '')] ?? [];
}
