import cors from 'cors';
import type { RequestHandler } from 'express';
import type { Config } from '../config';

/**
 * CORS for the API routes (/graphql, /reports): lets a browser app on an allowed origin call the
 * API with a bearer token. Only the configured origins get `Access-Control-Allow-Origin`; any
 * other origin still gets an answer to its preflight, without that header, so the browser refuses.
 * No cookies are involved (credentials stay off); CSRF prevention stays Apollo's job.
 */
export function corsMiddleware(config: Config): RequestHandler {
  return cors({
    origin: config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after', 'content-disposition'],
    credentials: false,
    // Browsers cache the preflight answer this long (Chromium caps it at 2 hours).
    maxAge: 600,
  });
}
