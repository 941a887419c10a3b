import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../common/context';
import { fromJsonRow, type JsonRow } from '../../common/json-rows';
import { Organization } from '../../common/organization.entity';
import { Complaint } from './complaint.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';

/** The last complaint number handed out per organisation and year of receipt. */
@Entity()
export class ComplaintReferenceCounter {
  @PrimaryColumn('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  organization?: Organization;

  @PrimaryColumn('int')
  year: number;

  @Column('int')
  last: number;
}

export const formatReference = (year: number, number: number) => `K-${year}-${String(number).padStart(5, '0')}`;

/** The SQL and parameters of an INSERT of `values` into `target`'s table, its parameters numbered from `$first` on, without RETURNING. */
function insertSql(ctx: Context, target: EntityTarget<ObjectLiteral>, values: ObjectLiteral, first: number): [string, unknown[]] {
  const [sql, parameters] = ctx.db.createQueryBuilder().insert().into(target).values(values).updateEntity(false).getQueryAndParameters();
  return [sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + first - 1}`), parameters];
}

/**
 * Inserts a complaint under the next reference of its year of receipt (`K-2026-00042`) together
 * with its first timeline entry, in one statement, and returns both as stored. The counter row is
 * incremented in the caller's transaction and stays locked until it ends, so concurrent intakes of
 * an organisation queue on it (as they do on the monitoring rollup rows the same statement's
 * triggers update); a rolled-back intake gives its number back: references are unique and gap-free.
 * Writes no audit event: the caller records them (after the promise links it adds).
 */
export async function insertNumbered(
  ctx: Context,
  year: number,
  values: DeepPartial<Complaint>,
  entry: DeepPartial<ComplaintTimelineEntry>,
): Promise<{ complaint: Complaint; entry: ComplaintTimelineEntry }> {
  const id = randomUUID();
  const organizationId = values.organizationId as string;
  const parameters: unknown[] = [organizationId, year];
  const [entrySql, entryParameters] = insertSql(ctx, ComplaintTimelineEntry, { ...entry, organizationId, complaintId: id }, parameters.length + 1);
  parameters.push(...entryParameters);
  const reference = () => `(SELECT 'K-' || n.year || '-' || lpad(n.last::text, greatest(5, length(n.last::text)), '0') FROM n)`;
  const [complaintSql, complaintParameters] = insertSql(ctx, Complaint, { ...values, id, reference }, parameters.length + 1);
  parameters.push(...complaintParameters);
  const [row]: { complaint: JsonRow; entry: JsonRow }[] = await ctx.db.query(
    `WITH n AS (
       INSERT INTO complaint_reference_counter (organization_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last = complaint_reference_counter.last + 1
       RETURNING year, last
     ), t AS (${entrySql} RETURNING *)
     ${complaintSql} RETURNING to_jsonb(complaint) AS complaint, (SELECT to_jsonb(t) FROM t) AS entry`,
    parameters,
  );
  return { complaint: fromJsonRow(ctx.db, Complaint, row.complaint), entry: fromJsonRow(ctx.db, ComplaintTimelineEntry, row.entry) };
}
