import type { ModuleDefinition } from '../../common/module';
import { CommunicationPlan } from './communication-plan.entity';
import { CommunicationPlanResolver } from './communication.resolver';

/** The communication module's public surface: what other modules (and the app) may use. */
export { CommunicationPlan } from './communication-plan.entity';

export const communicationModule: ModuleDefinition = {
  name: 'communication',
  entities: [CommunicationPlan],
  resolvers: [CommunicationPlanResolver],
};
