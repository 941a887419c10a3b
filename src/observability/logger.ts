import pino, { type Logger } from 'pino';
import type { Config } from '../config';

/** Structured JSON logs; secrets and personal data in request headers are redacted. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'code-of-conduct-service' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'], censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  });
}
