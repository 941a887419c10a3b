import { DateTime } from 'luxon';
import Holidays from 'date-holidays';
import { DeadlineUnit } from './organization.entity';

/**
 * The days an organisation works on: every day except Saturdays, Sundays, the public holidays of
 * its country (from the maintained `date-holidays` library, holidays of type `public` only: NL
 * Good Friday and Liberation Day are not general days off, Norway's Christmas Eve is a bank
 * holiday) and the organisation's own closure days. Days are counted in `timeZone`.
 */
export interface WorkingCalendar {
  /** IANA time zone, e.g. `Europe/Amsterdam`. */
  timeZone: string;
  /** ISO 3166 country of the public holidays, e.g. `NL` or `NO`. */
  holidayCountry: string;
  /** The organisation's own closure days, as `YYYY-MM-DD`. */
  closureDays: ReadonlySet<string>;
}

/**
 * The longest deadline a complaint policy may set, per unit: beyond these a "deadline" is no
 * commitment, and the working-day count stays a few hundred steps at most.
 */
export const MAX_DEADLINE_DAYS: Readonly<Record<DeadlineUnit, number>> = {
  [DeadlineUnit.WORKING_DAYS]: 90,
  [DeadlineUnit.CALENDAR_DAYS]: 365,
};

/** No deadline lies further than this after receipt, however many closure days there are. */
export const DEADLINE_HORIZON_DAYS = 2 * 366;

/** A deadline rule: so many working or calendar days. */
export interface DeadlineRule {
  within: number;
  unit: DeadlineUnit;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const calendars = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<string, string>>();

/** The public holidays of a country in a year: `YYYY-MM-DD` → local name. Reference data, cached. */
export function publicHolidays(country: string, year: number): ReadonlyMap<string, string> {
  const cacheKey = `${country}:${year}`;
  let days = holidaysByYear.get(cacheKey);
  if (!days) {
    let calendar = calendars.get(country);
    if (!calendar) {
      calendar = new Holidays(country);
      calendars.set(country, calendar);
    }
    const list = calendar.getHolidays(year) || [];
    days = new Map(list.filter((h) => h.type === 'public').map((h) => [h.date.slice(0, 10), h.name]));
    holidaysByYear.set(cacheKey, days);
  }
  return days;
}

/** Why a day (`YYYY-MM-DD`) is not a working day, or null when it is one. */
export function nonWorkingReason(date: string, calendar: WorkingCalendar): string | null {
  const day = ISO_DATE.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return 'weekend';
  const holiday = publicHolidays(calendar.holidayCountry, day.getUTCFullYear()).get(date);
  if (holiday) return holiday;
  if (calendar.closureDays.has(date)) return 'closure day';
  return null;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return nonWorkingReason(date, calendar) === null;
}

/**
 * When a step is due, counted from the moment a complaint was received.
 *
 * The day of receipt never counts: day 1 is the first working day (or, for CALENDAR_DAYS, the
 * first calendar day) after the local day of receipt, whatever the hour of receipt, and the
 * deadline is the end of day N (23:59:59.999 local time, so daylight-saving changes move the
 * instant, not the local time). A complaint received on a Saturday therefore has Monday as day 1,
 * exactly like one received on Friday evening. Calendar days count every day, weekends and
 * holidays included.
 *
 * A rule outside 1 to {@link MAX_DEADLINE_DAYS} (only a row written before the policy was
 * bounded can hold one) counts as the nearest bound, so no stored value makes an intake fail or
 * count for seconds.
 */
export function deadline(receivedAt: Date, rule: DeadlineRule, calendar: WorkingCalendar): Date {
  const max = MAX_DEADLINE_DAYS[rule.unit] ?? MAX_DEADLINE_DAYS[DeadlineUnit.CALENDAR_DAYS];
  const within = Number.isFinite(rule.within) ? Math.min(Math.max(Math.trunc(rule.within), 1), max) : 1;
  const local = DateTime.fromJSDate(receivedAt, { zone: calendar.timeZone });
  if (!local.isValid) throw new RangeError(`Unknown time zone: ${calendar.timeZone}`);
  // Days are counted on the calendar alone (UTC dates, no time zone arithmetic per day); only the
  // last day's end is placed in the organisation's time zone.
  const receiptDay = Date.UTC(local.year, local.month - 1, local.day);
  let day = receiptDay;
  if (rule.unit !== DeadlineUnit.WORKING_DAYS) {
    day = receiptDay + within * DAY_MS;
  } else {
    // Closure days are the organisation's to add: a calendar closed for years ends the count at
    // the horizon rather than walking on.
    const horizon = receiptDay + DEADLINE_HORIZON_DAYS * DAY_MS;
    for (let counted = 0; counted < within && day < horizon; ) {
      day += DAY_MS;
      if (isWorkingDay(new Date(day).toISOString().slice(0, 10), calendar)) counted += 1;
    }
  }
  const last = new Date(day);
  // The day's last millisecond, written out (endOf('day') would place the instant in the zone three times).
  const end = { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate(), hour: 23, minute: 59, second: 59, millisecond: 999 };
  return DateTime.fromObject(end, { zone: calendar.timeZone }).toJSDate();
}
