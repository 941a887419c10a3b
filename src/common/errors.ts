import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Stable error codes clients may switch on (`extensions.code`). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** The statutory retention period of a closed complaint has not ended: `extensions.allowedFrom` says when it does. */
  RETENTION_PERIOD = 'RETENTION_PERIOD',
  /** The service cannot reach its database (not yet at start, or lost since); HTTP 503 with Retry-After. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many public requests from one client address or for one organisation; HTTP 429 with Retry-After. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request deadline or the database's statement timeout ended the work; nothing was written. */
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One offending input field: a dotted path from the argument (`input.title`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Base of every expected failure: its message and extensions reach the client unchanged. */
export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required: send a valid bearer token') {
    super(message, ErrorCode.UNAUTHENTICATED, {}, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your roles do not allow this operation', extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.FORBIDDEN, extensions);
  }
}

/** A missing id and an id of another organisation answer exactly alike. */
export class NotFoundError extends AppError {
  constructor(entity: string, id: string, field?: string) {
    super(`${entity} ${id} not found`, ErrorCode.NOT_FOUND, { entity, id, ...(field ? { field } : {}) });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super(message, ErrorCode.BAD_USER_INPUT, { fields });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.CONFLICT, extensions);
  }
}

export class InvalidTransitionError extends AppError {
  constructor(entity: string, from: string, to: string, allowed: readonly string[]) {
    const next = allowed.length ? allowed.join(', ') : 'none';
    super(`${entity} cannot go from ${from} to ${to} (allowed from ${from}: ${next})`, ErrorCode.INVALID_TRANSITION, {
      entity,
      from,
      to,
      allowed,
    });
  }
}

/** Personal data that must still be kept (statutory retention): when it may go, and the rule's source. */
export class RetentionPeriodError extends AppError {
  constructor(message: string, extensions: { field: string; allowedFrom: string; rule: string; source: string }) {
    super(message, ErrorCode.RETENTION_PERIOD, extensions);
  }
}

export class LimitExceededError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, ErrorCode.LIMIT_EXCEEDED, extensions, httpStatus);
  }
}

/** The request outlived its deadline, or one of its statements the database's statement timeout. */
export class TimeoutError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.TIMEOUT, extensions, 503);
  }
}

/** Seconds a client is asked to wait (`Retry-After`) before trying again while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The database could not be reached, or a connection was lost while the request ran: HTTP 503 with
 * Retry-After. `connectionError` (the driver's error) is logged, never sent. A mutation's
 * transaction is rolled back with its connection, unless the connection was lost after the commit
 * reached the database: a client retrying a create sends the same idempotency key.
 */
export class ServiceUnavailableError extends AppError {
  constructor(readonly connectionError: unknown) {
    super('The service cannot reach its database; retry shortly', ErrorCode.SERVICE_UNAVAILABLE, {
      http: { status: 503, headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]) },
    });
  }
}
