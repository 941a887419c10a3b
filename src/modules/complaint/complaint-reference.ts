import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Context } from '../../common/context';
import { Organization } from '../../common/organization.entity';

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

/**
 * The next complaint reference of an organisation for a year: `K-2026-00042`. The counter row is
 * incremented in the caller's transaction and stays locked until it ends, so concurrent intakes
 * queue on it and a rolled-back intake gives its number back: references are unique and gap-free.
 */
export async function nextComplaintReference(ctx: Context, organizationId: string, year: number): Promise<string> {
  const [{ last }]: { last: number }[] = await ctx.db.query(
    `INSERT INTO complaint_reference_counter (organization_id, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (organization_id, year) DO UPDATE SET last = complaint_reference_counter.last + 1
     RETURNING last`,
    [organizationId, year],
  );
  return formatReference(year, last);
}
