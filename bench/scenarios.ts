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
];
