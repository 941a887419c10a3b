import { getNullableType, isListType, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LimitExceededError } from './errors';
import { DEFAULT_PAGE_SIZE } from './pagination';

/**
 * Size assumed for a list field that neither takes `first` nor declares `listSize`: lists of
 * this kind are small by construction (enum lists, a report's rows per status or category).
 */
export const DEFAULT_LIST_SIZE = DEFAULT_PAGE_SIZE;

/**
 * The cost of a field: 1, plus its selection multiplied by how many items it can return. A
 * connection multiplies by its `first` argument (default included); another list by the hard cap
 * it declares with `@Extensions({ listSize: n })` (e.g. the KPIs of a chain), else by
 * {@link DEFAULT_LIST_SIZE}. Nested lists therefore multiply: 20 complaints × their 20 promises'
 * complaints cost 400 times a complaint. Introspection is free (it is bounded by the schema).
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 0) * childComplexity;
  if (isListType(getNullableType(field.type))) {
    const declared = field.extensions?.listSize;
    return 1 + (typeof declared === 'number' ? declared : DEFAULT_LIST_SIZE) * childComplexity;
  }
  return 1 + childComplexity;
};

/** The estimated cost of an operation (see {@link listSizeEstimator}). */
export function queryCost(schema: GraphQLSchema, request: { document: Parameters<typeof getComplexity>[0]['query']; variables?: Record<string, unknown>; operationName?: string | null }): number {
  return getComplexity({
    schema,
    query: request.document,
    variables: request.variables ?? {},
    operationName: request.operationName ?? undefined,
    estimators: [listSizeEstimator],
  });
}

/**
 * Refuses, before anything runs, an operation whose estimated cost exceeds `maxCost`:
 * LIMIT_EXCEEDED (HTTP 400) naming the cost and the limit.
 */
export function queryCostLimit(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, { document, variables: request.variables, operationName });
          } catch {
            // Variables that do not coerce: execution reports them as BAD_USER_INPUT, naming the field.
            return;
          }
          if (cost > maxCost) {
            throw new LimitExceededError(
              `Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists`,
              { cost, limit: maxCost },
              400,
            );
          }
        },
      };
    },
  };
}
