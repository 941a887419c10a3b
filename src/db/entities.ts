import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/user/user.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Code } from '../modules/code/code.entity';
import { CodeVersion } from '../modules/code/code-version.entity';
import { CodePromise } from '../modules/code/code-promise.entity';
import { KpiChain } from '../modules/kpi/kpi-chain.entity';
import { Kpi } from '../modules/kpi/kpi.entity';
import { KpiLink } from '../modules/kpi/kpi-link.entity';
import { KpiMeasurement } from '../modules/kpi/kpi-measurement.entity';
import { TrainingRequirement } from '../modules/training/training-requirement.entity';
import { TrainingRecord } from '../modules/training/training-record.entity';
import { Resource } from '../modules/resource/resource.entity';
import { CommunicationPlan } from '../modules/communication/communication-plan.entity';

/** Every entity TypeORM maps; each module adds its own here. */
export const entities: Function[] = [
  Organization,
  User,
  AuditEvent,
  Code,
  CodeVersion,
  CodePromise,
  KpiChain,
  Kpi,
  KpiLink,
  KpiMeasurement,
  TrainingRequirement,
  TrainingRecord,
  Resource,
  CommunicationPlan,
];
