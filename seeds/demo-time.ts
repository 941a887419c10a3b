import { DateTime } from 'luxon';
import { addDays, todayIn } from '../src/common/local-date';

/**
 * "Now" for the demo history: every date of the demo is placed relative to the day it is loaded,
 * in the organisation's time zone, so the demo always shows the last 18 months.
 */
export class DemoTime {
  readonly today: string;

  constructor(
    readonly now: Date,
    readonly timeZone: string,
  ) {
    this.today = todayIn(timeZone, now);
  }

  /** The day `days` days before today. */
  daysAgo(days: number): string {
    return addDays(this.today, -days);
  }

  /** The day `months` months before today (the last day of a shorter month when needed). */
  monthsAgo(months: number): string {
    return DateTime.fromISO(this.today, { zone: 'utc' }).minus({ months }).toISODate()!;
  }

  /** The instant of a local time on a day. */
  at(day: string, hour: number, minute = 0): Date {
    const [year, month, date] = day.split('-').map(Number);
    return DateTime.fromObject({ year, month, day: date, hour, minute }, { zone: this.timeZone }).toJSDate();
  }

  /** The local day of an instant. */
  dayOf(instant: Date): string {
    return todayIn(this.timeZone, instant);
  }

  /** The instant `days` (fractional) days after another. */
  static plusDays(instant: Date, days: number): Date {
    return new Date(instant.getTime() + days * 86_400_000);
  }
}
