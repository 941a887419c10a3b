import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MONTHS, REBUILD_WITH_MONTHS, syncFunction } from './1797100000000-RollupMonths';

/**
 * `monitoring_rebuild(org)` (a time-zone change, a bulk load) in time proportional to the
 * organisation's complaints. It folds complaints into the rollups 20,000 at a time; it took them in
 * order of id, so every batch held complaints of every day and rewrote nearly every rollup row of
 * the organisation: at a million complaints, 50 rewrites of each row, 14 minutes, and rollup tables
 * fifty times their size until a `VACUUM FULL`. Batches now follow the order of receipt (index
 * `(organization_id, received_at, id)`), so a batch writes the day rows of its own days only. The
 * batch size is a parameter (`monitoring_rebuild(org, batch_size)`, 20,000 by default), so that the
 * rollup tests rebuild random histories in batches of a few complaints.
 *
 * The month rollups' triggers (migration RollupMonths) also folded every batch into the month rows,
 * which the rebuild recomputes from the day rows at its end anyway: while it runs
 * (`monitoring.rebuilding` set for its transaction) they leave the month rows alone.
 */
export class RebuildInOrderOfReceipt1797500000000 implements MigrationInterface {
  name = 'RebuildInOrderOfReceipt1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const rollup of MONTHS) await queryRunner.query(pausedDuringRebuild(syncFunction(rollup)));
    await queryRunner.query('DROP FUNCTION monitoring_rebuild(uuid)');
    await queryRunner.query(REBUILD_IN_ORDER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION monitoring_rebuild(uuid, int)');
    await queryRunner.query(REBUILD_WITH_MONTHS);
    for (const rollup of MONTHS) await queryRunner.query(replacing(syncFunction(rollup)));
  }
}

const replacing = (definition: string) => {
  if (!/^CREATE (OR REPLACE )?FUNCTION /.test(definition)) throw new Error('RebuildInOrderOfReceipt: not a function definition');
  return definition.replace(/^CREATE FUNCTION /, 'CREATE OR REPLACE FUNCTION ');
};

/** Changes `text` at `anchor`, which must occur exactly once. */
function at(text: string, anchor: string, replacement: string): string {
  if (text.split(anchor).length !== 2) throw new Error(`RebuildInOrderOfReceipt: anchor not found once: ${anchor}`);
  return text.replace(anchor, replacement);
}

/** A month rollup's trigger function that does nothing while `monitoring_rebuild` runs in the transaction. */
function pausedDuringRebuild(definition: string): string {
  return at(
    replacing(definition),
    '  BEGIN\n',
    `  BEGIN
    -- monitoring_rebuild recomputes the month rows from the day rows when it has rebuilt those.
    IF current_setting('monitoring.rebuilding', true) = 'on' THEN RETURN NULL; END IF;
`,
  );
}

const BY_ID = `    LOOP
      batch := array(SELECT c FROM complaint c WHERE c.organization_id = org AND c.id > last_id ORDER BY c.id LIMIT 20000);
      EXIT WHEN cardinality(batch) = 0;
      PERFORM monitoring_complaints_changed('{}', batch);
      last_id := batch[cardinality(batch)].id;
    END LOOP;
`;

export const BY_RECEIPT = `    LOOP
      batch := array(SELECT c FROM complaint c WHERE c.organization_id = org AND (c.received_at, c.id) > (last_at, last_id)
                     ORDER BY c.received_at, c.id LIMIT batch_size);
      EXIT WHEN cardinality(batch) = 0;
      PERFORM monitoring_complaints_changed('{}', batch);
      last_at := batch[cardinality(batch)].received_at;
      last_id := batch[cardinality(batch)].id;
    END LOOP;
`;

const MONTHS_START = `    DELETE FROM ${MONTHS[0].target} WHERE organization_id = org;\n`;

/** `monitoring_rebuild(org, batch_size)`: complaints in order of receipt, month rollups recomputed once at the end. */
export const REBUILD_IN_ORDER = [
  ['CREATE OR REPLACE FUNCTION monitoring_rebuild(org uuid)', 'CREATE FUNCTION monitoring_rebuild(org uuid, batch_size int DEFAULT 20000)'],
  ["    last_id uuid := '00000000-0000-0000-0000-000000000000';\n", "    last_id uuid := '00000000-0000-0000-0000-000000000000';\n    last_at timestamptz := '-infinity';\n"],
  // Before the rollups are emptied (their triggers would fold the emptying into the month rows too).
  ['  BEGIN\n    DELETE FROM monitoring_complaint_lineage', "  BEGIN\n    PERFORM set_config('monitoring.rebuilding', 'on', true);\n    DELETE FROM monitoring_complaint_lineage"],
  [BY_ID, BY_RECEIPT],
  ['ORDER BY a.id LIMIT 20000', 'ORDER BY a.id LIMIT batch_size'],
  [MONTHS_START, `    PERFORM set_config('monitoring.rebuilding', '', true);\n${MONTHS_START}`],
].reduce((text, [anchor, replacement]) => at(text, anchor, replacement), REBUILD_WITH_MONTHS);
