import type { ModuleDefinition } from '../../common/module';
import { CodePromiseStatusResolver, MonitoringResolver } from './monitoring.resolver';
import { CodeStatusService } from './code-status.service';
import { PromiseStatusPolicyResolver } from './promise-status-policy';

/** The monitoring module's public surface: what other modules (and the app) may use. */
export { configureMonitoringCache, monitoringResponses, observeMonitoringCache } from './monitoring-cache';
export { complaintAnalysisCsvRoute } from './complaint-analysis.route';
export { ComplaintAnalysisService } from './complaint-analysis.service';
export { ComplaintAnalysis, FIRST_YEAR, LAST_YEAR } from './complaint-analysis.types';
export { Period } from './reporting-period';
export { promiseStatus, DEFAULT_THRESHOLDS, type PromiseEvidence, type PromiseStatusThresholds } from './promise-status';

export const monitoringModule: ModuleDefinition = {
  name: 'monitoring',
  entities: [],
  resolvers: [CodePromiseStatusResolver, MonitoringResolver, PromiseStatusPolicyResolver],
  loaders: { monitoring: CodeStatusService.loaders },
};
