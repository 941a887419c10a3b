import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters for the widest demo table. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts rows in a few multi-row statements, skipping any that already exist (`ON CONFLICT DO
 * NOTHING`), without reading anything back.
 */
export async function insertRows<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: readonly Partial<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + ROWS_PER_STATEMENT) as never[])
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}

/** Whether the row with this id exists: how each part of the demo knows it was loaded before. */
export async function rowExists(manager: EntityManager, target: EntityTarget<ObjectLiteral>, id: string): Promise<boolean> {
  return manager.getRepository(target).exists({ where: { id } });
}
