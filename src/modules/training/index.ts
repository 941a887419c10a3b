import type { ModuleDefinition } from '../../common/module';
import { TrainingRequirement } from './training-requirement.entity';
import { TrainingRecord } from './training-record.entity';
import { AuthorisationElementResolver, RequirementCompetenceResolver, RequirementCompetenceSummaryResolver, TrainingRecordResolver, TrainingRequirementResolver } from './training.resolver';

/** The training module's public surface: what other modules (and the app) may use. */
export { TrainingRecord } from './training-record.entity';
export { TrainingRequirement } from './training-requirement.entity';

export const trainingModule: ModuleDefinition = {
  name: 'training',
  entities: [TrainingRequirement, TrainingRecord],
  resolvers: [AuthorisationElementResolver, RequirementCompetenceResolver, RequirementCompetenceSummaryResolver, TrainingRecordResolver, TrainingRequirementResolver],
};
