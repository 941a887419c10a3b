import { KpiFrequency, isPeriod, latestExpectedPeriod, periodContaining, periodsBetween, shiftPeriod } from '../../src/modules/kpi/kpi-period';
import { KpiDirection, KpiStatus, KpiTrend, assessValue, kpiStatus, kpiTrend, type MeasuredValue } from '../../src/modules/kpi/kpi-status';
import { KpiUnit, unitProblem } from '../../src/modules/kpi/kpi-unit';

const higher = { direction: KpiDirection.HIGHER_IS_BETTER, target: 90, threshold: 80 };
const lower = { direction: KpiDirection.LOWER_IS_BETTER, target: 4, threshold: 6 };
const monthly = (values: [string, number][]): MeasuredValue[] =>
  values.map(([month, value]) => ({ ...periodAsMeasured(periodContaining(KpiFrequency.MONTHLY, `${month}-01`)), value }));
const periodAsMeasured = (p: { start: string; end: string }) => ({ periodStart: p.start, periodEnd: p.end });

describe('KPI periods', () => {
  it.each([
    [KpiFrequency.WEEKLY, '2026-03-15', '2026-03-09', '2026-03-15'],
    [KpiFrequency.MONTHLY, '2024-02-10', '2024-02-01', '2024-02-29'],
    [KpiFrequency.QUARTERLY, '2026-08-31', '2026-07-01', '2026-09-30'],
    [KpiFrequency.HALF_YEARLY, '2026-06-30', '2026-01-01', '2026-06-30'],
    [KpiFrequency.HALF_YEARLY, '2026-07-01', '2026-07-01', '2026-12-31'],
    [KpiFrequency.YEARLY, '2026-12-31', '2026-01-01', '2026-12-31'],
  ])('a %s period containing %s runs from %s to %s', (frequency, day, start, end) => {
    expect(periodContaining(frequency, day)).toEqual({ start, end });
    expect(isPeriod(frequency, { start, end })).toBe(true);
  });

  it('expects the most recent period that ended before today', () => {
    expect(latestExpectedPeriod(KpiFrequency.MONTHLY, '2026-03-15')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(latestExpectedPeriod(KpiFrequency.MONTHLY, '2026-03-01')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(latestExpectedPeriod(KpiFrequency.MONTHLY, '2026-03-31')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(latestExpectedPeriod(KpiFrequency.QUARTERLY, '2026-02-10')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(latestExpectedPeriod(KpiFrequency.YEARLY, '2026-01-01')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(latestExpectedPeriod(KpiFrequency.WEEKLY, '2026-01-01')).toEqual({ start: '2025-12-22', end: '2025-12-28' });
  });

  it('refuses spans that are not exactly one period', () => {
    expect(isPeriod(KpiFrequency.MONTHLY, { start: '2026-02-01', end: '2026-02-27' })).toBe(false);
    expect(isPeriod(KpiFrequency.MONTHLY, { start: '2026-02-02', end: '2026-03-01' })).toBe(false);
    expect(isPeriod(KpiFrequency.QUARTERLY, { start: '2026-02-01', end: '2026-04-30' })).toBe(false);
  });

  it('shifts and counts periods across year ends', () => {
    const q4 = periodContaining(KpiFrequency.QUARTERLY, '2025-11-11');
    expect(shiftPeriod(KpiFrequency.QUARTERLY, q4, 1)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(shiftPeriod(KpiFrequency.MONTHLY, periodContaining(KpiFrequency.MONTHLY, '2026-01-31'), -2)).toEqual({ start: '2025-11-01', end: '2025-11-30' });
    expect(periodsBetween(KpiFrequency.QUARTERLY, q4, shiftPeriod(KpiFrequency.QUARTERLY, q4, 5))).toBe(5);
    expect(periodsBetween(KpiFrequency.WEEKLY, periodContaining(KpiFrequency.WEEKLY, '2025-12-29'), periodContaining(KpiFrequency.WEEKLY, '2026-01-12'))).toBe(2);
  });
});

describe('KPI status', () => {
  it.each([
    [95, KpiStatus.ON_TRACK],
    [90, KpiStatus.ON_TRACK],
    [89.9, KpiStatus.AT_RISK],
    [80, KpiStatus.AT_RISK],
    [79.9, KpiStatus.OFF_TRACK],
  ])('higher is better (target 90, threshold 80): %d is %s', (value, status) => {
    expect(assessValue(higher, value)).toBe(status);
  });

  it.each([
    [3, KpiStatus.ON_TRACK],
    [4, KpiStatus.ON_TRACK],
    [4.1, KpiStatus.AT_RISK],
    [6, KpiStatus.AT_RISK],
    [6.1, KpiStatus.OFF_TRACK],
  ])('lower is better mirrors it (target 4, threshold 6): %d is %s', (value, status) => {
    expect(assessValue(lower, value)).toBe(status);
  });

  it('has no at-risk band when threshold and target coincide', () => {
    const strict = { direction: KpiDirection.HIGHER_IS_BETTER, target: 100, threshold: 100 };
    expect(assessValue(strict, 100)).toBe(KpiStatus.ON_TRACK);
    expect(assessValue(strict, 99.99)).toBe(KpiStatus.OFF_TRACK);
  });

  const kpi = { ...higher, frequency: KpiFrequency.MONTHLY };
  it('assesses the measurement of the latest expected period', () => {
    const [february] = monthly([['2026-02', 85]]);
    expect(kpiStatus(kpi, february, '2026-03-15')).toBe(KpiStatus.AT_RISK);
  });

  it('is NO_DATA without measurements, or when the latest expected period has none', () => {
    const [january] = monthly([['2026-01', 95]]);
    expect(kpiStatus(kpi, null, '2026-03-15')).toBe(KpiStatus.NO_DATA);
    expect(kpiStatus(kpi, january, '2026-02-28')).toBe(KpiStatus.ON_TRACK);
    expect(kpiStatus(kpi, january, '2026-03-01')).toBe(KpiStatus.NO_DATA);
  });

  it('uses a measurement of the period ending today', () => {
    const [march] = monthly([['2026-03', 70]]);
    expect(kpiStatus(kpi, march, '2026-03-31')).toBe(KpiStatus.OFF_TRACK);
  });
});

describe('KPI trend', () => {
  const today = '2026-07-10'; // latest expected period: June 2026
  const kpiHigher = { ...higher, frequency: KpiFrequency.MONTHLY }; // at-risk band 10: tolerance 1
  const kpiLower = { ...lower, frequency: KpiFrequency.MONTHLY }; // at-risk band 2: tolerance 0.2

  it('is IMPROVING when a higher-is-better KPI rises beyond the tolerance', () => {
    expect(kpiTrend(kpiHigher, monthly([['2026-04', 80], ['2026-05', 84], ['2026-06', 88]]), today, 3)).toBe(KpiTrend.IMPROVING);
  });

  it('is WORSENING when a lower-is-better KPI rises (the mirror)', () => {
    expect(kpiTrend(kpiLower, monthly([['2026-04', 4], ['2026-05', 5], ['2026-06', 6]]), today, 3)).toBe(KpiTrend.WORSENING);
    expect(kpiTrend(kpiLower, monthly([['2026-04', 6], ['2026-05', 5], ['2026-06', 4]]), today, 3)).toBe(KpiTrend.IMPROVING);
  });

  it('is STABLE when the fitted change stays within a tenth of the at-risk band', () => {
    expect(kpiTrend(kpiHigher, monthly([['2026-04', 85], ['2026-05', 85], ['2026-06', 85]]), today, 3)).toBe(KpiTrend.STABLE);
    expect(kpiTrend(kpiHigher, monthly([['2026-04', 85], ['2026-05', 86.5], ['2026-06', 85.9]]), today, 3)).toBe(KpiTrend.STABLE);
    expect(kpiTrend(kpiHigher, monthly([['2026-04', 85], ['2026-05', 85], ['2026-06', 85.9]]), today, 3)).toBe(KpiTrend.STABLE);
  });

  it('fits all points, so one dip does not turn a rise into a fall', () => {
    expect(kpiTrend(kpiHigher, monthly([['2026-01', 70], ['2026-02', 74], ['2026-03', 78], ['2026-04', 82], ['2026-05', 79], ['2026-06', 86]]), today, 6)).toBe(KpiTrend.IMPROVING);
  });

  it('places values by period, so a missing month leaves a gap', () => {
    // April 80 and June 84: a rise of 4 over the window, whether May is measured or not.
    expect(kpiTrend(kpiHigher, monthly([['2026-04', 80], ['2026-06', 84]]), today, 3)).toBe(KpiTrend.IMPROVING);
  });

  it('looks only at the last periods of the window', () => {
    const values = monthly([['2026-01', 99], ['2026-02', 99], ['2026-05', 85], ['2026-06', 85]]);
    expect(kpiTrend(kpiHigher, values, today, 2)).toBe(KpiTrend.STABLE);
    expect(kpiTrend(kpiHigher, values, today, 6)).toBe(KpiTrend.WORSENING);
  });

  it('is null with fewer than two measurements in the window', () => {
    expect(kpiTrend(kpiHigher, [], today, 3)).toBeNull();
    expect(kpiTrend(kpiHigher, monthly([['2026-06', 90]]), today, 3)).toBeNull();
    expect(kpiTrend(kpiHigher, monthly([['2026-01', 60], ['2026-06', 90]]), today, 3)).toBeNull();
  });

  it('includes a period that ended today', () => {
    expect(kpiTrend(kpiHigher, monthly([['2026-06', 80], ['2026-07', 90]]), '2026-07-31', 3)).toBe(KpiTrend.IMPROVING);
  });
});

describe('KPI units', () => {
  it.each([
    [KpiUnit.PERCENT, 100, null],
    [KpiUnit.PERCENT, 100.1, 'must be at most 100 for PERCENT'],
    [KpiUnit.PERCENT, -1, 'must be at least 0 for PERCENT'],
    [KpiUnit.COUNT, 3, null],
    [KpiUnit.COUNT, 2.5, 'must be a whole number for COUNT'],
    [KpiUnit.WORKING_DAYS, -0.5, 'must be at least 0 for WORKING_DAYS'],
    [KpiUnit.SCORE, -40, null],
    [KpiUnit.EUR, -1200.5, null],
    [KpiUnit.RATIO, Number.NaN, 'must be a finite number'],
    [KpiUnit.SCORE, Number.POSITIVE_INFINITY, 'must be a finite number'],
  ])('%s %d: %s', (unit, value, problem) => {
    expect(unitProblem(unit, value)).toBe(problem);
  });
});
