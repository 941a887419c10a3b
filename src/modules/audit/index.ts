import type { ModuleDefinition } from '../../common/module';
import { AuditResolver } from './audit.resolver';

/** The audit module: reading the trail (the kernel writes it, src/common/audit-trail.ts). */
export const auditModule: ModuleDefinition = {
  name: 'audit',
  entities: [],
  resolvers: [AuditResolver],
};
