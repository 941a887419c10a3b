import { LRUCache } from 'lru-cache';
import pg from 'pg';

/** Named statements kept per connection by default (`DB_PREPARED_STATEMENTS`). */
export const DEFAULT_PREPARED_STATEMENTS = 100;

/** The name of each statement text: one name per text in the whole process, so that every connection prepares a text under the same name. */
const names = new LRUCache<string, string>({ max: 2000 });
let named = 0;

const nameOf = (text: string): string => {
  let name = names.get(text);
  if (name === undefined) names.set(text, (name = `coc_${(named += 1)}`));
  return name;
};

/**
 * A `pg` client (given to the pool as its `Client`) that sends every statement with parameters as a
 * named prepared statement, as PostGraphile 4 and PostgreSQL's JDBC driver do: PostgreSQL parses
 * and plans a text once per connection instead of on every request, and after five runs may keep
 * one generic plan. The monitoring rollups' reads of a dashboard take longer to plan than to run.
 *
 * Each connection keeps at most `max` statements (least recently used first out, with
 * `DEALLOCATE`). Statements without parameters (DDL, migrations, `BEGIN`) are sent as before.
 * `max` 0 turns it off, for a pooler that hands a session's statements to other sessions
 * (PgBouncer in transaction mode).
 */
export function preparingClient(max: number): typeof pg.Client {
  if (max < 1) return pg.Client;
  class PreparingClient extends pg.Client {
    private readonly kept = new LRUCache<string, true>({
      max,
      dispose: (_, name, reason) => {
        const parsed = (this as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
        if (reason !== 'evict' || parsed[name] === undefined) return;
        // Forgotten before DEALLOCATE is queued: a statement sent after it parses the text again,
        // and the client runs its queue in order, so it never finds the name gone.
        delete parsed[name];
        super.query(`DEALLOCATE ${name}`).catch(() => undefined);
      },
    });

    // @ts-expect-error: one implementation for pg's overloads, which it passes on unchanged.
    override query(config: unknown, values?: unknown, callback?: unknown): unknown {
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
        const name = nameOf(config);
        this.kept.set(name, true);
        return (super.query as (...args: unknown[]) => unknown)({ name, text: config, values }, callback);
      }
      return (super.query as (...args: unknown[]) => unknown)(...(arguments as unknown as unknown[]));
    }
  }
  return PreparingClient as unknown as typeof pg.Client;
}
