import type { ModuleDefinition } from '../../common/module';
import { KpiChain } from './kpi-chain.entity';
import { Kpi } from './kpi.entity';
import { KpiLink } from './kpi-link.entity';
import { KpiMeasurement } from './kpi-measurement.entity';
import { KpiChainService } from './kpi-chain.service';
import { KpiLinkService } from './kpi-link.service';
import { KpiMeasurementService } from './kpi-measurement.service';
import { KpiService } from './kpi.service';
import { CodePromiseKpiResolver, KpiChainResolver, KpiLinkResolver, KpiMeasurementResolver, KpiResolver } from './kpi.resolver';

/** The kpi module's public surface: what other modules (and the app) may use. */
export { KpiChain } from './kpi-chain.entity';
export { KpiLink } from './kpi-link.entity';
export { KpiMeasurement } from './kpi-measurement.entity';
export { KpiMeasurementService, type ActiveKpiRow, type KpiWithStatus } from './kpi-measurement.service';
export { KpiStatus } from './kpi-status';
export { Kpi } from './kpi.entity';
export { KpiFrequency, latestExpectedPeriod } from './kpi-period';
export { KpiService } from './kpi.service';

export const kpiModule: ModuleDefinition = {
  name: 'kpi',
  entities: [KpiChain, Kpi, KpiLink, KpiMeasurement],
  resolvers: [CodePromiseKpiResolver, KpiChainResolver, KpiLinkResolver, KpiMeasurementResolver, KpiResolver],
  loaders: { kpi: KpiService.loaders, kpiChain: KpiChainService.loaders, kpiLink: KpiLinkService.loaders, kpiMeasurement: KpiMeasurementService.loaders },
};
