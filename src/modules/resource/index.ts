import type { ModuleDefinition } from '../../common/module';
import { Resource } from './resource.entity';
import { ResourceResolver } from './resource.resolver';

/** The resource module's public surface: what other modules (and the app) may use. */
export { Resource } from './resource.entity';

export const resourceModule: ModuleDefinition = {
  name: 'resource',
  entities: [Resource],
  resolvers: [ResourceResolver],
};
