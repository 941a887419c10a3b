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

/** Costs computed per parsed document (Apollo reuses the document of a query text it has seen), by operation and variables. */
const costs = new WeakMap<object, Map<string, number>>();
/** Variables longer than this (as JSON) are not remembered: a mutation's input, which differs every time. */
const MAX_REMEMBERED_VARIABLES = 512;
/** Costs remembered per document: a client pages through a list with a handful of variable sets. */
const MAX_REMEMBERED_PER_DOCUMENT = 64;

/**
 * {@link queryCost}, remembered for the document, operation and variables: a client sends the
 * same few operations over and over, and the estimate walks the whole document each time.
 */
function rememberedCost(schema: GraphQLSchema, request: Parameters<typeof queryCost>[1]): number {
  const variables = JSON.stringify(request.variables ?? {});
  if (variables.length > MAX_REMEMBERED_VARIABLES) return queryCost(schema, request);
  const key = `${request.operationName ?? ''}\u0000${variables}`;
  let known = costs.get(request.document);
  const cost = known?.get(key);
  if (cost !== undefined) return cost;
  const computed = queryCost(schema, request);
  if (!known || known.size >= MAX_REMEMBERED_PER_DOCUMENT) costs.set(request.document, (known = new Map()));
  known.set(key, computed);
  return computed;
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
            cost = rememberedCost(schema, { document, variables: request.variables, operationName });
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
