import { MoreThan } from 'typeorm';
import { DateTime } from 'luxon';
import type { Context } from '../../common/context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { scoped, scopedTo } from '../../common/tenancy';
import type { WorkingCalendar } from '../../common/deadlines';
import { Organization } from '../../common/organization.entity';
import { fromJsonRow, type JsonRow } from '../../common/json-rows';
import { ClosureDay } from './closure-day.entity';
import type { AddClosureDayInput, ClosureDaysArgs } from './complaint.dto';

/** The organisation's own closure days, and the working calendar complaint deadlines are counted in. */
export class ClosureDayService {
  static list(ctx: Context, args: ClosureDaysArgs): Promise<ConnectionResult<ClosureDay>> {
    if (args.from && args.to && args.to < args.from) throw BadUserInputError.field('to', 'must not be before from');
    const qb = scoped(ctx, ClosureDay).query('d');
    if (args.from) qb.andWhere('d.date >= :from', { from: args.from });
    if (args.to) qb.andWhere('d.date <= :to', { to: args.to });
    return paginate(qb, args, { column: 'd.date', property: 'date', direction: 'ASC' });
  }

  /** Adds a closure day (CONFLICT naming `date` when that day is already closed). */
  static add(ctx: Context, input: AddClosureDayInput): Promise<ClosureDay> {
    return scoped(ctx, ClosureDay).insert({ date: input.date, reason: input.reason.trim() });
  }

  /**
   * Removes the closure day on `date` and returns it; NOT_FOUND naming `date` when there is none,
   * CONFLICT when it changed since `expectedVersion`.
   */
  static async remove(ctx: Context, date: string, expectedVersion: number): Promise<ClosureDay> {
    const days = scoped(ctx, ClosureDay);
    const day = await days.findOne({ date });
    if (!day) throw new NotFoundError('ClosureDay', date, 'date');
    await days.delete(day, { expectedVersion });
    return day;
  }

  /**
   * The working calendar of an organisation for a complaint received at `receivedAt`: its time
   * zone, its holiday country and its closure days after the day of receipt. `known`: closure days
   * already read with the organisation ({@link ClosureDayService.organizationBySlug}), at least
   * those after the day of receipt; otherwise they are read here.
   */
  static async calendar(ctx: Context, organization: Organization, receivedAt: Date, known?: readonly string[]): Promise<WorkingCalendar> {
    const receiptDay = DateTime.fromJSDate(receivedAt, { zone: organization.timezone }).toISODate()!;
    const closures = known ?? (await scopedTo(ctx, ClosureDay, organization.id).find({ where: { date: MoreThan(receiptDay) }, select: { date: true } })).map((d) => d.date);
    return { timeZone: organization.timezone, holidayCountry: organization.holidayCountry, closureDays: new Set(closures.filter((day) => day > receiptDay)) };
  }

  /**
   * The organisation named by `slug` (NOT_FOUND naming `organizationSlug`) with its closure days
   * from yesterday on in its time zone (so that they cover any complaint received now), in one
   * statement: for the public form, which counts deadlines from now.
   */
  static async organizationBySlug(ctx: Context, slug: string): Promise<{ organization: Organization; closureDays: string[] }> {
    const [row]: { organization: JsonRow; closure_days: string[] }[] = await ctx.db.query(
      `SELECT to_jsonb(o) AS organization,
              ARRAY(SELECT d.date::text FROM closure_day d WHERE d.organization_id = o.id AND d.date >= (now() AT TIME ZONE o.timezone)::date - 1 ORDER BY d.date) AS closure_days
         FROM organization o WHERE o.slug = $1`,
      [slug],
    );
    if (!row) throw new NotFoundError('Organization', slug, 'organizationSlug');
    return { organization: fromJsonRow(ctx.db, Organization, row.organization), closureDays: row.closure_days };
  }
}
