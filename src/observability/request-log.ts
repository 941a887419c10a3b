import type { IncomingMessage } from 'node:http';
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

/**
 * The record of the request a logger belongs to: set on the request's own logger (pino-http's
 * `req.log`, the context's `log`), and inherited by its children, which pino creates with the
 * parent as their prototype.
 */
const LOGGER_RECORD = Symbol('request log record');
type WithLoggerRecord = { [LOGGER_RECORD]?: RequestLog };

/**
 * The operation name, organisation slug and member id of the request whose logger (or one of its
 * children) writes a line, or nothing for any other logger: for the logger's mixin. The request id
 * is bound on the request's logger already. The database layer logs with the logger of the request
 * whose connection sent the statement (`SqlLogger`), so its lines carry them too.
 */
export function requestFieldsOf(logger: object): Record<string, unknown> {
  const record = (logger as WithLoggerRecord)[LOGGER_RECORD];
  if (!record) return {};
  return { ...(record.operation ? { operation: record.operation } : {}), ...callerOf(record) };
}

/** The caller a request's record names, once its token is read: organisation slug and member id. */
function callerOf(record: RequestLog): { org?: string; userId?: string } {
  const user = record.context?.user;
  return user ? { org: user.organizationSlug, userId: user.id } : {};
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
  (ctx.log as WithLoggerRecord)[LOGGER_RECORD] = record;
}

/**
 * pino-http's `customProps`: the operation name and type, the caller's organisation slug and member
 * id, and the `extensions.code` of every error. No variables, no response data: never personal data.
 */
export function requestLogFields(req: IncomingMessage): Record<string, unknown> {
  const record = records.get(req);
  if (!record) return {};
  const fields: Record<string, unknown> = {};
  if (record.operation) fields.operation = record.operation;
  if (record.operationType) fields.operationType = record.operationType;
  Object.assign(fields, callerOf(record));
  if (record.errorCodes?.length) fields.errorCodes = record.errorCodes;
  return fields;
}

/**
 * Apollo plugin: once the operation is known, every line the request logs names it (the logger's
 * mixin reads it from the record, see {@link requestFieldsOf}), and its completion line also
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
