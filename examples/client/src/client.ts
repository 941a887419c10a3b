/** The variables of an operation that takes none. */
export type NoVariables = Record<never, never>;

/**
 * A typed GraphQL document: the query text, branded with the types of its result and variables.
 * Structurally what `TypedDocumentNode` (@graphql-typed-document-node/core) gives Apollo Client
 * and urql, kept as a string so this example needs nothing but `fetch`.
 */
export type TypedDocument<TData, TVariables extends Record<string, unknown> = NoVariables> = string & {
  readonly __result?: TData;
  readonly __variables?: TVariables;
};

/** The result and variables types of a document. */
export type ResultOf<D> = D extends TypedDocument<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends TypedDocument<infer _R, infer V> ? V : never;

/** Tags a document with its types; the text itself is validated against schema/schema.graphql in CI. */
export const typed = <TData, TVariables extends Record<string, unknown> = NoVariables>(text: string): TypedDocument<TData, TVariables> =>
  text as TypedDocument<TData, TVariables>;

/** The stable `extensions.code` values (docs/FRONTENDS.md, "Errors"). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions: { code: ErrorCode; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

/** The answer of one operation: data (root fields of refused queries are `null`) and errors beside it. */
export interface Result<TData> {
  data: TData | null;
  errors: GraphQLErrorBody[];
  /** Quote it when reporting a problem: the server logs it with every line of the request. */
  requestId: string | null;
}

export interface ClientOptions {
  /** Base URL of the service, e.g. `https://coc.example.com` (the API answers at `/graphql`). */
  url: string;
  /** A bearer token from your identity provider; none for public operations. */
  token?: () => string | undefined;
}

/** A minimal typed client: POST with JSON (never a CSRF-"simple" request), bearer token, request id. */
export function createClient(options: ClientOptions) {
  return async function request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocument<TData, TVariables>,
    ...[variables]: keyof TVariables extends never ? [] : [TVariables]
  ): Promise<Result<TData>> {
    const token = options.token?.();
    const res = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document, variables: variables ?? {} }),
    });
    const body = (await res.json()) as { data?: TData | null; errors?: GraphQLErrorBody[] };
    return { data: body.data ?? null, errors: body.errors ?? [], requestId: res.headers.get('x-request-id') };
  };
}

export type Client = ReturnType<typeof createClient>;
