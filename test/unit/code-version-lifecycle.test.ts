import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import {
  allowedTransitions,
  assertEditable,
  assertTransition,
  CODE_VERSION_TRANSITIONS,
  defaultNextReviewDue,
} from '../../src/modules/code/code-version.lifecycle';
import { todayIn } from '../../src/common/local-date';
import { ErrorCode } from '../../src/common/errors';

const { DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN } = CodeVersionStatus;
const ALL = Object.values(CodeVersionStatus);

describe('code version lifecycle', () => {
  it('allows exactly the documented moves', () => {
    const allowed = ALL.flatMap((from) => ALL.filter((to) => CODE_VERSION_TRANSITIONS[from].includes(to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      [
        'DRAFT→IN_REVIEW',
        'DRAFT→WITHDRAWN',
        'IN_REVIEW→APPROVED',
        'IN_REVIEW→DRAFT',
        'IN_REVIEW→WITHDRAWN',
        'APPROVED→PUBLISHED',
        'APPROVED→DRAFT',
        'APPROVED→WITHDRAWN',
        'PUBLISHED→SUPERSEDED',
        'PUBLISHED→WITHDRAWN',
      ].sort(),
    );
  });

  it('ends in SUPERSEDED and WITHDRAWN', () => {
    expect(allowedTransitions(SUPERSEDED)).toEqual([]);
    expect(allowedTransitions(WITHDRAWN)).toEqual([]);
  });

  it.each(ALL.flatMap((from) => ALL.filter((to) => !CODE_VERSION_TRANSITIONS[from].includes(to)).map((to) => [from, to])))(
    'refuses %s → %s with INVALID_TRANSITION naming both states and the allowed ones',
    (from, to) => {
      try {
        assertTransition(from, to);
        throw new Error('expected a refusal');
      } catch (caught) {
        const error = caught as { message: string; extensions?: unknown };
        expect(error.extensions).toMatchObject({ code: ErrorCode.INVALID_TRANSITION, entity: 'CodeVersion', from, to, allowed: CODE_VERSION_TRANSITIONS[from] });
        expect(error.message).toContain(`from ${from} to ${to}`);
      }
    },
  );

  it('lets only a DRAFT change', () => {
    expect(() => assertEditable(DRAFT, 1)).not.toThrow();
    for (const status of [IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN]) {
      expect(() => assertEditable(status, 3)).toThrow(expect.objectContaining({
        message: `Code version 3 is ${status}: only a DRAFT version can be changed`,
        extensions: expect.objectContaining({ code: ErrorCode.INVALID_TRANSITION, from: status, editableIn: [DRAFT] }),
      }));
    }
  });
});

describe('review dates', () => {
  it('falls due 12 months after publication, on the calendar day in the organisation time zone', () => {
    expect(defaultNextReviewDue(new Date('2026-03-10T09:00:00Z'), 'Europe/Amsterdam')).toBe('2027-03-10');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam and Oslo.
    expect(defaultNextReviewDue(new Date('2026-12-31T23:30:00Z'), 'Europe/Amsterdam')).toBe('2028-01-01');
    expect(defaultNextReviewDue(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2027-12-31');
  });

  it('moves a 29 February publication to 28 February', () => {
    expect(defaultNextReviewDue(new Date('2028-02-29T12:00:00Z'), 'Europe/Oslo')).toBe('2029-02-28');
  });

  it('tells today in a time zone', () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIn('America/New_York', new Date('2026-06-30T22:30:00Z'))).toBe('2026-06-30');
  });
});
