import type { ModuleDefinition } from '../../common/module';
import { TrainingRequirement } from './training-requirement.entity';
import { TrainingRecord } from './training-record.entity';
import { AuthorisationRegistration } from './authorisation-registration.entity';
import { AuthorisationElementResolver, RequirementCompetenceResolver, RequirementCompetenceSummaryResolver, TrainingRecordResolver, TrainingRequirementResolver } from './training.resolver';

/** The training module's public surface: what other modules (and the app) may use. */
export { TrainingRecord } from './training-record.entity';
export { TrainingRequirement } from './training-requirement.entity';
export { AuthorisationRegistration, AuthorisationRegisterStatus } from './authorisation-registration.entity';

export const trainingModule: ModuleDefinition = {
  name: 'training',
  entities: [TrainingRequirement, TrainingRecord, AuthorisationRegistration],
  resolvers: [AuthorisationElementResolver, RequirementCompetenceResolver, RequirementCompetenceSummaryResolver, TrainingRecordResolver, TrainingRequirementResolver],
};
