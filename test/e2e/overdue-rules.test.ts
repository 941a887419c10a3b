import fc from 'fast-check';
import { Complaint } from '../../src/modules/complaint/complaint.entity';
import { isOverdue, isPastWorkingDeadline, overdueCondition, workingOverdueCondition } from '../../src/modules/complaint/complaint-lifecycle';
import { CorrectiveAction, CorrectiveActionStatus } from '../../src/modules/corrective-action/corrective-action.entity';
import { actionOverdueCondition, isActionOverdue } from '../../src/modules/corrective-action/corrective-action-lifecycle';
import { startTestApp, type TestApp, type TestOrganization } from '../support/app';
import { createCode, insertAction, insertComplaint } from '../support/fixtures';

/**
 * "Overdue" is decided in TypeScript (one record: `Complaint.overdue`, `CorrectiveAction.overdue`)
 * and in SQL (filters, counts, the monitoring figures). Both spellings live side by side in each
 * lifecycle file; here they must agree on every generated case, evaluated by PostgreSQL itself.
 */

const HOUR = 3_600_000;
/** When a step was done relative to its deadline, in hours: often right at it, where `>` and `>=` differ. */
const offsetFromDeadline = fc.option(fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -500, max: 500 })), { nil: undefined });

let app: TestApp;
let org: TestOrganization;
let promiseId: string;

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('overdue-rules');
  promiseId = (await createCode(app.dataSource, org)).promises[0].P1.id;
});
afterAll(() => app.close());

describe('overdue rules: TypeScript and SQL agree', () => {
  it('complaints: acknowledgement and resolution, done or not, early or late', async () => {
    const complaintCase = fc.record({
      receivedHoursAgo: fc.integer({ min: 1, max: 3000 }),
      acknowledgeWithinHours: fc.integer({ min: 1, max: 400 }),
      resolveWithinHours: fc.integer({ min: 1, max: 800 }),
      acknowledgedOffset: offsetFromDeadline,
      resolvedOffset: offsetFromDeadline,
      // The working deadline: moved (extensions, pauses) or not, and paused since some hours or not.
      workingShiftHours: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      pausedHoursAgo: fc.option(fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 900 })), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(complaintCase, { minLength: 40, maxLength: 40 }), async (cases) => {
        const ids: string[] = [];
        for (const c of cases) {
          // Steps that would lie before receipt or in the future, or within an hour of now (the
          // database's `now()` is the statement's, a moment later), are not done yet.
          const done = (within: number, offset: number | undefined) => {
            const after = offset === undefined ? undefined : within + offset;
            return after !== undefined && after >= 0 && c.receivedHoursAgo - after >= 1 ? after : undefined;
          };
          const complaint = await insertComplaint(app.dataSource, org, {
            receivedAt: new Date(Date.now() - c.receivedHoursAgo * HOUR).toISOString(),
            acknowledgeWithinHours: c.acknowledgeWithinHours,
            resolveWithinHours: c.resolveWithinHours,
            acknowledgedAfterHours: done(c.acknowledgeWithinHours, c.acknowledgedOffset),
            resolvedAfterHours: done(c.resolveWithinHours, c.resolvedOffset),
          });
          ids.push(complaint.id);
          await app.dataSource.getRepository(Complaint).update(
            { id: complaint.id },
            {
              workingResolutionDueAt: c.workingShiftHours === undefined ? null : new Date(complaint.resolutionDueAt.getTime() + c.workingShiftHours * HOUR),
              pausedAt: c.pausedHoursAgo === undefined || complaint.resolvedAt ? null : new Date(Date.now() - c.pausedHoursAgo * HOUR),
            },
          );
        }
        const complaints = app.dataSource.getRepository(Complaint);
        const rows: { id: string; overdue: boolean; working: boolean }[] = await complaints
          .createQueryBuilder('c')
          .select('c.id', 'id')
          .addSelect(overdueCondition('c'), 'overdue')
          .addSelect(workingOverdueCondition('c'), 'working')
          .where('c.id IN (:...ids)', { ids })
          .getRawMany();
        const stored = await complaints.findBy(ids.map((id) => ({ id })));
        const now = new Date();
        for (const complaint of stored) {
          const row = rows.find((r) => r.id === complaint.id)!;
          expect({ id: complaint.id, overdue: row.overdue, working: row.working }).toEqual({
            id: complaint.id,
            overdue: isOverdue(complaint, now),
            working: isPastWorkingDeadline(complaint, now),
          });
        }
        expect(stored).toHaveLength(cases.length);
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });

  it('corrective actions: every status, due before, on or after the day', async () => {
    const statuses = Object.values(CorrectiveActionStatus);
    const actionCase = fc.record({ status: fc.constantFrom(...statuses), dueInDays: fc.integer({ min: -30, max: 30 }), today: fc.constantFrom('2026-03-01', '2026-12-31', '2027-01-01') });
    await fc.assert(
      fc.asyncProperty(fc.array(actionCase, { minLength: 40, maxLength: 40 }), async (cases) => {
        for (const today of new Set(cases.map((c) => c.today))) {
          const ofDay = cases.filter((c) => c.today === today);
          const ids: string[] = [];
          for (const c of ofDay) {
            const due = new Date(`${today}T00:00:00Z`);
            due.setUTCDate(due.getUTCDate() + c.dueInDays);
            ids.push((await insertAction(app.dataSource, org, { promiseId, status: c.status, dueOn: due.toISOString().slice(0, 10) })).id);
          }
          const actions = app.dataSource.getRepository(CorrectiveAction);
          const rows: { id: string; overdue: boolean }[] = await actions
            .createQueryBuilder('a')
            .select('a.id', 'id')
            .addSelect(actionOverdueCondition('a'), 'overdue')
            .where('a.id IN (:...ids)', { ids })
            .setParameter('today', today)
            .getRawMany();
          const stored = await actions.findBy(ids.map((id) => ({ id })));
          expect(stored).toHaveLength(ofDay.length);
          for (const action of stored) {
            expect({ id: action.id, overdue: rows.find((r) => r.id === action.id)!.overdue }).toEqual({ id: action.id, overdue: isActionOverdue(action, today) });
          }
        }
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });

  it('both sides see late and on-time records in the generated cases (the comparison is not vacuous)', async () => {
    const complaints: { overdue: boolean; n: number }[] = await app.dataSource
      .getRepository(Complaint)
      .createQueryBuilder('c')
      .select(overdueCondition('c'), 'overdue')
      .addSelect('count(*)::int', 'n')
      .where('c.organizationId = :org', { org: org.id })
      .groupBy('1')
      .getRawMany();
    expect(complaints.map((r) => r.overdue).sort()).toEqual([false, true]);
    const actions: { overdue: boolean }[] = await app.dataSource
      .getRepository(CorrectiveAction)
      .createQueryBuilder('a')
      .select(actionOverdueCondition('a'), 'overdue')
      .where('a.organizationId = :org', { org: org.id })
      .setParameter('today', '2026-12-31')
      .groupBy('1')
      .getRawMany();
    expect(actions.map((r) => r.overdue).sort()).toEqual([false, true]);
  });
});
