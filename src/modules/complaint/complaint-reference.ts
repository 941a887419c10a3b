import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { AuditChanges } from '../../common/audit-changes';
import { recordAudit } from '../../common/audit-trail';
import type { Context } from '../../common/context';
import { Organization } from '../../common/organization.entity';
import type { Complaint } from './complaint.entity';

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

/** The unique placeholder a complaint is inserted under until {@link numberComplaint} gives it its reference. */
export const provisionalReference = () => `K-pending-${randomUUID()}`;

/**
 * Gives a complaint inserted under a provisional reference the next reference of its year of
 * receipt (`K-2026-00042`) and records its `Complaint.received` audit event (`changes`, with the
 * reference added; written with the unit's other events as its last statement). The counter row is
 * incremented in the caller's transaction and stays locked until it ends, so concurrent intakes of
 * an organisation queue on it, but only for this statement, the audit events' and the commit; a
 * rolled-back intake gives its number back: references are unique and gap-free.
 */
export async function numberComplaint(ctx: Context, complaint: Complaint, year: number, changes: AuditChanges): Promise<string> {
  const [row]: { reference: string }[] = await ctx.db.query(
    `WITH n AS (
       INSERT INTO complaint_reference_counter (organization_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last = complaint_reference_counter.last + 1
       RETURNING last
     ), c AS (
       UPDATE complaint SET reference = 'K-' || $3 || '-' || lpad(n.last::text, greatest(5, length(n.last::text)), '0')
       FROM n WHERE complaint.id = $4 AND complaint.organization_id = $1
       RETURNING complaint.reference
     )
     SELECT reference FROM c`,
    [complaint.organizationId, year, String(year), complaint.id],
  );
  await recordAudit(ctx, complaint.organizationId, {
    action: 'Complaint.received',
    entityType: 'Complaint',
    entityId: complaint.id,
    changes: { ...changes, reference: { to: row.reference } },
  });
  return row.reference;
}
