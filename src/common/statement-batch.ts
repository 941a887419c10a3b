import type { Context } from './context';

/** A read statement and its parameters, whose rows are of type `R` (`R` only types the answer). */
export interface Statement<R> {
  sql: string;
  params: unknown[];
  /** Never set: carries the row type. */
  readonly rows?: R;
}

export const statement = <R>(sql: string, params: unknown[]): Statement<R> => ({ sql, params });

/**
 * Several read statements sent as ONE: `SELECT json_build_array((SELECT json_agg(t) FROM (<first>) t), …)`,
 * each statement's parameters renumbered after the ones before. A report made of several
 * independent reads (`complaintAnalysis`: six) then costs one round trip, one statement to plan
 * and send, and its rows are read as JSON (parsed natively) instead of field by field. Each
 * statement's rows keep its order (its ORDER BY, if any, is the last step before the aggregate).
 *
 * Rows come back as JSON values: statements should cast what they return to a type whose JSON
 * is what the driver would give (`int`, `float8`, `text`, arrays of them); a `bigint` or a `date`
 * would come back as a number or a string where the driver gives a string or a `Date`.
 */
export async function readTogether<T extends unknown[]>(ctx: Context, statements: { [K in keyof T]: Statement<T[K]> }): Promise<{ [K in keyof T]: T[K][] }> {
  const merged = mergeReads(statements as Statement<unknown>[]);
  const [row] = (await ctx.db.query(merged.sql, merged.params)) as { rows: unknown[][] }[];
  return row.rows as { [K in keyof T]: T[K][] };
}

/** The one statement {@link readTogether} sends for `statements`: a single row whose `rows` holds each statement's rows, in order. */
export function mergeReads(statements: readonly Statement<unknown>[]): Statement<{ rows: unknown[][] }> {
  const params: unknown[] = [];
  const parts = statements.map((s) => {
    const offset = params.length;
    params.push(...s.params);
    const sql = s.sql.replace(/\$(\d+)\b/g, (_, n: string) => `$${Number(n) + offset}`);
    return `(SELECT coalesce(json_agg(t), '[]') FROM (${sql}) t)`;
  });
  return statement(`SELECT json_build_array(${parts.join(', ')}) AS rows`, params);
}
