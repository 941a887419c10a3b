import type { EntityManager, EntityMetadata, EntityTarget } from 'typeorm';

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
  const metadata = db.connection.getMetadata(target);
  const entity = metadata.create() as Record<string, unknown>;
  for (const assign of planOf(metadata, db.connection.driver)) assign(entity, row);
  return entity as T;
}

type Assign = (entity: Record<string, unknown>, row: JsonRow) => void;

const TIMESTAMP_TYPES = new Set<unknown>(['datetime', Date, 'timestamp', 'timestamptz', 'timestamp with time zone', 'timestamp without time zone']);
/** Types whose JSON value is already what TypeORM reads (a string, an integer, a JSON document). */
const AS_IS_TYPES = new Set<unknown>(['uuid', 'text', 'varchar', 'character varying', String, 'int', 'integer', 'int4', 'smallint', 'jsonb', 'json']);

/** Per entity, how each column's value is taken from a JSON row: worked out once, it is the hot part of every read. */
const plans = new WeakMap<EntityMetadata, Assign[]>();

/**
 * The assignments of an entity's columns from a JSON row, each converting as the driver's
 * `prepareHydratedValue` does: timestamps to `Date`, values already in their type as they are;
 * any other column (transformers, embedded and relation columns, other types) through TypeORM.
 */
function planOf(metadata: EntityMetadata, driver: EntityManager['connection']['driver']): Assign[] {
  let plan = plans.get(metadata);
  if (plan) return plan;
  plan = [];
  for (const column of metadata.columns) {
    if (column.isVirtual || !column.isSelect) continue;
    const name = column.databaseName;
    const property = column.propertyName;
    const plain = !column.transformer && !column.embeddedMetadata && !column.relationMetadata && !column.referencedColumn && !column.isArray;
    if (plain && TIMESTAMP_TYPES.has(column.type)) {
      plan.push((entity, row) => {
        const value = row[name];
        entity[property] = typeof value === 'string' && value ? new Date(value) : value;
      });
    } else if (plain && AS_IS_TYPES.has(column.type)) {
      plan.push((entity, row) => {
        entity[property] = row[name];
      });
    } else {
      plan.push((entity, row) => column.setEntityValue(entity, driver.prepareHydratedValue(row[name], column)));
    }
  }
  plans.set(metadata, plan);
  return plan;
}

/** {@link fromJsonRow} of each row of a JSON array (null, as `json_agg` answers for no row, is none). */
export function fromJsonRows<T>(db: EntityManager, target: EntityTarget<T>, rows: readonly JsonRow[] | null): T[] {
  return (rows ?? []).map((row) => fromJsonRow(db, target, row));
}
