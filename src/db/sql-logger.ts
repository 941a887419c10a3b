import type { Logger as PinoLogger } from 'pino';
import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';
import { describeDatabaseError } from '../observability/logger';
import { loggerOf } from '../common/request-connection';

/**
 * Routes TypeORM's log lines into the structured logger. Query parameters are never logged, at any
 * level: they carry what users typed (complainants' names, e-mails, descriptions). A failed query is
 * logged with its SQL text and the error's code and constraint, not the error's message or detail,
 * which PostgreSQL fills with the offending values. A statement of a request (or a job) is logged with
 * its logger, which the request's connection names (`RequestConnection`): the line carries its fields.
 */
export class SqlLogger extends AbstractLogger {
  constructor(private readonly logger: PinoLogger) {
    super(['error', 'warn', 'migration']);
  }

  protected writeLog(level: LogLevel, logMessage: LogMessage | string | number | (LogMessage | string | number)[], queryRunner?: QueryRunner): void {
    const logger = loggerOf(queryRunner) ?? this.logger;
    const messages = this.prepareLogMessages(logMessage, { appendParameterAsComment: false, highlightSql: false });
    const sql = messages.find((m) => m.format === 'sql')?.message;
    if (messages.some((m) => m.type === 'query-error')) {
      const error = messages.find((m) => m.type === 'query-error' && m.format !== 'sql')?.message;
      logger.warn({ sql: sql === undefined ? undefined : String(sql), db: describeDatabaseError(error) }, 'database query failed');
      return;
    }
    for (const m of messages) {
      const text = String(m.message);
      if (level === 'migration' || m.type === 'migration') logger.info(text);
      else if (level === 'warn' || m.type === 'query-slow') logger.warn({ sql: m.format === 'sql' ? text : undefined, type: m.type }, 'database warning');
      else logger.debug({ sql: text, type: m.type }, 'database');
    }
  }
}

