import { AsyncLocalStorage } from 'node:async_hooks';
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
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

/** The fields named `field` among a selection set's own, through fragments too. */
function fieldsNamed(selectionSet: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return selection.name.value === field ? [selection] : [];
      case Kind.INLINE_FRAGMENT:
        return fieldsNamed(selection.selectionSet, field, info);
      case Kind.FRAGMENT_SPREAD:
        return fieldsNamed(info.fragments[selection.name.value]?.selectionSet, field, info);
      default:
        return [];
    }
  });
}

/**
 * Whether the field being resolved (`info`) selects `field` among its own fields, or a dotted path
 * below them (`timeline.actor`), through fragments too (a `@skip`/`@include` counts as selected): a
 * resolver reads a relation with its record when the client asks for it.
 */
export function fieldSelects(info: GraphQLResolveInfo, field: string): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of field.split('.')) {
    fields = fields.flatMap((node) => fieldsNamed(node.selectionSet, name, info));
    if (!fields.length) return false;
  }
  return true;
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
