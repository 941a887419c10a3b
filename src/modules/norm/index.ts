import type { ModuleDefinition } from '../../common/module';
import { DraftCopies } from '../code';
import { NormMappingService } from './norm-mapping.service';
import { NormFramework } from './norm-framework.entity';
import { NormRequirement } from './norm-requirement.entity';
import { PromiseRequirement } from './promise-requirement.entity';
import { MaturityAssessment } from './maturity-assessment.entity';
import { RequirementEvidence } from './requirement-evidence.entity';
import { RequirementEvidenceResolver } from './requirement-evidence.resolver';
import { normLoaders } from './norm.loaders';
import { MaturityAssessmentResolver, NormFrameworkResolver, NormRequirementResolver, PromiseRequirementResolver } from './norm.resolver';

/** The norm module's public surface: what other modules (and the app) may use. */
export { MaturityAssessment } from './maturity-assessment.entity';
export { NormFramework } from './norm-framework.entity';
export { NormRequirement } from './norm-requirement.entity';
export { PromiseRequirement } from './promise-requirement.entity';
export { EvidenceKind, RequirementEvidence } from './requirement-evidence.entity';
export { srcmReportRoute } from './srcm-report.route';
export { SrcmReportService } from './srcm-report.service';

export const normModule: ModuleDefinition = {
  name: 'norm',
  entities: [NormFramework, NormRequirement, PromiseRequirement, MaturityAssessment, RequirementEvidence],
  resolvers: [MaturityAssessmentResolver, NormFrameworkResolver, NormRequirementResolver, PromiseRequirementResolver, RequirementEvidenceResolver],
  loaders: { norm: normLoaders },
};

// A new draft copies its promises' requirement links, counted as `requirementLinks` in its audit event.
DraftCopies.register('requirementLinks', NormMappingService.copyLinks);
