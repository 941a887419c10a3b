import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import type { Config } from '../config';
import { requestFieldsOf } from './request-log';

/** Fields of a PostgreSQL error that name what failed without the values involved. */
const SAFE_DATABASE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;

type DatabaseErrorSummary = Partial<Record<(typeof SAFE_DATABASE_FIELDS)[number], string>>;

/** True for a pg `DatabaseError` (a SQLSTATE code and a severity) or TypeORM's wrapper of one. */
function isDatabaseError(error: unknown): error is Error & Record<string, unknown> {
  if (error instanceof QueryFailedError) return true;
  const e = error as { code?: unknown; severity?: unknown } | null;
  return error instanceof Error && typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
}

/**
 * What may be logged of a database error: its SQLSTATE code, severity, constraint, table and
 * column. Never the message, detail or parameters: PostgreSQL writes the offending values into them
 * (`Key (email)=(x@y.nl) already exists`, `invalid input syntax for type uuid: "…"`).
 */
export function describeDatabaseError(error: unknown): DatabaseErrorSummary | undefined {
  if (!isDatabaseError(error)) return undefined;
  const source = ((error as { driverError?: unknown }).driverError ?? error) as Record<string, unknown>;
  const summary: DatabaseErrorSummary = {};
  for (const field of SAFE_DATABASE_FIELDS) {
    const value = source[field] ?? (error as Record<string, unknown>)[field];
    if (typeof value === 'string') summary[field] = value;
  }
  return summary;
}

/**
 * The `err` serializer: pino's standard one, except that database errors (also as the `cause` of
 * another error) keep only {@link describeDatabaseError}, the SQL text without its parameters, and
 * the stack without its first line (which repeats the message).
 */
export function serializeError(error: unknown): unknown {
  if (!isDatabaseError(error)) {
    const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
    const cause = (error as { cause?: unknown } | null)?.cause;
    if (serialized && isDatabaseError(cause)) {
      serialized.cause = serializeError(cause);
      serialized.message = (error as Error).message;
      serialized.stack = (error as Error).stack;
    }
    return serialized;
  }
  const summary = describeDatabaseError(error) ?? {};
  const query = (error as { query?: unknown }).query;
  return {
    type: error.constructor.name,
    message: `database error ${summary.code ?? ''}`.trim(),
    ...summary,
    ...(typeof query === 'string' ? { query } : {}),
    stack: error.stack?.split('\n').slice(1).join('\n'),
  };
}

/**
 * Applies {@link serializeError} to database errors under any key of a log line. Child loggers may
 * bring their own `err` serializer (pino-http installs pino's standard one on `req.log`); this
 * formatter runs first, for every logger of the tree.
 */
function withoutDatabaseValues(object: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(object)) {
    if (isDatabaseError(value) || isDatabaseError((value as { cause?: unknown } | null)?.cause)) {
      copy ??= { ...object };
      copy[key] = serializeError(value);
    }
  }
  return copy ?? object;
}

/**
 * The W3C trace and span id of the active span, when tracing is on (see ./tracing.ts), so that a
 * log line can be found from a trace and the other way round. Without an SDK there is no active span.
 */
function traceFields(): Record<string, string> {
  const span = trace.getActiveSpan()?.spanContext();
  // A new object each time: pino merges the line's own fields into it.
  return span && isSpanContextValid(span) ? { trace_id: span.traceId, span_id: span.spanId } : {};
}

/**
 * The fields of the request a line is logged for (see {@link requestFieldsOf}) that the logger does
 * not bind already: a key must not appear twice on a line.
 */
function requestFields(logger: Logger): Record<string, unknown> {
  const fields = requestFieldsOf(logger);
  let bound: Record<string, unknown> | undefined;
  for (const key of Object.keys(fields)) if (key in (bound ??= logger.bindings())) delete fields[key];
  return fields;
}

/**
 * Structured JSON logs, to stdout unless a destination is given. No line holds personal data:
 * request headers with secrets are redacted, database errors are reduced to their code and
 * constraint (see {@link serializeError}) and SQL parameters are never logged. Lines a request's
 * logger writes carry its `reqId`, `operation`, `org` and `userId` (also those of the database
 * layer, which logs with the logger of the request whose statement it reports), and while a traced
 * request runs its `trace_id` and `span_id`.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'code-of-conduct-service' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      mixin: (_line, _level, logger) => ({ ...requestFields(logger), ...traceFields() }),
      redact: {
        // Tokens; and, should an error reach a log line under another key, its parameters and detail.
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', '*.parameters', '*.detail', '*.driverError'],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }), log: withoutDatabaseValues },
    },
    destination,
  );
}
