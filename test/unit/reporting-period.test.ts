import { calendarYear, reportingPeriod } from '../../src/modules/monitoring/reporting-period';
import { BadUserInputError } from '../../src/common/errors';

describe('reporting period', () => {
  it('defaults to the twelve months up to and including today', () => {
    expect(reportingPeriod(null, '2026-11-22', 'Europe/Amsterdam')).toMatchObject({ from: '2025-11-23', to: '2026-11-22' });
    expect(reportingPeriod(undefined, '2024-02-29', 'Europe/Amsterdam')).toMatchObject({ from: '2023-03-01', to: '2024-02-29' });
  });

  it("bounds the days by local midnight in the organisation's time zone, the last day included", () => {
    const period = reportingPeriod({ from: '2025-03-30', to: '2025-03-30' }, '2026-01-01', 'Europe/Amsterdam');
    // The day daylight saving time starts lasts 23 hours.
    expect(period.start.toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(period.end.toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(reportingPeriod({ from: '2025-01-01', to: '2025-01-31' }, '2026-01-01', 'Europe/Oslo').end.toISOString()).toBe('2025-01-31T23:00:00.000Z');
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => reportingPeriod({ from: '2025-02-01', to: '2025-01-31' }, '2026-01-01', 'UTC')).toThrow(BadUserInputError);
  });

  it('makes a calendar year in a time zone', () => {
    const year = calendarYear(2025, 'Europe/Amsterdam');
    expect(year).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(year.start.toISOString()).toBe('2024-12-31T23:00:00.000Z');
    expect(year.end.toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });
});
