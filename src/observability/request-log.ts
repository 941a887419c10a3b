import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST } from 'graphql';
import type { Context } from '../common/context';

/** What the completion line of a request says about it, filled in as the request runs. */
interface RequestLog {
  context?: Context;
  operation?: string;
  operationType?: string;
  errorCodes?: string[];
}

/** Keyed by the HTTP request, for pino-http. */
const records = new WeakMap<IncomingMessage, RequestLog>();
/** The record on the request's context, for the Apollo plugin: a property, since Apollo hands plugins a copy of the context. */
const RECORD = Symbol('request log');
type WithRecord = Context & { [RECORD]?: RequestLog };

/** The HTTP request being served, for lines logged without its logger (the database layer's). */
const requestScope = new AsyncLocalStorage<IncomingMessage>();

/**
 * Express middleware: runs the rest of the request in its scope, so that every line logged while
 * it is served carries its fields ({@link requestScopeFields}). Placed after body parsing: the body
 * is read in stream callbacks, which run outside a scope entered before.
 */
export const enterRequestScope: RequestHandler = (req, _res, next) => requestScope.run(req, next);

/** Runs `work` in the request's scope: {@link enterRequestScope} for a request served without Express. */
export const inRequestScope = <T>(req: IncomingMessage, work: () => T): T => requestScope.run(req, work);

/**
 * Runs `work` outside any request's scope: for callbacks of long-lived resources (a pooled
 * database connection's socket), which would otherwise run in the scope of the request that
 * happened to create them.
 */
export const outsideRequestScope = <T>(work: () => T): T => requestScope.exit(work);

/**
 * The request id, operation name, organisation slug and member id of the request being served (no
 * personal data), or nothing outside a request: for the logger's mixin.
 */
export function requestScopeFields(): Record<string, unknown> {
  const req = requestScope.getStore();
  if (!req) return {};
  const record = records.get(req);
  const user = record?.context?.user;
  return {
    reqId: (req as IncomingMessage & { id?: unknown }).id,
    ...(record?.operation ? { operation: record.operation } : {}),
    ...(user ? { org: user.organizationSlug, userId: user.id } : {}),
  };
}

/**
 * Links a request's context to its log record, so that the completion line names the caller's
 * organisation and member id. Called where the context is created.
 */
export function attachRequestLog(req: IncomingMessage, ctx: Context): void {
  let record = records.get(req);
  if (!record) records.set(req, (record = {}));
  record.context = ctx;
  (ctx as WithRecord)[RECORD] = record;
}

/**
 * pino-http's `customProps`: the operation name and type, the caller's organisation slug and member
 * id, and the `extensions.code` of every error. No variables, no response data: never personal data.
 */
export function requestLogFields(req: IncomingMessage): Record<string, unknown> {
  const record = records.get(req);
  if (!record) return {};
  const user = record.context?.user;
  const fields: Record<string, unknown> = {};
  if (record.operation) fields.operation = record.operation;
  if (record.operationType) fields.operationType = record.operationType;
  if (user) Object.assign(fields, { org: user.organizationSlug, userId: user.id });
  if (record.errorCodes?.length) fields.errorCodes = record.errorCodes;
  return fields;
}

/**
 * Apollo plugin: once the operation is known, every line the request logs names it (the logger's
 * mixin reads it from the record, see {@link requestScopeFields}), and its completion line also
 * lists the error codes sent to the client.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          const name = operationName ?? 'anonymous';
          const record = (contextValue as WithRecord)[RECORD];
          if (record) Object.assign(record, { operation: name, operationType: operation?.operation });
        },
        async willSendResponse({ contextValue, request, document, response }) {
          const record = (contextValue as WithRecord)[RECORD];
          if (!record) return;
          // An operation that failed validation still has a name: the one the client gave, or its document's.
          record.operation ??= request.operationName ?? (document && getOperationAST(document)?.name?.value);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')));
          if (codes.size) record.errorCodes = [...codes];
        },
      };
    },
  };
}

/**
 * A request's URL as the request log writes it: a complaint's tracking secret (`secret=`) is
 * replaced, and of a GraphQL GET only the operation name is kept (its variables or query may hold
 * a secret or personal data).
 */
export function redactedUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const at = url.indexOf('?');
  if (at < 0) return url;
  const path = url.slice(0, at);
  const params = new URLSearchParams(url.slice(at + 1));
  const graphql = path === '/graphql' || path.endsWith('/graphql');
  const kept: string[] = [];
  for (const [name, value] of params) {
    if (graphql && name !== 'operationName') kept.push(`${name}=[redacted]`);
    else if (name === 'secret' || name === 'trackingSecret') kept.push(`${name}=[redacted]`);
    else kept.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  return `${path}?${kept.join('&')}`;
}
