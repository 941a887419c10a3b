import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createInstrumentations } from '../../src/observability/tracing';

export interface InProcessTracing {
  /** Every span ended so far. */
  exporter: InMemorySpanExporter;
  /** Removes the patches and stops the SDK (the patched core `http` module outlives this test file). */
  stop(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK with the service's own instrumentations (src/observability/tracing.ts)
 * and an in-memory exporter. The instrumentations hook Node's `require`, which Jest's module registry
 * bypasses: the registry's copies of express, graphql and pg are patched here, with the
 * instrumentations' own patch functions, as the hook would have done.
 */
/** The installed version of a package (whose `exports` may not expose its package.json). */
function versionOf(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json at this level
    }
  }
  throw new Error(`no package.json found for ${name}`);
}

export function traceInProcess(): InProcessTracing {
  const exporter = new InMemorySpanExporter();
  const instrumentations = createInstrumentations();
  const sdk = new NodeSDK({ serviceName: 'code-of-conduct-service-test', autoDetectResources: false, spanProcessors: [new SimpleSpanProcessor(exporter)], instrumentations });
  sdk.start();
  const undo: (() => void)[] = [];
  for (const instrumentation of instrumentations) {
    for (const definition of instrumentation.getModuleDefinitions()) {
      const version = builtinModules.includes(definition.name) ? undefined : versionOf(definition.name);
      if (definition.patch) {
        const exports: unknown = require(definition.name);
        definition.patch(exports, version);
        undo.push(() => definition.unpatch?.(exports, version));
      }
      for (const file of definition.files) {
        let exports: unknown;
        try {
          exports = require(file.name);
        } catch {
          continue; // an optional part not installed (pg's native client)
        }
        file.patch(exports, version);
        undo.push(() => file.unpatch?.(exports, version));
      }
    }
  }
  return {
    exporter,
    async stop() {
      for (const u of undo.reverse()) u();
      for (const instrumentation of instrumentations) instrumentation.disable();
      await sdk.shutdown();
    },
  };
}
