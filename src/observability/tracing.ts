import type { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import type { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import type { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import type { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import type { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry tracing, configured by the standard `OTEL_*` variables and read by the SDK itself
 * (exporter, endpoint, protocol, headers, service name, sampler, propagators, resource attributes).
 *
 * Off unless an exporter is configured: without `OTEL_TRACES_EXPORTER` (other than `none`) or an
 * OTLP endpoint, or with `OTEL_SDK_DISABLED=true`, nothing of the SDK is loaded and no module is
 * patched. The instrumentations patch `http`, `express`, `graphql` and `pg` as they are required,
 * so {@link startTracing} must run before any of them is loaded: `src/main.ts` imports this
 * module's side-effect entry (`./start-tracing`) first.
 */

/** True when the environment asks for traces to be exported. */
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (/^true$/i.test(env.OTEL_SDK_DISABLED?.trim() ?? '')) return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'null');
  if (exporters.length) return exporters[0] !== 'none';
  return !!(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/**
 * Query parameters whose values never reach a span: of GET /graphql the document and its variables
 * (they may hold personal data), and a complaint's tracking secret (the receipt's tracking link).
 */
const REDACTED_QUERY_PARAMETERS = ['query', 'variables', 'extensions', 'operationName', 'secret'];
/** Requests not traced: probes and scrapes, many a minute, say nothing about a user's request. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** A satisfaction survey link (`/s/<token>`): the token is a credential, so spans name the path without it. */
const SURVEY_LINK = /^\/s\/[^/?#]*/;

/**
 * The instrumentations for HTTP, Express, GraphQL and pg, set up so that no span records personal
 * data (no GraphQL variable values or literals, no SQL parameters, no GraphQL query text in
 * `url.query`) and a request makes a bounded number of spans (no spans for plain property fields,
 * list items merged).
 */
export function createInstrumentations(): [HttpInstrumentation, ExpressInstrumentation, GraphQLInstrumentation, PgInstrumentation] {
  // Required here, not imported at the top: with tracing off neither the SDK nor an instrumentation is loaded.
  const http = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const express = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const graphql = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const pg = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  return [
    new http.HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]),
      redactedQueryParamsServer: REDACTED_QUERY_PARAMETERS,
      startIncomingSpanHook: (req) => {
        const url = req.url ?? '';
        if (!SURVEY_LINK.test(url)) return {};
        const path = url.replace(SURVEY_LINK, '/s/[token]').split('?')[0];
        return { 'http.target': path, 'url.path': path, 'http.url': `http://${req.headers.host ?? 'localhost'}${path}` };
      },
    }),
    new express.ExpressInstrumentation(),
    new graphql.GraphQLInstrumentation({ allowValues: false, ignoreTrivialResolveSpans: true, mergeItems: true }),
    // Spans only inside a traced request: no orphan spans from migrations, seeds or pool upkeep.
    new pg.PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
  ];
}

let sdk: NodeSDK | undefined;

/**
 * Starts the OpenTelemetry SDK with {@link createInstrumentations} when {@link tracingConfigured};
 * otherwise does nothing. Returns whether tracing is on. Idempotent.
 */
export function startTracing(): boolean {
  if (sdk) return true;
  // The SDK reads process.env itself.
  const env = process.env;
  if (!tracingConfigured(env)) return false;
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  // Traces only, unless asked: metrics are scraped from /metrics and logs are written to stdout, so
  // the SDK's default of also pushing both over OTLP is turned off (set these variables to opt in).
  env.OTEL_METRICS_EXPORTER ||= 'none';
  env.OTEL_LOGS_EXPORTER ||= 'none';
  const named = !!env.OTEL_SERVICE_NAME?.trim() || /(^|,)\s*service\.name\s*=/.test(env.OTEL_RESOURCE_ATTRIBUTES ?? '');
  sdk = new NodeSDK({ serviceName: named ? undefined : 'code-of-conduct-service', instrumentations: createInstrumentations() });
  sdk.start();
  return true;
}

/** Exports the spans still buffered and stops the SDK (on shutdown). Does nothing when tracing is off. */
export async function stopTracing(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown();
}
