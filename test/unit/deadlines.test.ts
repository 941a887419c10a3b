import { DateTime } from 'luxon';
import { DEADLINE_HORIZON_DAYS, MAX_DEADLINE_DAYS, deadline, isWorkingDay, nonWorkingReason, publicHolidays, type WorkingCalendar } from '../../src/common/deadlines';
import { todayIn } from '../../src/common/local-date';
import { DeadlineUnit } from '../../src/common/organization.entity';

const NL: WorkingCalendar = { timeZone: 'Europe/Amsterdam', holidayCountry: 'NL', closureDays: new Set() };
const NO: WorkingCalendar = { timeZone: 'Europe/Oslo', holidayCountry: 'NO', closureDays: new Set() };
const WORKING = (within: number) => ({ within, unit: DeadlineUnit.WORKING_DAYS });
const CALENDAR = (within: number) => ({ within, unit: DeadlineUnit.CALENDAR_DAYS });

/** The receipt as a local time in the calendar's zone, e.g. `2026-01-12T10:00`. */
const received = (local: string, calendar: WorkingCalendar = NL) => DateTime.fromISO(local, { zone: calendar.timeZone }).toJSDate();
/** The deadline as local time with offset, e.g. `2026-01-16T23:59:59.999+01:00`. */
const local = (due: Date, calendar: WorkingCalendar = NL) => DateTime.fromJSDate(due, { zone: calendar.timeZone }).toISO();

describe('working-day deadlines (4 working days, the default acknowledgement rule)', () => {
  it('starts counting on the day after receipt and ends at the end of the fourth working day', () => {
    expect(local(deadline(received('2026-01-12T10:00'), WORKING(4), NL))).toBe('2026-01-16T23:59:59.999+01:00');
  });

  it('does not count the day of receipt even when the complaint arrives at 00:01', () => {
    expect(local(deadline(received('2026-01-12T00:01'), WORKING(1), NL))).toBe('2026-01-13T23:59:59.999+01:00');
  });

  it('counts a receipt late on Friday evening from Monday', () => {
    expect(local(deadline(received('2026-01-09T23:55'), WORKING(4), NL))).toBe('2026-01-15T23:59:59.999+01:00');
    expect(local(deadline(received('2026-01-10T11:00'), WORKING(4), NL))).toBe('2026-01-15T23:59:59.999+01:00');
  });

  it('uses the local day of receipt, not the UTC day (Monday 00:30 in Amsterdam is still Sunday in UTC)', () => {
    const mondayJustAfterMidnight = new Date('2026-01-11T23:30:00Z');
    expect(local(deadline(mondayJustAfterMidnight, WORKING(4), NL))).toBe('2026-01-16T23:59:59.999+01:00');
  });

  it('skips Easter Monday (and counts Good Friday, a working day in the Netherlands)', () => {
    expect(nonWorkingReason('2026-04-03', NL)).toBeNull();
    expect(local(deadline(received('2026-04-02T10:00'), WORKING(4), NL))).toBe('2026-04-09T23:59:59.999+02:00');
  });

  it("skips King's Day on 27 April", () => {
    expect(nonWorkingReason('2026-04-27', NL)).toBe('Koningsdag');
    expect(local(deadline(received('2026-04-24T10:00'), WORKING(4), NL))).toBe('2026-05-01T23:59:59.999+02:00');
  });

  it("moves King's Day to Saturday 26 April when the 27th is a Sunday", () => {
    expect(publicHolidays('NL', 2025).get('2025-04-26')).toBe('Koningsdag');
    expect(publicHolidays('NL', 2025).has('2025-04-27')).toBe(false);
  });

  it('skips Ascension Day', () => {
    expect(nonWorkingReason('2026-05-14', NL)).toBe('Hemelvaartsdag');
    expect(local(deadline(received('2026-05-11T10:00'), WORKING(4), NL))).toBe('2026-05-18T23:59:59.999+02:00');
  });

  it('skips Whit Monday', () => {
    expect(local(deadline(received('2026-05-22T10:00'), WORKING(4), NL))).toBe('2026-05-29T23:59:59.999+02:00');
  });

  it("skips Christmas, Boxing Day and New Year's Day across the turn of the year", () => {
    expect(isWorkingDay('2025-12-25', NL)).toBe(false);
    expect(isWorkingDay('2025-12-26', NL)).toBe(false);
    expect(isWorkingDay('2026-01-01', NL)).toBe(false);
    expect(local(deadline(received('2025-12-24T10:00'), WORKING(4), NL))).toBe('2026-01-02T23:59:59.999+01:00');
  });

  it('keeps the deadline at local midnight across the spring daylight-saving change', () => {
    const due = deadline(received('2026-03-27T10:00'), WORKING(4), NL);
    expect(local(due)).toBe('2026-04-02T23:59:59.999+02:00');
    expect(due.toISOString()).toBe('2026-04-02T21:59:59.999Z');
    // Received in the night of the change itself (01:30 winter time).
    expect(deadline(new Date('2026-03-29T00:30:00Z'), WORKING(4), NL).toISOString()).toBe('2026-04-02T21:59:59.999Z');
  });

  it('keeps the deadline at local midnight across the autumn daylight-saving change', () => {
    const due = deadline(received('2026-10-23T10:00'), WORKING(4), NL);
    expect(local(due)).toBe('2026-10-29T23:59:59.999+01:00');
    expect(due.toISOString()).toBe('2026-10-29T22:59:59.999Z');
  });

  it("skips the organisation's own closure days", () => {
    const closedOnFriday: WorkingCalendar = { ...NL, closureDays: new Set(['2026-01-16']) };
    expect(nonWorkingReason('2026-01-16', closedOnFriday)).toBe('closure day');
    expect(local(deadline(received('2026-01-12T10:00'), WORKING(4), closedOnFriday))).toBe('2026-01-19T23:59:59.999+01:00');
  });

  it('skips 17 May and the Norwegian holidays in Norway, not in the Netherlands', () => {
    expect(nonWorkingReason('2029-05-17', NO)).toBe('Grunnlovsdagen');
    // Oslo: Wed 16, (Thu 17 May), Fri 18, (Whit Monday 21), Tue 22, Wed 23.
    expect(local(deadline(received('2029-05-15T10:00', NO), WORKING(4), NO), NO)).toBe('2029-05-23T23:59:59.999+02:00');
    // Amsterdam: Wed 16, Thu 17, Fri 18, (Whit Monday 21), Tue 22.
    expect(local(deadline(received('2029-05-15T10:00'), WORKING(4), NL))).toBe('2029-05-22T23:59:59.999+02:00');
  });

  it('skips Maundy Thursday and Good Friday in Norway', () => {
    expect(local(deadline(received('2026-04-01T10:00', NO), WORKING(1), NO), NO)).toBe('2026-04-07T23:59:59.999+02:00');
  });
});

describe('calendar-day deadlines (14 calendar days, the default resolution rule)', () => {
  it('counts every day, weekends and holidays included, from the day after receipt', () => {
    expect(local(deadline(received('2026-01-12T10:00'), CALENDAR(14), NL))).toBe('2026-01-26T23:59:59.999+01:00');
    expect(local(deadline(received('2025-12-11T16:00'), CALENDAR(14), NL))).toBe('2025-12-25T23:59:59.999+01:00');
  });

  it('ends at local midnight across both daylight-saving changes', () => {
    expect(deadline(received('2026-03-20T10:00'), CALENDAR(14), NL).toISOString()).toBe('2026-04-03T21:59:59.999Z');
    expect(deadline(received('2026-10-20T10:00'), CALENDAR(14), NL).toISOString()).toBe('2026-11-03T22:59:59.999Z');
  });
});

describe('calendar guards', () => {
  it('counts a stored rule outside the policy bounds as the nearest bound, without counting for long', () => {
    const at = received('2026-01-12T10:00');
    expect(deadline(at, WORKING(0), NL)).toEqual(deadline(at, WORKING(1), NL));
    expect(deadline(at, WORKING(-1), NL)).toEqual(deadline(at, WORKING(1), NL));
    expect(deadline(at, WORKING(100_000), NL)).toEqual(deadline(at, WORKING(MAX_DEADLINE_DAYS.WORKING_DAYS), NL));
    expect(deadline(at, CALENDAR(100_000), NL)).toEqual(deadline(at, CALENDAR(MAX_DEADLINE_DAYS.CALENDAR_DAYS), NL));
    expect(deadline(at, WORKING(Number.NaN), NL)).toEqual(deadline(at, WORKING(1), NL));
  });

  it('ends the count at the horizon when closure days fill the calendar', () => {
    const closed = new Set(Array.from({ length: 3 * 366 }, (_, i) => DateTime.fromISO('2026-01-13').plus({ days: i }).toISODate()!));
    const due = deadline(received('2026-01-12T10:00'), WORKING(5), { ...NL, closureDays: closed });
    expect(local(due)!.slice(0, 10)).toBe(DateTime.fromISO('2026-01-12').plus({ days: DEADLINE_HORIZON_DAYS }).toISODate());
  });

  it('refuses an unknown time zone', () => {
    expect(() => deadline(new Date(), WORKING(4), { ...NL, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it("tells today's date in the organisation's time zone", () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-01-11T23:30:00Z'))).toBe('2026-01-12');
    expect(todayIn('Europe/Amsterdam', new Date('2026-01-11T22:30:00Z'))).toBe('2026-01-11');
  });
});
