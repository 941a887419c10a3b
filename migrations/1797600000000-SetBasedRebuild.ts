import type { MigrationInterface, QueryRunner } from 'typeorm';
import { BY_RECEIPT, REBUILD_IN_ORDER } from './1797500000000-RebuildInOrderOfReceipt';

/**
 * `monitoring_rebuild(org)` in one pass over the organisation's complaints and actions, instead of
 * folding them in batches through the incremental functions. Each batch took an array of whole
 * complaint rows and joined it to the lineages by index, one complaint at a time; at a million
 * complaints the rebuild read the lineages and the rollups' indexes from disk in random order and
 * took ten minutes, which a time-zone change (`monitoring_timezone_changed`) spends inside the
 * mutation that changes it.
 *
 * The set-based counting functions are the incremental ones with their source replaced: where
 * `monitoring_count_complaints(old_rows, new_rows)` reads the signed rows
 * `unnest(old_rows)` (−1) ∪ `unnest(new_rows)` (+1), `monitoring_count_complaints_of(org)` reads
 * every complaint of the organisation (+1) from the table, by hash joins. Their bodies are derived
 * from the incremental functions' current bodies (`bulkBody`), so both count the same way by
 * construction; a test checks that the installed bodies still equal that derivation, so a
 * migration that changes an incremental function must derive its bulk variant again.
 *
 * The rebuild writes each rollup row once, so the rollup tables no longer need `VACUUM FULL`
 * afterwards; the rows it replaced are dead versions for (auto)vacuum like any deleted row.
 */
export class SetBasedRebuild1797600000000 implements MigrationInterface {
  name = 'SetBasedRebuild1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const bulk of BULK) await queryRunner.query(await bulkFunction(queryRunner, bulk));
    await queryRunner.query('DROP FUNCTION monitoring_rebuild(uuid, int)');
    await queryRunner.query(REBUILD_SET_BASED);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION monitoring_rebuild(uuid)');
    await queryRunner.query(REBUILD_IN_ORDER);
    for (const bulk of BULK) await queryRunner.query(`DROP FUNCTION ${bulkProcedure(bulk)}`);
  }
}

/** A set-based counting function and the incremental one it is derived from. */
export interface BulkCount {
  /** The incremental function (`regprocedure` spelling). */
  incremental: string;
  name: string;
  /** Its parameters: the organisation, then any the incremental body refers to besides its rows. */
  signature: string;
  /** The rows it counts, each with `s` = +1. */
  source: string;
}

export const BULK: BulkCount[] = [
  {
    incremental: 'monitoring_count_complaints(complaint[], complaint[])',
    name: 'monitoring_count_complaints_of',
    signature: 'org uuid',
    source: "(SELECT x.*, 1 AS s FROM complaint x WHERE x.organization_id = org AND x.kind = 'COMPLAINT')",
  },
  {
    incremental: 'monitoring_count_decisions(complaint[], complaint[])',
    name: 'monitoring_count_decisions_of',
    signature: 'org uuid',
    source: "(SELECT x.*, 1 AS s FROM complaint x WHERE x.organization_id = org AND x.kind = 'COMPLAINT')",
  },
  {
    // old_code_id / old_key name the lineage of rows being moved; a rebuild moves none (NULL).
    incremental: 'monitoring_actions_changed(corrective_action[], corrective_action[], uuid, text)',
    name: 'monitoring_count_actions_of',
    signature: 'org uuid, old_code_id uuid DEFAULT NULL, old_key text DEFAULT NULL',
    source: '(SELECT x.*, 1 AS s FROM corrective_action x WHERE x.organization_id = org)',
  },
];

/** `bulk`'s `regprocedure` spelling: its name and parameter types. */
export const bulkProcedure = (bulk: BulkCount) => `${bulk.name}(${bulk.signature.split(',').map((parameter) => parameter.trim().split(' ')[1]).join(', ')})`;

/** How every incremental counting function reads its signed rows. */
export const SIGNED_ROWS = '(SELECT x.*, -1 AS s FROM unnest(old_rows) x UNION ALL SELECT x.*, 1 AS s FROM unnest(new_rows) x)';

/** The set-based body of `bulk`, from the incremental function's body: every signed-row source replaced by the organisation's rows. */
export function bulkBody(incrementalBody: string, bulk: BulkCount): string {
  const parts = incrementalBody.split(SIGNED_ROWS);
  if (parts.length < 2) throw new Error(`SetBasedRebuild: ${bulk.incremental} does not read its rows as expected`);
  const body = parts.join(bulk.source);
  if (/\b(old_rows|new_rows)\b/.test(body)) throw new Error(`SetBasedRebuild: ${bulk.incremental} reads its rows in another way too`);
  return body;
}

/** The function's body (`prosrc`) as installed. */
export async function installedBody(queryRunner: { query(sql: string, parameters: unknown[]): Promise<{ body: string }[]> }, procedure: string): Promise<string> {
  const [{ body }] = await queryRunner.query(`SELECT prosrc AS body FROM pg_proc WHERE oid = $1::regprocedure`, [procedure]);
  return body;
}

async function bulkFunction(queryRunner: QueryRunner, bulk: BulkCount): Promise<string> {
  const body = bulkBody(await installedBody(queryRunner, bulk.incremental), bulk);
  if (body.includes('$bulk$')) throw new Error('SetBasedRebuild: unexpected dollar quote in a body');
  return `CREATE FUNCTION ${bulk.name}(${bulk.signature}) RETURNS void LANGUAGE plpgsql AS $bulk$${body}$bulk$`;
}

/** Changes `text` at `anchor`, which must occur exactly once. */
function at(text: string, anchor: string, replacement: string): string {
  if (text.split(anchor).length !== 2) throw new Error(`SetBasedRebuild: anchor not found once: ${anchor}`);
  return text.replace(anchor, replacement);
}

/** The batched rebuild's loops: complaints in order of receipt, then actions. */
const BATCHES = `${BY_RECEIPT}    last_id := '00000000-0000-0000-0000-000000000000';
    LOOP
      actions := array(SELECT a FROM corrective_action a WHERE a.organization_id = org AND a.id > last_id ORDER BY a.id LIMIT batch_size);
      EXIT WHEN cardinality(actions) = 0;
      PERFORM monitoring_actions_changed('{}', actions);
      last_id := actions[cardinality(actions)].id;
    END LOOP;
`;

const BATCH_VARIABLES = `  DECLARE
    last_id uuid := '00000000-0000-0000-0000-000000000000';
    last_at timestamptz := '-infinity';
    batch complaint[];
    actions corrective_action[];
`;

/** `monitoring_rebuild(org)`: every rollup emptied, then counted from the organisation's rows in one pass each. */
export const REBUILD_SET_BASED = [
  ['CREATE FUNCTION monitoring_rebuild(org uuid, batch_size int DEFAULT 20000)', 'CREATE FUNCTION monitoring_rebuild(org uuid)'],
  [BATCH_VARIABLES, ''],
  [
    BATCHES,
    `    PERFORM monitoring_count_complaints_of(org);
    PERFORM monitoring_count_decisions_of(org);
    PERFORM monitoring_count_actions_of(org);
`,
  ],
].reduce((text, [anchor, replacement]) => at(text, anchor, replacement), REBUILD_IN_ORDER);
