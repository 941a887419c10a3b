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
];
