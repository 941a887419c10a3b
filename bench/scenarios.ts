import type { BenchDataset } from './dataset';

export interface Scenario {
  name: string;
  /** Measured in every run: the reference the other scenarios are compared with. */
  baseline?: boolean;
  /** GET path instead of a GraphQL query. */
  path?: string;
  query?: string;
  variables?: (d: BenchDataset) => Record<string, unknown>;
}

export const scenarios: Scenario[] = [
  { name: 'healthz', baseline: true, path: '/healthz' },
  { name: 'graphql-typename', baseline: true, query: '{ __typename }' },
  { name: 'users', query: 'query Users { users(first: 20) { totalCount edges { node { id name roles } } } }' },
  { name: 'auditEvents', query: 'query Audit { auditEvents(first: 20) { totalCount edges { node { action entityType changes } } } }' },
  {
    name: 'codeStatus',
    query: `query CodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status statusCounts { status count }
      promises { promise { key title } status reasons kpis { name status } kpiStatusCounts { status count }
        complaints { received open overdue upheld acknowledgement { rate } resolution { rate } }
        correctiveActions { open overdue notEffective verifiedEffective } } } }`,
    variables: (d) => ({ codeId: d.codeId }),
  },
  {
    name: 'complaintAnalysis',
    query: `query Analysis($year: Int!) { complaintAnalysis(year: $year) {
      totals { received resolved unresolved overdue upheld } byCategory { category complaints } byPromise { promiseKey complaints upheld }
      byChannel { channel complaints } byMonth { month complaints } acknowledgement { rate } resolution { rate }
      acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours } outcomes { outcome complaints }
      escalations { escalated decided overturned } recurringRootCauses { rootCause actions } actions { kind opened effectivenessRate }
      changes { figure change } } }`,
    variables: (d) => ({ year: d.analysisYear }),
  },
];
