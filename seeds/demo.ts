import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Organization } from '../src/common/organization.entity';
import { Code } from '../src/modules/code/code.entity';
import { Complaint } from '../src/modules/complaint/complaint.entity';
import { ClosureDay } from '../src/modules/complaint/closure-day.entity';
import { ALL_ROLES } from '../src/common/roles';
import { runOutsideRequest } from '../src/common/unit-of-work';
import type { AuthUser } from '../src/common/context';
import { DEMO_ORG, DEMO_QUALITY_MANAGER } from './demo-ids';
import { DEMO_CODE_ID, DEMO_CODE_KEY, seedDemoCode } from './demo-code';
import { bridgeDays, demoComplaints, insertComplaints, type DemoComplaint } from './demo-complaints';
import { lawComplaints } from './demo-complaint-law';
import { effectiveFixes, insertActions } from './demo-actions';
import { seedDemoKpis } from './demo-kpis';
import { seedDemoTraining } from './demo-training';
import { seedDemoReview } from './demo-review';
import { seedDemoCorrespondence, seedDemoExtensionLetters } from './demo-correspondence';
import { seedDemoEvidence } from './demo-evidence';
import { seedDemoSurveys } from './demo-surveys';
import { insertRows } from './demo-rows';
import { seedDemoLanguages } from './demo-languages';
import { DemoTime } from './demo-time';

/**
 * The demo organisation's history, in one transaction: its published code with resources,
 * communication plans and SRCM self-assessments, training requirements and records, 18 months of
 * complaints with corrective and preventive actions, the KPI chain with 12 months of measurements,
 * the last signed management review, certification evidence (requirement evidence, FinAut files) and satisfaction surveys. Dates are relative to today; everything else comes from
 * fixed seeds, with fixed ids.
 *
 * Each part is loaded once: a part whose first row exists is left alone, so a restart costs a few
 * lookups, and a part added in a later release is filled in on an existing demo.
 */
/** The demo's history is loaded as its quality manager, who may read everything it computes from (the review's analysis). */
const DEMO_SEED_ACTOR: AuthUser = { id: DEMO_QUALITY_MANAGER.id, organizationId: DEMO_ORG.id, organizationSlug: DEMO_ORG.slug, roles: [...ALL_ROLES] };

export async function seedDemoHistory(dataSource: DataSource, logger: Logger): Promise<void> {
  // The history is written as it happened, not as changes made today: it leaves no audit events of its own.
  const scope = { dataSource, log: logger, requestId: 'seed:demo', user: DEMO_SEED_ACTOR };
  const loaded = await runOutsideRequest(scope, { requireAudit: false }, async (ctx) => {
    const manager = ctx.db;
    const organization = await manager.findOneByOrFail(Organization, { id: DEMO_ORG.id });
    const time = new DemoTime(new Date(), organization.timezone);
    const parts: string[] = [];
    if (await seedDemoTraining(manager, time)) parts.push('training');

    const code = await manager.findOneBy(Code, { organizationId: organization.id, key: DEMO_CODE_KEY });
    if (code && code.id !== DEMO_CODE_ID) {
      logger.warn({ organization: DEMO_ORG.slug }, 'the demo code was created by an earlier release: start on a new database for the full demo');
      return parts;
    }
    if (await seedDemoCode(manager, time)) parts.push('code');
    if (await seedDemoLanguages(manager)) parts.push('languages');

    // References are numbered from 1 each year: only an organisation without complaints gets the history.
    const complaintsToLoad = !(await manager.existsBy(Complaint, { organizationId: organization.id }));
    if (complaintsToLoad) await insertRows(manager, ClosureDay, bridgeDays(time, organization.holidayCountry));
    // Generated only when a part that needs it is still to be loaded (a restart skips it).
    let generated: Promise<DemoComplaint[]> | undefined;
    const calendar = async () => {
      const closureDays = await manager.findBy(ClosureDay, { organizationId: organization.id });
      return { timeZone: organization.timezone, holidayCountry: organization.holidayCountry, closureDays: new Set(closureDays.map((d) => d.date)) };
    };
    const complaints = () => (generated ??= (async () => demoComplaints(time, await calendar(), organization.complaintPolicy, effectiveFixes(time)))());
    if (complaintsToLoad) {
      // The history, then the complaints that show the law's states (not part of the KPI measurements).
      const history = await complaints();
      await insertComplaints(manager, [...history, ...lawComplaints(time, await calendar(), organization.complaintPolicy, history)]);
      await insertActions(manager, time, await complaints());
      parts.push('complaints');
    }
    if (await seedDemoCorrespondence(manager, time)) parts.push('correspondence and disputes-body cases');
    if (await seedDemoExtensionLetters(manager)) parts.push('extension letters');
    if (await seedDemoKpis(manager, time, complaints)) parts.push('kpis');
    if (await seedDemoReview(ctx, time)) parts.push('management review');
    if (await seedDemoEvidence(manager, time)) parts.push('certification evidence');
    if (await seedDemoSurveys(manager, time)) parts.push('satisfaction surveys');
    return parts;
  });
  logger.info({ organization: DEMO_ORG.slug, loaded }, 'demo history ready');
}
