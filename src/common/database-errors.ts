import { QueryFailedError } from 'typeorm';
import { AppError, BadUserInputError, ConflictError, ServiceUnavailableError, TimeoutError } from './errors';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Column names from a PostgreSQL error detail such as `Key (organization_id, key)=(…) already exists.` */
function columnsOf(detail: string | undefined): string[] {
  const match = /Key \(([^)]+)\)=/.exec(detail ?? '');
  if (!match) return [];
  return match[1]
    .split(',')
    .map((c) => c.trim().replace(/^lower\(|\)$/g, ''))
    .filter((c) => c !== 'organization_id')
    .map(camel);
}

/**
 * Turns constraint violations the database caught into client errors naming the field, without
 * SQL text or the values involved, and a database out of reach into SERVICE_UNAVAILABLE. Anything
 * else is returned unchanged (and masked later).
 */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isConnectionError(error)) return new ServiceUnavailableError((error as { thrownValue?: unknown }).thrownValue ?? error);
  if (!(error instanceof QueryFailedError)) return error;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; detail?: string; column?: string; table?: string; message?: string } }).driverError ?? {};
  const fields = columnsOf(driver.detail);
  switch (driver.code) {
    case '23505':
      return new ConflictError(`A record with the same ${fields.join(', ') || 'identifying values'} already exists`, {
        fields: fields.map((field) => ({ field, message: 'already exists' })),
      });
    case '23503':
      return new BadUserInputError(`${fields.join(', ') || 'A reference'} does not refer to an existing record`,
        fields.map((field) => ({ field, message: 'does not exist' })));
    case '23502':
      return BadUserInputError.field(camel(driver.column ?? 'value'), 'is required');
    case '23514':
    case '22001':
    case '22003':
    case '22P02':
    case '22007':
    case '22008':
      return new BadUserInputError('A value is out of range or malformed', driver.column ? [{ field: camel(driver.column), message: 'is invalid' }] : []);
    case '57014':
      return new TimeoutError('A database statement ran longer than the statement timeout and was cancelled; nothing of this operation was written');
    case '40001':
    case '40P01':
      return new ConflictError('The record was changed concurrently; retry the operation');
    default:
      return error;
  }
}

export const isClientError = (error: unknown): error is AppError => error instanceof AppError;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

/**
 * True for failures to reach or keep a database connection (refused, reset, timed out, server
 * shutting down or starting up, too many connections): worth trying again later. False for
 * everything else, such as a failing migration or a wrong password.
 */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown; cause?: unknown; thrownValue?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (CONNECTION_CODES.has(code) || code.startsWith('08')) return true;
  if (/^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(String(e.message))) return true;
  if (Array.isArray(e.errors) && e.errors.some(isConnectionError)) return true;
  // graphql-js wraps a thrown value that is not an Error of its own realm (NonErrorThrown: a socket error under jest's VM).
  return [e.driverError, e.cause, e.thrownValue].some((inner) => inner !== undefined && isConnectionError(inner));
}
