import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it
 * collects again, in percent. V8's own choice for a process that spends little time collecting is
 * up to 300 % (four times the live heap): under steady load the service's resident memory then
 * climbs to several hundred megabytes of garbage. 100 % (twice the live heap) keeps it near
 * 250 MB under the scale benchmark's load for about the same CPU (see bench/README.md).
 */
export const HEAP_GROWING_PERCENT = 100;

/** Sets the heap growth limit for this process (the service's entry point calls it first). */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
