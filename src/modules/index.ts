import type { NonEmptyArray } from 'type-graphql';
import { kernelEntities, type ModuleDefinition } from '../common/module';
import { registerLoaders } from '../common/context';
import { organizationModule } from './organization';
import { userModule } from './user';
import { auditModule } from './audit';
import { codeModule } from './code';
import { normModule } from './norm';
import { complaintModule } from './complaint';
import { disputesModule } from './disputes';
import { correctiveActionModule } from './corrective-action';
import { surveyModule } from './survey';
import { kpiModule } from './kpi';
import { trainingModule } from './training';
import { resourceModule } from './resource';
import { communicationModule } from './communication';
import { monitoringModule } from './monitoring';
import { managementReviewModule } from './management-review';
import { traceModule } from './trace';
import { webhookModule } from './webhook';
import { notificationModule } from './notification';
import { reminderModule } from './reminder';
import { operationsModule } from './operations';

/** Every feature module, in dependency order; the entity and resolver lists are computed from it. */
export const modules: readonly ModuleDefinition[] = [
  organizationModule,
  userModule,
  notificationModule,
  auditModule,
  codeModule,
  complaintModule,
  disputesModule,
  correctiveActionModule,
  surveyModule,
  kpiModule,
  trainingModule,
  resourceModule,
  communicationModule,
  normModule,
  monitoringModule,
  managementReviewModule,
  traceModule,
  webhookModule,
  reminderModule,
  operationsModule,
];

/** Every entity TypeORM maps: the kernel's, then each module's. */
export const entities: Function[] = [...kernelEntities, ...modules.flatMap((m) => m.entities)];

/** Every resolver of the API. */
export const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;

/** Every job kind the job runner works. */
export const jobs = modules.flatMap((m) => m.jobs ?? []);

for (const m of modules) if (m.loaders) registerLoaders(m.loaders);
