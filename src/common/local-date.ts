import { DateTime } from 'luxon';
import { registerLoaders, type Context } from './context';
import { currentOrganization } from './tenancy';

/**
 * Calendar days (`LocalDate`, `YYYY-MM-DD`) and the organisation's "today". Calendar arithmetic
 * runs in UTC so that a day is always a day, whatever the server's zone.
 */

/** Today's date in an IANA time zone. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone(timezone).toISODate()!;
}

/** Today in the caller's organisation's time zone: one date for the whole request. */
export function organizationToday(ctx: Context): Promise<string> {
  return ctx.loaders.calendar.today();
}

declare module './context' {
  interface LoaderGroups {
    calendar: { today(): Promise<string> };
  }
}

registerLoaders({
  calendar: (ctx) => {
    let today: Promise<string> | undefined;
    return { today: () => (today ??= currentOrganization(ctx).then((org) => todayIn(org.timezone))) };
  },
});

export function parseLocalDate(date: string): DateTime {
  return DateTime.fromISO(date, { zone: 'utc' });
}

export function formatLocalDate(date: DateTime): string {
  return date.toISODate()!;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return formatLocalDate(parseLocalDate(date).plus({ days }));
}
