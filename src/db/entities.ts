import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/user/user.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Code } from '../modules/code/code.entity';
import { CodeVersion } from '../modules/code/code-version.entity';
import { CodePromise } from '../modules/code/code-promise.entity';
import { NormFramework } from '../modules/norm/norm-framework.entity';
import { NormRequirement } from '../modules/norm/norm-requirement.entity';
import { PromiseRequirement } from '../modules/norm/promise-requirement.entity';
import { MaturityAssessment } from '../modules/norm/maturity-assessment.entity';
import { IdempotencyKey } from '../common/idempotency';
import { Complaint } from '../modules/complaint/complaint.entity';
import { ComplaintPromise } from '../modules/complaint/complaint-promise.entity';
import { ComplaintTimelineEntry } from '../modules/complaint/complaint-timeline-entry.entity';
import { ComplaintReferenceCounter } from '../modules/complaint/complaint-reference';
import { ClosureDay } from '../modules/complaint/closure-day.entity';
import { CorrectiveAction } from '../modules/corrective-action/corrective-action.entity';
import { CorrectiveActionComplaint } from '../modules/corrective-action/corrective-action-complaint.entity';
import { KpiChain } from '../modules/kpi/kpi-chain.entity';
import { Kpi } from '../modules/kpi/kpi.entity';
import { KpiLink } from '../modules/kpi/kpi-link.entity';
import { KpiMeasurement } from '../modules/kpi/kpi-measurement.entity';
import { TrainingRequirement } from '../modules/training/training-requirement.entity';
import { TrainingRecord } from '../modules/training/training-record.entity';
import { Resource } from '../modules/resource/resource.entity';
import { CommunicationPlan } from '../modules/communication/communication-plan.entity';
import { ManagementReview } from '../modules/management-review/management-review.entity';
import { ManagementReviewPreventiveAction } from '../modules/management-review/management-review-preventive-action.entity';

/** Every entity TypeORM maps; each module adds its own here. */
export const entities: Function[] = [
  Organization,
  User,
  AuditEvent,
  Code,
  CodeVersion,
  CodePromise,
  NormFramework,
  NormRequirement,
  PromiseRequirement,
  MaturityAssessment,
  IdempotencyKey,
  Complaint,
  ComplaintPromise,
  ComplaintTimelineEntry,
  ComplaintReferenceCounter,
  ClosureDay,
  CorrectiveAction,
  CorrectiveActionComplaint,
  KpiChain,
  Kpi,
  KpiLink,
  KpiMeasurement,
  TrainingRequirement,
  TrainingRecord,
  Resource,
  CommunicationPlan,
  ManagementReview,
  ManagementReviewPreventiveAction,
];
