import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_WITH_DISPUTES } from './1797000000000-DisputesRollup';

/**
 * Month rollups beside the day-grain ones `codeStatus` reads, so a period of a year sums about
 * twelve rows per lineage instead of 365, and reads day rows only for the partial months at its
 * edges (`periodGrain` in `monitoring-rollups.ts`):
 *
 * - `monitoring_lineage_month` (complaints per lineage and month of receipt, from `monitoring_lineage_day`),
 *   `monitoring_lineage_decided_month` (per month of decision, from `monitoring_lineage_decided`),
 *   `monitoring_lineage_verified_month` (actions VERIFIED_EFFECTIVE per month verified, from `monitoring_lineage_action`),
 *   `monitoring_lineage_action_total` (actions per lineage and status, whatever their days, from `monitoring_lineage_action`:
 *   overdue actions are the pending ones less those due today or later, which are few),
 *   `monitoring_lineage_clock_month` and `monitoring_code_clock_month` (the complaints whose figures turn on an
 *   instant, per month of receipt, whatever the instant: from `monitoring_lineage_clock` / `monitoring_code_clock`).
 *   A clock figure of a period ("deadline passed") is the month sum less the rows whose instant is still
 *   ahead, which are few (recent complaints): an index on the instant finds them.
 * - Each is kept by statement-level triggers on its source table that add the source's NEW − OLD rows,
 *   so it is the sum of the source's rows by construction, in the same transaction, whichever
 *   function wrote the source. Rows are spread over 16 slots (`pg_backend_pid() % 16`) like the
 *   complaint rollups, so concurrent intakes do not queue on one month row; readers sum the slots,
 *   and a row is dropped when all its figures are zero.
 * - `monitoring_lineage_action` gets its primary key reordered to (organization, code, status,
 *   verified_on, due_on, promise_key): its key already holds `due_on` only while pending and
 *   `verified_on` only for VERIFIED_EFFECTIVE (-infinity otherwise), so closed actions are one row
 *   per lineage and status; the new order lets a reader take the statuses it needs and the
 *   verified days of a period's edges by index ranges instead of reading every verified day.
 *   Likewise `monitoring_lineage_clock`'s key puts the day of receipt before the lineage (the
 *   edges' days by index range), and both clock tables get an index on the instant (the rows still ahead).
 *
 * The tables these reads use get `parallel_workers = 0`: they read a few hundred to a few thousand
 * rows by index, and starting workers took longer than the reads.
 *
 * `monitoring_rebuild` recomputes the month rollups from their sources after rebuilding those (so a
 * loader that disabled every trigger still gets them right). The migration fills them from the sources.
 */
export class RollupMonths1797100000000 implements MigrationInterface {
  name = 'RollupMonths1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitoring_lineage_action" DROP CONSTRAINT "monitoring_lineage_action_pkey",
      ADD CONSTRAINT "monitoring_lineage_action_pkey" PRIMARY KEY ("organization_id", "code_id", "status", "verified_on", "due_on", "promise_key")`);
    await queryRunner.query(`ALTER TABLE "monitoring_lineage_clock" DROP CONSTRAINT "monitoring_lineage_clock_pkey",
      ADD CONSTRAINT "monitoring_lineage_clock_pkey" PRIMARY KEY ("organization_id", "code_id", "kind", "day", "promise_key", "at", "on_time", "slot")`);
    for (const clock of ['monitoring_lineage_clock', 'monitoring_code_clock']) {
      await queryRunner.query(`CREATE INDEX "${clock}_at" ON "${clock}" ("organization_id", "code_id", "kind", "at")`);
    }
    for (const rollup of MONTHS) {
      await queryRunner.query(createTable(rollup));
      await queryRunner.query(`CREATE INDEX "${rollup.target}_zero" ON "${rollup.target}" ("organization_id") WHERE ${allZero(rollup)}`);
      await queryRunner.query(syncFunction(rollup));
      for (const statement of triggers(rollup)) await queryRunner.query(statement);
      await queryRunner.query(refill(rollup, 'true'));
    }
    // These reads take a few hundred to a few thousand rows by index: starting parallel workers costs more than it saves.
    for (const table of NO_PARALLEL) await queryRunner.query(`ALTER TABLE "${table}" SET (parallel_workers = 0)`);
    await queryRunner.query(REBUILD_WITH_MONTHS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REBUILD_WITH_DISPUTES.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    for (const table of SOURCES) await queryRunner.query(`ALTER TABLE "${table}" RESET (parallel_workers)`);
    for (const rollup of [...MONTHS].reverse()) {
      for (const op of ['deleted', 'updated', 'inserted']) await queryRunner.query(`DROP TRIGGER ${rollup.target}_${op} ON ${rollup.source}`);
      await queryRunner.query(`DROP FUNCTION ${rollup.target}_sync()`);
      await queryRunner.query(`DROP TABLE "${rollup.target}"`);
    }
    for (const clock of ['monitoring_code_clock', 'monitoring_lineage_clock']) await queryRunner.query(`DROP INDEX "${clock}_at"`);
    await queryRunner.query(`ALTER TABLE "monitoring_lineage_clock" DROP CONSTRAINT "monitoring_lineage_clock_pkey",
      ADD CONSTRAINT "monitoring_lineage_clock_pkey" PRIMARY KEY ("organization_id", "code_id", "kind", "promise_key", "day", "at", "on_time", "slot")`);
    await queryRunner.query(`ALTER TABLE "monitoring_lineage_action" DROP CONSTRAINT "monitoring_lineage_action_pkey",
      ADD CONSTRAINT "monitoring_lineage_action_pkey" PRIMARY KEY ("organization_id", "code_id", "promise_key", "status", "due_on", "verified_on")`);
  }
}

/** A month rollup of a day-grain source table. */
export interface MonthRollup {
  source: string;
  target: string;
  /** Key columns besides the organisation and the month, as in the source, in primary-key order; `month` goes after `code_id`. */
  keys: { name: string; type: string }[];
  /** The source's date column the month is taken from; null for a rollup without a month (totals). */
  day: string | null;
  /** Summed figures: target column and source column. */
  sums: [string, string][];
  /** Which source rows count (all when absent). */
  where?: string;
}

const code = { name: 'code_id', type: 'uuid' };
const promiseKey = { name: 'promise_key', type: 'text' };
const kind = { name: 'kind', type: 'char(1)' };
const onTime = { name: 'on_time', type: 'boolean' };

export const MONTHS: MonthRollup[] = [
  {
    source: 'monitoring_lineage_day',
    target: 'monitoring_lineage_month',
    keys: [code, promiseKey],
    day: 'day',
    sums: ['received', 'upheld', 'partially_upheld', 'ack_done', 'ack_done_on_time', 'res_done', 'res_done_on_time'].map((c) => [c, c]),
  },
  {
    source: 'monitoring_lineage_decided',
    target: 'monitoring_lineage_decided_month',
    keys: [code, promiseKey],
    day: 'day',
    sums: [
      ['decided', 'decided'],
      ['upheld', 'upheld'],
    ],
  },
  {
    source: 'monitoring_lineage_action',
    target: 'monitoring_lineage_verified_month',
    keys: [code, promiseKey],
    day: 'verified_on',
    sums: [['n', 'n']],
    where: `status = 'VERIFIED_EFFECTIVE'`,
  },
  {
    source: 'monitoring_lineage_action',
    target: 'monitoring_lineage_action_total',
    keys: [code, { name: 'status', type: 'text' }, promiseKey],
    day: null,
    sums: [['n', 'n']],
  },
  {
    source: 'monitoring_lineage_clock',
    target: 'monitoring_lineage_clock_month',
    keys: [code, kind, promiseKey, onTime],
    day: 'day',
    sums: [['n', 'n']],
  },
  {
    source: 'monitoring_code_clock',
    target: 'monitoring_code_clock_month',
    keys: [code, kind, onTime],
    day: 'day',
    sums: [['n', 'n']],
  },
];

/** The tables codeStatus reads by index (the rollups above, and the sources it reads edges and rows still ahead from). */
const SOURCES = [
  'monitoring_lineage_day',
  'monitoring_lineage_decided',
  'monitoring_lineage_action',
  'monitoring_lineage_clock',
  'monitoring_code_day',
  'monitoring_code_clock',
];
const NO_PARALLEL = [...SOURCES, ...MONTHS.map((r) => r.target)];

const month = (column: string) => `date_trunc('month', ${column}::timestamp)::date`;
const allZero = (r: MonthRollup) => r.sums.map(([c]) => `"${c}" = 0`).join(' AND ');

function createTable(r: MonthRollup): string {
  return `CREATE TABLE "${r.target}" ("organization_id" uuid NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE,
    ${r.keys.map((k) => `"${k.name}" ${k.type} NOT NULL, `).join('')}${r.day ? `"month" date NOT NULL, ` : ''}"slot" smallint NOT NULL,
    ${r.sums.map(([c]) => `"${c}" int NOT NULL`).join(', ')},
    PRIMARY KEY (${[...conflictKey(r), 'slot'].map((c) => `"${c}"`).join(', ')}))`;
}

/** The primary key of the target without the slot: the conflict target and the order rows are written in. */
function conflictKey(r: MonthRollup): string[] {
  const [first, ...rest] = r.keys;
  const hasKind = rest.length > 0 && rest[0].name === 'kind';
  const month = r.day ? ['month'] : [];
  return ['organization_id', first.name, ...(hasKind ? ['kind', ...month] : month), ...rest.filter((k) => k.name !== 'kind').map((k) => k.name)];
}

/** Adds the signed source rows `rows` (with a column `s`, +1 or -1) into the target, in slot `my_slot`, and drops rows that became zero. */
function upsert(r: MonthRollup, rows: string): string {
  const key = conflictKey(r);
  const select = key.map((c) => (c === 'month' ? `${month(`c.${r.day!}`)} AS month` : `c.${c}`));
  return `INSERT INTO ${r.target} AS t (${key.join(', ')}, slot, ${r.sums.map(([c]) => c).join(', ')})
    SELECT * FROM (
      SELECT ${select.join(', ')}, my_slot, ${r.sums.map(([c, s]) => `sum(c.s * c.${s})::int AS ${c}`).join(', ')}
      FROM ${rows} c JOIN organization o ON o.id = c.organization_id
      ${r.where ? `WHERE c.${r.where}` : ''}
      GROUP BY ${key.map((_, i) => i + 1).join(', ')}
    ) d WHERE (${r.sums.map(([c]) => `d.${c}`).join(', ')}) <> (${r.sums.map(() => '0').join(', ')})
    ORDER BY ${key.map((_, i) => i + 1).join(', ')}
    ON CONFLICT (${key.join(', ')}, slot) DO UPDATE SET ${r.sums.map(([c]) => `${c} = t.${c} + excluded.${c}`).join(', ')};
    DELETE FROM ${r.target} WHERE ${allZero(r)};`;
}

export function syncFunction(r: MonthRollup): string {
  const columns = `x.organization_id, ${[
    ...new Set([...r.keys.map((k) => k.name), ...(r.day ? [r.day] : []), ...r.sums.map(([, s]) => s), ...(r.where ? ['status'] : [])]),
  ]
    .map((c) => `x.${c}`)
    .join(', ')}`;
  return `CREATE FUNCTION ${r.target}_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE
    my_slot smallint := (pg_backend_pid() % 16)::smallint;
  BEGIN
    -- Fired by every statement on the source, most of which touch no row (an upsert that only updates, the deletion of zero rows).
    IF TG_OP = 'INSERT' THEN
      IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
      ${upsert(r, `(SELECT ${columns}, 1 AS s FROM new_rows x)`)}
    ELSIF TG_OP = 'DELETE' THEN
      IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
      ${upsert(r, `(SELECT ${columns}, -1 AS s FROM old_rows x)`)}
    ELSE
      IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
      ${upsert(r, `(SELECT ${columns}, -1 AS s FROM old_rows x UNION ALL SELECT ${columns}, 1 AS s FROM new_rows x)`)}
    END IF;
    RETURN NULL;
  END $fn$`;
}

function triggers(r: MonthRollup): string[] {
  return [
    `CREATE TRIGGER ${r.target}_inserted AFTER INSERT ON ${r.source} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${r.target}_sync()`,
    `CREATE TRIGGER ${r.target}_updated AFTER UPDATE ON ${r.source} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${r.target}_sync()`,
    `CREATE TRIGGER ${r.target}_deleted AFTER DELETE ON ${r.source} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${r.target}_sync()`,
  ];
}

/** The target's rows of the organisations `orgCondition` (on `organization_id`) recomputed from the source, in slot 0. */
function refill(r: MonthRollup, orgCondition: string): string {
  const key = conflictKey(r);
  const select = key.map((c) => (c === 'month' ? `${month(r.day!)} AS month` : c));
  return `INSERT INTO ${r.target} (${key.join(', ')}, slot, ${r.sums.map(([c]) => c).join(', ')})
    SELECT * FROM (
      SELECT ${select.join(', ')}, 0::smallint, ${r.sums.map(([c, s]) => `sum(${s})::int AS ${c}`).join(', ')}
      FROM ${r.source} WHERE ${orgCondition}${r.where ? ` AND ${r.where}` : ''}
      GROUP BY ${key.map((_, i) => i + 1).join(', ')}
    ) d WHERE (${r.sums.map(([c]) => `d.${c}`).join(', ')}) <> (${r.sums.map(() => '0').join(', ')})`;
}

const END = '  END $fn$';

/** `monitoring_rebuild(org)` recomputing the month rollups from their sources at the end. */
export const REBUILD_WITH_MONTHS = (() => {
  if (!REBUILD_WITH_DISPUTES.endsWith(END)) throw new Error('RollupMonths: monitoring_rebuild does not end as expected');
  const months = MONTHS.map((r) => `    DELETE FROM ${r.target} WHERE organization_id = org;\n    ${refill(r, 'organization_id = org')};\n`).join('');
  return `${REBUILD_WITH_DISPUTES.slice(0, -END.length).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}${months}${END}`;
})();
