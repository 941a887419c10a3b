/**
 * SQL of CHECK constraints that keep columns within what the entities allow (for `@Check`), so a
 * row written outside the API cannot break the rules either.
 */

/** `"column" IN ('A','B',…)` over the values of a string enum. */
export function oneOf(column: string, values: Record<string, string> | readonly string[]): string {
  const list = Array.isArray(values) ? values : Object.values(values);
  return `"${column}" IN (${list.map((v) => `'${v}'`).join(',')})`;
}

/** A double precision column holding a finite number (PostgreSQL also stores NaN and ±Infinity). */
export function finite(column: string): string {
  return `"${column}" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)`;
}
