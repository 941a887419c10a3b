import type { NonEmptyArray } from 'type-graphql';
import { OrganizationResolver } from './organization/organization.resolver';
import { UserResolver } from './user/user.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CodePromiseResolver, CodeResolver, CodeVersionResolver } from './code/code.resolver';
import { PublicCodeResolver, PublicCodeVersionResolver } from './code/public-code.resolver';
import { MaturityAssessmentResolver, NormFrameworkResolver, NormRequirementResolver, PromiseRequirementResolver } from './norm/norm.resolver';
import { CodePromiseComplaintsResolver, ComplaintResolver, ComplaintTimelineEntryResolver } from './complaint/complaint.resolver';
import { ClosureDayResolver } from './complaint/closure-day.resolver';
import {
  CodePromiseCorrectiveActionsResolver,
  ComplaintCorrectiveActionsResolver,
  CorrectiveActionResolver,
  EffectivenessCheckResolver,
} from './corrective-action/corrective-action.resolver';
import { CodePromiseKpiResolver, KpiChainResolver, KpiLinkResolver, KpiMeasurementResolver, KpiResolver } from './kpi/kpi.resolver';
import {
  AuthorisationElementResolver,
  RequirementCompetenceResolver,
  RequirementCompetenceSummaryResolver,
  TrainingRecordResolver,
  TrainingRequirementResolver,
} from './training/training.resolver';
import { ResourceResolver } from './resource/resource.resolver';
import { CommunicationPlanResolver } from './communication/communication.resolver';
import { CodePromiseStatusResolver, MonitoringResolver } from './monitoring/monitoring.resolver';
import { ManagementReviewResolver } from './management-review/management-review.resolver';

/** Every resolver of the API; each module adds its own here. */
export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  UserResolver,
  AuditResolver,
  CodeResolver,
  CodeVersionResolver,
  CodePromiseResolver,
  PublicCodeResolver,
  PublicCodeVersionResolver,
  NormFrameworkResolver,
  NormRequirementResolver,
  MaturityAssessmentResolver,
  PromiseRequirementResolver,
  ComplaintResolver,
  ComplaintTimelineEntryResolver,
  CodePromiseComplaintsResolver,
  ClosureDayResolver,
  CorrectiveActionResolver,
  EffectivenessCheckResolver,
  ComplaintCorrectiveActionsResolver,
  CodePromiseCorrectiveActionsResolver,
  KpiChainResolver,
  KpiResolver,
  KpiLinkResolver,
  KpiMeasurementResolver,
  CodePromiseKpiResolver,
  TrainingRequirementResolver,
  TrainingRecordResolver,
  RequirementCompetenceResolver,
  RequirementCompetenceSummaryResolver,
  AuthorisationElementResolver,
  ResourceResolver,
  CommunicationPlanResolver,
  MonitoringResolver,
  CodePromiseStatusResolver,
  ManagementReviewResolver,
];
