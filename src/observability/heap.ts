import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it
 * collects again, in percent. V8's own choice for a process that spends little time collecting is
 * up to 300 % (four times the live heap): under steady load the service's resident memory then
 * climbs to several hundred megabytes of garbage. 75 % keeps it 10–15 MB under what 100 % (twice
 * the live heap) did under the scale benchmark's load, for the same CPU time per request within the
 * measurement's noise; 50 % saves 30 MB more but costs a page of complaints more CPU (bench/README.md).
 */
export const HEAP_GROWING_PERCENT = 75;

/**
 * V8 flags the service is started with (`npm start`; the scale benchmark starts its service process
 * with them too). They size the heap when the process starts, so they cannot be set from inside it.
 * `--max-semi-space-size=8`: the young generation's two halves at most 8 MB each instead of 16 (Node
 * 20 on 64 bits). Under the scale benchmark's load this lowers the resident set by 10–30 MB, for the
 * same throughput: the service's short-lived objects die young either way (bench/README.md).
 */
export const NODE_MEMORY_FLAGS = ['--max-semi-space-size=8'] as const;

/** Sets the heap growth limit for this process (the service's entry point calls it first). */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
