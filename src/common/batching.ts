/**
 * Groups rows into one list per key, in the order of `keys` (empty where none matched): the result
 * shape a DataLoader batch function returns for one-to-many relations.
 */
export function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}
