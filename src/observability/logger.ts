import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config';

/** Structured JSON logs; secrets and personal data in request headers are redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'code-of-conduct-service' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        // Tokens, and query parameters or constraint details that may carry personal data.
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'err.parameters', 'err.driverError.detail', 'err.detail', 'err.driverError.parameters'],
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
