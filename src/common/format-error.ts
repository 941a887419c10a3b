import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { getNamedType, GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError, getMetadataStorage } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { AppError, ErrorCode, ServiceUnavailableError, type FieldProblem } from './errors';
import { translateDatabaseError } from './database-errors';

/** Errors raised by the query limits (depth, aliases, cost, tokens), reported as LIMIT_EXCEEDED. */
export const limitErrors = new WeakSet<GraphQLError>();

/** Codes produced by GraphQL/Apollo themselves for a bad request: safe to show as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-js's own closing error once a request's variables hold more than 50 errors: bad input too. */
const isTooManyVariableErrors = (error: unknown): boolean =>
  error instanceof GraphQLError && !error.originalError && error.message.startsWith('Too many errors processing variables');

/**
 * Apollo Server's own refusals that carry no code: an automatic persisted query whose `sha256Hash`
 * does not match its `query` text ("provided sha does not match query") or names a version other
 * than 1. Apollo 5 throws them as bare GraphQLErrors asking for HTTP 400 (requestPipeline.ts);
 * errors of resolvers and of the context always have an original error or a code.
 */
const isUncodedRequestRefusal = (error: unknown): boolean => {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * The input field named by a variable coercion error (`Variable "$input" got invalid value "X" at
 * "input.channel"; …`), as `fields` like every other BAD_USER_INPUT; a required field left out
 * (`…; Field "letter" of required type "…!" was not provided.`) is named itself (`input.letter`).
 */
function variableFields(message: string): { fields?: FieldProblem[] } {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return {};
  const at = /^Variable "\$\w+" got invalid value .*? at "([^"]+)"; /s.exec(message);
  const missing = /; (Field "(\w+)" of required type "[^"]+" was not provided\.)$/.exec(message);
  const field = (at ? at[1] : variable) + (missing ? `.${missing[2]}` : '');
  return { fields: [{ field, message: missing ? missing[1] : at ? message.slice(at[0].length) : message }] };
}

/**
 * The argument an invalid input object was given as (`input.`), so that decorator-validated fields
 * are named like the fields services name (`input.title`). Properties of an argument class
 * (`first`, `after`) are arguments themselves and get no prefix.
 */
function argumentPrefix(schema: GraphQLSchema, path: GraphQLFormattedError['path'], invalid: object | undefined): string {
  const inputType = invalid && getMetadataStorage().inputTypes.find((t) => t.target === invalid.constructor);
  const rootField = path?.[0];
  if (!inputType || typeof rootField !== 'string') return '';
  const field = schema.getMutationType()?.getFields()[rootField] ?? schema.getQueryType()?.getFields()[rootField];
  const argument = field?.args.find((a) => getNamedType(a.type).name === inputType.name);
  return argument ? `${argument.name}.` : '';
}

/**
 * graphql's "Did you mean …?" hints name fields, arguments, types and enum values a client did not
 * ask for: with introspection off they would still map the schema. Removed everywhere, so tests
 * see what production answers; development has introspection and the IDE instead.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Limits graphql enforces itself, reported as LIMIT_EXCEEDED like armor's: the parser's token
 * count (`parseOptions.maxTokens`) and the work budget of the overlapping-fields rule (graphql
 * 16.15 aborts validation of thousands of same-named fields instead of comparing every pair).
 */
const GRAPHQL_LIMITS: { code: string; pattern: RegExp; message: (match: RegExpExecArray) => string }[] = [
  {
    code: 'GRAPHQL_PARSE_FAILED',
    pattern: /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/,
    message: (m) => `Token limit of ${m[1]} exceeded.`,
  },
  { code: 'GRAPHQL_VALIDATION_FAILED', pattern: /^Validation aborted\.$/, message: () => 'Too many fields of the same name to validate.' },
];

/** The LIMIT_EXCEEDED message for an error of one of graphql's own limits, else null. */
function graphqlLimit(formatted: GraphQLFormattedError): string | null {
  for (const limit of GRAPHQL_LIMITS) {
    const match = formatted.extensions?.code === limit.code ? limit.pattern.exec(formatted.message) : null;
    if (match) return limit.message(match);
  }
  return null;
}

const strip = (f: GraphQLFormattedError, code: string, extra: Record<string, unknown> = {}): GraphQLFormattedError => {
  const { http: _http, stacktrace: _stack, exception: _exception, ...rest } = (f.extensions ?? {}) as Record<string, unknown>;
  return { message: f.message, locations: f.locations, path: f.path, extensions: { ...rest, ...extra, code } };
};

/**
 * Logs the cause of an error the client sees only as INTERNAL_SERVER_ERROR: once, at error level,
 * on the request's logger (which carries the request id the client got in `x-request-id`).
 */
export function logMaskedError(log: Logger, error: unknown, fields: Record<string, unknown> = {}): void {
  log.error({ err: error, ...fields }, 'internal error');
}

/**
 * The SERVICE_UNAVAILABLE answer for an error caused by the database being out of reach (raw from
 * a resolver or the context, or already translated by the mutation's transaction), else undefined.
 */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | undefined {
  const translated = translateDatabaseError(unwrapResolverError(error));
  return translated instanceof ServiceUnavailableError ? translated : undefined;
}

/**
 * Logs the connection failure behind a SERVICE_UNAVAILABLE answer, once per request, on the
 * request's logger. At error level: the client is told to retry, but an unreachable database is
 * an outage an operator must see.
 */
export function logDatabaseUnavailable(log: Logger, error: ServiceUnavailableError, fields: Record<string, unknown> = {}): void {
  log.error({ err: error.connectionError, ...fields }, 'database unavailable');
}

/** True for errors whose message and extensions are meant for the client. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError || original instanceof ArgumentValidationError) return true;
  if (original instanceof AuthenticationError || original instanceof AuthorizationError) return true;
  if (translateDatabaseError(original) !== original) return true;
  if (isTooManyVariableErrors(error) || isUncodedRequestRefusal(error)) return true;
  if (original instanceof GraphQLError && REQUEST_CODES.has(String(original.extensions?.code))) return true;
  if (error instanceof GraphQLError && !error.originalError && REQUEST_CODES.has(String(error.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED'))) return true;
  return false;
}

/**
 * The last stop of every error: expected errors keep their message and stable code, validation
 * errors list the fields at fault, and anything unexpected becomes a bare INTERNAL_SERVER_ERROR
 * (no stack, no SQL; the request id lets an operator find the logged cause).
 */
export const createFormatError = (schema: GraphQLSchema) => (given: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const formatted = { ...given, message: given.message.replace(SUGGESTION, '') };
  // Apollo's own wording advises a code change to the server's maintainers; clients need less.
  if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') formatted.message = 'Introspection is disabled on this server.';
  const original = unwrapResolverError(error);
  const limit = graphqlLimit(formatted);
  if (limit) return { ...strip(formatted, ErrorCode.LIMIT_EXCEEDED), message: limit };
  if (error instanceof GraphQLError && (limitErrors.has(error) || (error.originalError instanceof GraphQLError && limitErrors.has(error.originalError)))) {
    return strip(formatted, ErrorCode.LIMIT_EXCEEDED);
  }
  if (original instanceof ArgumentValidationError) {
    const errors = original.extensions.validationErrors;
    const fields = flatten(errors, argumentPrefix(schema, formatted.path, errors[0]?.target).replace(/\.$/, ''));
    const message = `Invalid input: ${fields.map((f) => f.message).join('; ')}`;
    const { validationErrors: _raw, ...rest } = strip(formatted, ErrorCode.BAD_USER_INPUT, { fields }).extensions ?? {};
    return { ...formatted, message, extensions: rest };
  }
  if (isTooManyVariableErrors(error)) return strip(formatted, ErrorCode.BAD_USER_INPUT);
  if (isUncodedRequestRefusal(error)) return strip(formatted, 'BAD_REQUEST');
  if (original instanceof AuthenticationError) return strip(formatted, ErrorCode.UNAUTHENTICATED);
  if (original instanceof AuthorizationError) return strip(formatted, ErrorCode.FORBIDDEN);
  const translated = translateDatabaseError(original);
  if (translated !== original && translated instanceof AppError) {
    const { http: _http, ...extensions } = translated.extensions;
    return { ...strip(formatted, String(translated.extensions.code), extensions), message: translated.message };
  }
  if (original instanceof AppError) return strip(formatted, String(original.extensions.code));
  const code = String(formatted.extensions?.code ?? '');
  if (REQUEST_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) return strip(formatted, code, variableFields(formatted.message));
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
};
