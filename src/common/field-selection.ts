import { AsyncLocalStorage } from 'node:async_hooks';
import { getNamedType, isObjectType, Kind, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';

/** The connection field (a type with `edges` and `totalCount`) whose resolver is running. */
const resolving = new AsyncLocalStorage<GraphQLResolveInfo>();

/** A connection: an object type with `edges` and `totalCount`. */
export function isConnectionType(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const fields = named.getFields();
  return 'edges' in fields && 'totalCount' in fields;
}

const isConnectionField = (info: GraphQLResolveInfo): boolean => isConnectionType(info.returnType);

/**
 * Runs the resolver of a connection field in its scope, so that `paginate` and connection loaders
 * learn which of `totalCount` and `edges` the client asked for ({@link connectionSelects}).
 */
export const ConnectionScope: MiddlewareFn = ({ info }, next) => (isConnectionField(info) ? resolving.run(info, next) : next());

function selects(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === field;
      case Kind.INLINE_FRAGMENT:
        return selects(selection.selectionSet, field, info);
      case Kind.FRAGMENT_SPREAD:
        return selects(info.fragments[selection.name.value]?.selectionSet, field, info);
      default:
        return false;
    }
  });
}

/**
 * Whether the field being resolved (`info`) selects `field` among its own fields, through
 * fragments too (a `@skip`/`@include` counts as selected): a resolver reads a relation with its
 * record when the client asks for it.
 */
export function fieldSelects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => selects(node.selectionSet, field, info));
}

/**
 * Whether the connection field being resolved selects `field` (`totalCount`, `edges`): false only
 * when it is known not to (a `@skip`/`@include` counts as selected); true outside a connection
 * field's resolver (a service reading a page for itself).
 */
export function connectionSelects(field: 'totalCount' | 'edges'): boolean {
  const info = resolving.getStore();
  if (!info) return true;
  return fieldSelects(info, field);
}
