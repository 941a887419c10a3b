import type { ModuleDefinition } from '../../common/module';
import { OrganizationResolver } from './organization.resolver';

/** The organization module's public surface: what other modules (and the app) may use. */
export { OrganizationService } from './organization.service';

export const organizationModule: ModuleDefinition = {
  name: 'organization',
  entities: [],
  resolvers: [OrganizationResolver],
};
