import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

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

/**
 * A minimal typed client for the documents GraphQL Code Generator makes (`src/gql/`): POST with JSON
 * (never a CSRF-"simple" request), bearer token, request id. Apollo Client and urql take the same
 * `TypedDocumentNode`s.
 */
export function createClient(options: ClientOptions) {
  return async function request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    // Variables may be left out when the operation requires none.
    ...[variables]: Record<string, never> extends TVariables ? [variables?: NoInfer<TVariables>] : [variables: NoInfer<TVariables>]
  ): Promise<Result<TData>> {
    const token = options.token?.();
    const res = await fetch(`${options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
    const body = (await res.json()) as { data?: TData | null; errors?: GraphQLErrorBody[] };
    return { data: body.data ?? null, errors: body.errors ?? [], requestId: res.headers.get('x-request-id') };
  };
}

export type Client = ReturnType<typeof createClient>;
