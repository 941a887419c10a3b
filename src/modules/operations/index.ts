import type { ModuleDefinition } from '../../common/module';
import { JobsResolver } from './jobs.resolver';

/** The operations module: what operators look at (the job runner's queues and failed jobs). */
export const operationsModule: ModuleDefinition = {
  name: 'operations',
  entities: [],
  resolvers: [JobsResolver],
};
