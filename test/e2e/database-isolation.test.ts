import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.database.dataSource.query('CREATE TABLE isolation_probe (id int PRIMARY KEY, value int NOT NULL)');
  await db.database.dataSource.query('INSERT INTO isolation_probe VALUES (1, 0)');
});
afterAll(() => db.drop());

describe('smoke: transaction isolation on the configured database', () => {
  it('keeps 20 concurrent read-modify-write transactions apart, one of which rolls back', async () => {
    const ds = db.database.dataSource;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        ds.transaction(async (manager) => {
          const [{ value }]: { value: number }[] = await manager.query('SELECT value FROM isolation_probe WHERE id = 1 FOR UPDATE');
          await new Promise((r) => setTimeout(r, 2));
          await manager.query('UPDATE isolation_probe SET value = $1 WHERE id = 1', [value + 1]);
          if (i === 7) throw new Error('rolled back on purpose');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const [{ value }]: { value: number }[] = await ds.query('SELECT value FROM isolation_probe WHERE id = 1');
    expect(value).toBe(19);
  });

  it('does not show uncommitted writes of one transaction to another', async () => {
    const ds = db.database.dataSource;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const writer = ds.transaction(async (manager) => {
      await manager.query('UPDATE isolation_probe SET value = 1000 WHERE id = 1');
      await held;
      throw new Error('rolled back on purpose');
    });
    await new Promise((r) => setTimeout(r, 20));
    // On PostgreSQL the read sees the committed value at once; on PGlite it waits for the writer.
    const read: Promise<{ value: number }[]> = ds.query('SELECT value FROM isolation_probe WHERE id = 1');
    setTimeout(release, 50);
    await expect(writer).rejects.toThrow('rolled back on purpose');
    const [{ value }] = await read;
    expect(value).toBe(19);
  });
});
