import pino from 'pino';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { Iso10001ClauseNumbers1796400000002 } from '../../migrations/1796400000002-Iso10001ClauseNumbers';
import { referenceId, seedNormFrameworks } from '../../seeds/norms';
import { createCode } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/app';
import { graphql } from '../graphql';

/**
 * The ISO 10001 catalogue numbered as the standard's clauses: a database seeded with the old
 * numbering, with promise links and evidence on it, keeps every link through the migration (same
 * requirement ids, new refs), and the seed afterwards only adds the two new clauses and is idempotent.
 */

const FRAMEWORK = graphql(`
  query IsoClausesFramework {
    normFramework(key: "ISO10001") {
      requirements {
        ref
        title
        children {
          ref
          title
        }
      }
    }
  }
`);

const quiet = pino({ level: 'silent' });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, quiet);
});
afterAll(() => app.close());

const refOf = async (id: string) => (await app.dataSource.query(`SELECT ref FROM norm_requirement WHERE id = $1`, [id]))[0]?.ref ?? null;
const idOf = async (ref: string) => (await app.dataSource.query(`SELECT id FROM norm_requirement WHERE ref = $1`, [ref]))[0]?.id ?? null;

describe('ISO 10001 clause numbers', () => {
  it('numbers the catalogue as the standard: principles 4.2–4.9, 5.1–5.2, 6.1–6.8, 7.1–7.8, 8.1–8.5', async () => {
    const staff = await app.as(await app.createOrganization('iso-read'), Role.STAFF);
    const sections = (await staff.data(FRAMEWORK)).normFramework!.requirements;
    expect(sections.map((s) => [s.ref, s.children.map((c) => c.ref.replace(`${s.ref}.`, ''))])).toEqual([
      ['ISO10001-4', ['2', '3', '4', '5', '6', '7', '8', '9']],
      ['ISO10001-5', ['1', '2']],
      ['ISO10001-6', ['1', '2', '3', '4', '5', '6', '7', '8']],
      ['ISO10001-7', ['1', '2', '3', '4', '5', '6', '7', '8']],
      ['ISO10001-8', ['1', '2', '3', '4', '5']],
    ]);
    const titles = Object.fromEntries(sections.flatMap((s) => s.children.map((c) => [c.ref, c.title])));
    expect(titles).toMatchObject({
      'ISO10001-4.2': 'Betrokkenheid',
      'ISO10001-4.9': 'Continue verbetering',
      'ISO10001-5.2': 'Integratie met managementsystemen',
      'ISO10001-6.2': 'Informatie verzamelen en beoordelen',
      'ISO10001-6.5': 'Prestatie-indicatoren (kpi’s)',
      'ISO10001-6.6': 'Procedures',
      'ISO10001-6.7': 'Communicatieplan',
      'ISO10001-6.8': 'Middelen',
      'ISO10001-8.4': 'Beoordeling van de code en het kader',
    });
  });

  it('keeps every link of a database numbered the old way: ids stay, refs change, 5.2 joins 5.1', async () => {
    const migration = new Iso10001ClauseNumbers1796400000002();
    // Each step in a transaction of its own: the embedded database has one connection, not to be held between statements.
    const run = (step: 'up' | 'down') => app.dataSource.transaction((manager) => migration[step](manager.queryRunner!));
    {
      // Back to the old numbering, as a database seeded before the change has it.
      await run('down');
      expect(await refOf(referenceId('requirement:ISO10001-4.1'))).toBe('ISO10001-4.1');
      const org = await app.createOrganization('iso-links');
      const code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
      const { P1, P2 } = code.promises[0];
      const link = (promiseId: string, ref: string) =>
        app.dataSource.query(
          `INSERT INTO promise_requirement (organization_id, promise_id, requirement_id) SELECT $1, $2, id FROM norm_requirement WHERE ref = $3`,
          [org.id, promiseId, ref],
        );
      await link(P1.id, 'ISO10001-4.1');
      await link(P1.id, 'ISO10001-6.2');
      await link(P1.id, 'ISO10001-5.2');
      await link(P2.id, 'ISO10001-5.1');
      await link(P2.id, 'ISO10001-5.2');
      await app.dataSource.query(
        `INSERT INTO requirement_evidence (organization_id, version, requirement_id, kind, document_title, document_location, document_version)
         SELECT $1, 1, id, 'DOCUMENT', 'Code-beleid', 'intranet/beleid', '3' FROM norm_requirement WHERE ref = 'ISO10001-5.2'`,
        [org.id],
      );
      const before: { n: number }[] = await app.dataSource.query(`SELECT count(*)::int AS n FROM norm_requirement`);

      await run('up');

      const linked = async (promiseId: string) =>
        (
          await app.dataSource.query(
            `SELECT r.ref FROM promise_requirement l JOIN norm_requirement r ON r.id = l.requirement_id WHERE l.promise_id = $1 ORDER BY r.ref`,
            [promiseId],
          )
        ).map((r: { ref: string }) => r.ref);
      expect(await linked(P1.id)).toEqual(['ISO10001-4.2', 'ISO10001-5.1', 'ISO10001-6.8']);
      expect(await linked(P2.id)).toEqual(['ISO10001-5.1']);
      expect(await refOf(referenceId('requirement:ISO10001-4.1'))).toBe('ISO10001-4.2');
      expect(await refOf(referenceId('requirement:ISO10001-6.2'))).toBe('ISO10001-6.8');
      expect(await refOf(referenceId('requirement:ISO10001-5.2'))).toBeNull();
      const evidence = await app.dataSource.query(
        `SELECT r.ref FROM requirement_evidence e JOIN norm_requirement r ON r.id = e.requirement_id WHERE e.organization_id = $1`,
        [org.id],
      );
      expect(evidence).toEqual([{ ref: 'ISO10001-5.1' }]);
      // The migration removed 5.2; the seed adds the standard's 6.2 and 6.5, and a second run changes nothing.
      expect(await idOf('ISO10001-6.2')).toBeNull();
      await seedNormFrameworks(app.dataSource, quiet);
      const after: { n: number }[] = await app.dataSource.query(`SELECT count(*)::int AS n FROM norm_requirement`);
      expect(after[0].n).toBe(before[0].n - 1 + 2);
      expect(await idOf('ISO10001-6.2')).toBe(referenceId('requirement:ISO10001-6.2@clauses'));
      const snapshot = await app.dataSource.query(`SELECT id, ref, title, objective, position, parent_id FROM norm_requirement ORDER BY id`);
      await seedNormFrameworks(app.dataSource, quiet);
      expect(await app.dataSource.query(`SELECT id, ref, title, objective, position, parent_id FROM norm_requirement ORDER BY id`)).toEqual(snapshot);
      expect(await linked(P1.id)).toEqual(['ISO10001-4.2', 'ISO10001-5.1', 'ISO10001-6.8']);
    }
  });
});
