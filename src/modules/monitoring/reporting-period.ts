import { Field, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { DateTime } from 'luxon';
import { LRUCache } from 'lru-cache';
import { BadUserInputError } from '../../common/errors';
import { formatLocalDate, parseLocalDate } from '../../common/local-date';

/** Calendar days reported on, both included, in the organisation's time zone. */
@ObjectType('ReportingPeriod', {
  description: "Calendar days reported on, both included, in the organisation's time zone.",
})
@InputType('PeriodInput', {
  description: "Calendar days to report on, both included, in the organisation's time zone.",
})
export class Period {
  @Field(() => LocalDateResolver, { description: 'First day.' })
  from: string;

  @Field(() => LocalDateResolver, { description: 'Last day (included).' })
  to: string;
}

/** A period and the instants that bound it: `start` inclusive, `end` exclusive (the start of the day after `to`). */
export interface PeriodBounds extends Period {
  start: Date;
  end: Date;
}

/** Months a status looks back over when no period is given. */
export const DEFAULT_PERIOD_MONTHS = 12;

/**
 * The instants of periods already bounded, by days and time zone: a pure function of them (the
 * process's time-zone rules do not change while it runs), and working them out through the zone's
 * offsets took a twentieth of an analysis's CPU.
 */
const boundsCache = new LRUCache<string, { start: number; end: number }>({ max: 1000 });

function bounds(period: Period, timezone: string): PeriodBounds {
  const key = `${period.from}|${period.to}|${timezone}`;
  let instants = boundsCache.get(key);
  if (!instants) {
    instants = {
      start: DateTime.fromISO(period.from, { zone: timezone }).startOf('day').toMillis(),
      end: DateTime.fromISO(period.to, { zone: timezone }).plus({ days: 1 }).startOf('day').toMillis(),
    };
    boundsCache.set(key, instants);
  }
  return { from: period.from, to: period.to, start: new Date(instants.start), end: new Date(instants.end) };
}

/**
 * The period asked for, or by default the last {@link DEFAULT_PERIOD_MONTHS} months up to and
 * including `today` (from the day after the same date a year ago). BAD_USER_INPUT naming
 * `period.to` when it ends before it starts.
 */
export function reportingPeriod(period: Period | null | undefined, today: string, timezone: string): PeriodBounds {
  if (!period) {
    const from = formatLocalDate(parseLocalDate(today).minus({ months: DEFAULT_PERIOD_MONTHS }).plus({ days: 1 }));
    return bounds({ from, to: today }, timezone);
  }
  if (period.to < period.from) throw BadUserInputError.field('period.to', 'must not be before period.from');
  return bounds(period, timezone);
}

/** A calendar year in the organisation's time zone. */
export function calendarYear(year: number, timezone: string): PeriodBounds {
  return bounds({ from: `${year}-01-01`, to: `${year}-12-31` }, timezone);
}
