import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The connection field (a type with `edges` and `totalCount`) each page's arguments were given to. */
const connectionFields = new WeakMap<object, GraphQLResolveInfo>();

/** A connection: an object type with `edges` and `totalCount`. */
export function isConnectionType(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const fields = named.getFields();
  return 'edges' in fields && 'totalCount' in fields;
}

/** Whether each output type is a connection, once per type. */
const connections = new WeakMap<GraphQLOutputType, boolean>();

/**
 * Remembers the field an argument object was given to, when that field is a connection, so that
 * `paginate` and connection loaders, handed the resolver's page arguments, learn which of
 * `totalCount` and `edges` the client asked for ({@link connectionSelects}). Called with every
 * argument object type-graphql builds for a resolver (the schema's `validateFn`, before the
 * resolver runs). A map keyed by the arguments rather than an AsyncLocalStorage scope: once one is
 * entered, Node 20 tracks every promise of the process, which cost a request for one complaint a
 * seventh of its CPU.
 */
export function rememberConnectionField(args: unknown, info: GraphQLResolveInfo): void {
  if (args === null || typeof args !== 'object') return;
  let connection = connections.get(info.returnType);
  if (connection === undefined) connections.set(info.returnType, (connection = isConnectionType(info.returnType)));
  if (connection) connectionFields.set(args, info);
}

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
 * Whether the connection field given the page arguments `args` selects `field` (`totalCount`,
 * `edges`): false only when it is known not to (a `@skip`/`@include` counts as selected); true for
 * arguments no connection field was given (a service reading a page for itself).
 */
export function connectionSelects(args: object, field: 'totalCount' | 'edges'): boolean {
  const info = connectionFields.get(args);
  if (!info) return true;
  return fieldSelects(info, field);
}
