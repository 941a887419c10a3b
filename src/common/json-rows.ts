import type { EntityManager, EntityTarget } from 'typeorm';

/** A row as PostgreSQL writes it in JSON (`to_jsonb(alias)`, an element of `json_agg(alias ORDER BY …)`): column names to values. */
export type JsonRow = Record<string, unknown>;

/**
 * The entity a {@link JsonRow} holds, its values converted as TypeORM converts them when it reads
 * the columns themselves (timestamps to `Date`, embedded columns into their object, transformers
 * applied). One statement can then answer a record with its related rows, aggregated as JSON,
 * instead of a statement per relation, and still give the schema the entities its getters and
 * field resolvers expect.
 */
export function fromJsonRow<T>(db: EntityManager, target: EntityTarget<T>, row: JsonRow): T {
  const { driver } = db.connection;
  const metadata = db.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.isVirtual || !column.isSelect) continue;
    column.setEntityValue(entity as object, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

/** {@link fromJsonRow} of each row of a JSON array (null, as `json_agg` answers for no row, is none). */
export function fromJsonRows<T>(db: EntityManager, target: EntityTarget<T>, rows: readonly JsonRow[] | null): T[] {
  return (rows ?? []).map((row) => fromJsonRow(db, target, row));
}
