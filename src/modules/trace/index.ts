import type { ModuleDefinition } from '../../common/module';
import { PromiseTraceResolver } from './promise-trace.resolver';

/** The trace module's public surface: the promise trace and its download. */
export { promiseTraceRoute } from './promise-trace.route';
export { PromiseTraceService } from './promise-trace.service';

export const traceModule: ModuleDefinition = {
  name: 'trace',
  entities: [],
  resolvers: [PromiseTraceResolver],
  loaders: {},
};
