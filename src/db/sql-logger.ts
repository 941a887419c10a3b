import type { Logger as PinoLogger } from 'pino';
import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** Routes TypeORM's log lines into the structured logger; SQL text is logged at debug level only. */
export class SqlLogger extends AbstractLogger {
  constructor(private readonly logger: PinoLogger) {
    super(['error', 'warn', 'migration']);
  }

  protected writeLog(level: LogLevel, logMessage: LogMessage | string | number | (LogMessage | string | number)[]): void {
    for (const m of this.prepareLogMessages(logMessage)) {
      const text = String(m.message);
      if (level === 'migration' || m.type === 'migration') this.logger.info(text);
      else if (level === 'warn' || m.type === 'query-slow') this.logger.warn({ sql: text }, 'database warning');
      else this.logger.debug({ sql: text, type: m.type }, 'database');
    }
  }
}
