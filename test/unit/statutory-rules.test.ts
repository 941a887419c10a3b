import { DeadlineUnit, StatutoryRulePack } from '../../src/common/organization.entity';
import { RULE_PACKS, anonymisableFrom, maxExtension, policyViolations, termComplies } from '../../src/common/statutory-rules';
import { workingDaysBetween } from '../../src/modules/complaint/complaint.service';
import { isPastWorkingDeadline } from '../../src/modules/complaint/complaint-lifecycle';

const { WORKING_DAYS: WD, CALENDAR_DAYS: CD } = DeadlineUnit;
const policy = (acknowledgeWithin: number, acknowledgeUnit = WD, resolveWithin = 14, resolveUnit = CD) => ({ acknowledgeWithin, acknowledgeUnit, resolveWithin, resolveUnit });

describe('statutory rule packs', () => {
  it('cite a source for every rule they set', () => {
    for (const pack of Object.values(RULE_PACKS)) {
      for (const rule of [pack.acknowledgement, pack.resolution, pack.disputesBody, pack.retention, pack.maxExtension]) {
        if (rule) expect(rule.source).toEqual({ law: expect.any(String), article: rule.source.article, url: expect.stringMatching(/^https:\/\//) });
      }
    }
  });

  it('the Wki: written acknowledgement within 2 working days, a disputes body, files kept 2 years after closing (Bki art. 5.1(4))', () => {
    const wki = RULE_PACKS[StatutoryRulePack.NL_WKI];
    expect(wki.acknowledgement).toMatchObject({ within: 2, unit: WD });
    expect(wki.disputesBody?.required).toBe(true);
    expect(wki.retention).toMatchObject({ years: 2, source: { article: 'art. 5.1(4)' } });
    expect(RULE_PACKS[StatutoryRulePack.NONE]).toMatchObject({ acknowledgement: null, resolution: null, retention: null });
    // The reference states no Norwegian terms: the pack invents none.
    expect(RULE_PACKS[StatutoryRulePack.NO_INKASSO]).toMatchObject({ acknowledgement: null, retention: null, disputesBody: { required: false } });
  });

  it('a term complies when it is at least as strict as the rule', () => {
    expect(termComplies(2, WD, { within: 2, unit: WD })).toBe(true);
    expect(termComplies(1, WD, { within: 2, unit: WD })).toBe(true);
    expect(termComplies(3, WD, { within: 2, unit: WD })).toBe(false);
    // A calendar day never ends after a working day.
    expect(termComplies(2, CD, { within: 2, unit: WD })).toBe(true);
    expect(termComplies(3, CD, { within: 2, unit: WD })).toBe(false);
    // A working day counts as 7/5 calendar days against a calendar-day rule.
    expect(termComplies(10, WD, { within: 14, unit: CD })).toBe(true);
    expect(termComplies(11, WD, { within: 14, unit: CD })).toBe(false);
  });

  it('lists what a policy violates, with rule, field, source, current and required value', () => {
    expect(policyViolations(StatutoryRulePack.NL_WKI, policy(4))).toEqual([
      {
        rule: 'NL_WKI.acknowledgement',
        field: 'complaintPolicy.acknowledgeWithin',
        description: 'Receipt of a complaint must be confirmed in writing within at most 2 working days',
        source: RULE_PACKS.NL_WKI.acknowledgement!.source,
        currentValue: '4 working days',
        requiredValue: 'at most 2 working days',
      },
    ]);
    expect(policyViolations(StatutoryRulePack.NL_WKI, policy(2))).toEqual([]);
    expect(policyViolations(StatutoryRulePack.NONE, policy(60))).toEqual([]);
  });

  it('allows anonymisation from the end of the retention period, in the organisation’s time zone', () => {
    const closed = new Date('2024-02-29T12:00:00.000Z');
    expect(anonymisableFrom(StatutoryRulePack.NL_WKI, closed, 'Europe/Amsterdam').toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(anonymisableFrom(StatutoryRulePack.NONE, closed, 'Europe/Amsterdam')).toEqual(closed);
  });

  it('bounds extensions by the pack, or by one further resolution term where the law sets none', () => {
    expect(maxExtension(StatutoryRulePack.NL_WKI, policy(2, WD, 14, CD))).toEqual({ within: 14, unit: CD, source: null });
  });
});

describe('pauses', () => {
  const calendar = { timeZone: 'Europe/Amsterdam', holidayCountry: 'NL', closureDays: new Set(['2026-03-04']) };

  it('count the working days after the day the pause began, up to the day it ended', () => {
    // Monday 2 March 2026 to Monday 9 March: Tue, Thu, Fri, Mon (Wednesday 4 March is a closure day).
    expect(workingDaysBetween(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-09T15:00:00Z'), calendar)).toBe(4);
    expect(workingDaysBetween(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-02T16:00:00Z'), calendar)).toBe(0);
    // Friday evening to Monday: one working day.
    expect(workingDaysBetween(new Date('2026-03-06T20:00:00Z'), new Date('2026-03-09T08:00:00Z'), calendar)).toBe(1);
  });

  it('stop the clock: a paused complaint is judged by when the pause began, against its working deadline', () => {
    const base = {
      acknowledgementDueAt: new Date('2026-03-03T22:59:59.999Z'),
      acknowledgedAt: new Date('2026-03-02T10:00:00Z'),
      resolutionDueAt: new Date('2026-03-10T22:59:59.999Z'),
      resolvedAt: null,
    };
    const now = new Date('2026-03-20T10:00:00Z');
    expect(isPastWorkingDeadline({ ...base, workingResolutionDueAt: null, pausedAt: null }, now)).toBe(true);
    expect(isPastWorkingDeadline({ ...base, workingResolutionDueAt: null, pausedAt: new Date('2026-03-09T10:00:00Z') }, now)).toBe(false);
    expect(isPastWorkingDeadline({ ...base, workingResolutionDueAt: new Date('2026-03-24T22:59:59.999Z'), pausedAt: null }, now)).toBe(false);
  });
});

describe('the checks that use the packs', () => {
  it('refuse a policy change that makes a term laxer than the pack, naming the field, the rule and its source; leave untouched terms to compliance', async () => {
    const { OrganizationService } = await import('../../src/modules/organization/organization.service');
    let error: unknown;
    try {
      OrganizationService.assertNotLaxer(StatutoryRulePack.NL_WKI, policy(3), ['acknowledgeWithin']);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      message: expect.stringContaining('nowid.org'),
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.complaintPolicy.acknowledgeWithin' }], violations: [{ rule: 'NL_WKI.acknowledgement' }] },
    });
    expect(() => OrganizationService.assertNotLaxer(StatutoryRulePack.NL_WKI, policy(3), ['resolveWithin'])).not.toThrow();
    expect(() => OrganizationService.assertNotLaxer(StatutoryRulePack.NL_WKI, policy(2), ['acknowledgeWithin'])).not.toThrow();
  });

  it('refuse anonymisation before the retention period ends, with the date it becomes allowed', async () => {
    const { ComplaintService } = await import('../../src/modules/complaint/complaint.service');
    const { ComplaintStatus } = await import('../../src/modules/complaint/complaint.entity');
    const organization = { statutoryRulePack: StatutoryRulePack.NL_WKI, timezone: 'Europe/Amsterdam' } as never;
    const complaint = { reference: 'K-2025-00001', status: ComplaintStatus.CLOSED, closedAt: new Date('2025-01-10T10:00:00Z'), anonymizedAt: null } as never;
    const check = (now: string) => () => ComplaintService.assertRetentionOver(organization, complaint, new Date(now));
    expect(check('2027-01-10T09:59:59Z')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'RETENTION_PERIOD', allowedFrom: '2027-01-10T10:00:00.000Z' }) }));
    expect(check('2027-01-10T10:00:00Z')).not.toThrow();
  });
});
