import { Organization } from '../modules/organization/organization.entity';
import { User } from '../modules/user/user.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';

/** Every entity TypeORM maps; each module adds its own here. */
export const entities: Function[] = [Organization, User, AuditEvent];
