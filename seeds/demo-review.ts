import { DateTime } from 'luxon';
import type { Context } from '../src/common/context';
import { addDays } from '../src/common/local-date';
import { CorrectiveAction } from '../src/modules/corrective-action/corrective-action.entity';
import { ComplaintAnalysisService } from '../src/modules/monitoring/complaint-analysis.service';
import { ManagementReview, ManagementReviewStatus } from '../src/modules/management-review/management-review.entity';
import { ManagementReviewPreventiveAction } from '../src/modules/management-review/management-review-preventive-action.entity';
import { DEMO_MANAGEMENT, DEMO_ORG, DEMO_QUALITY_MANAGER, demoId } from './demo-ids';
import { DEMO_ACTIONS, demoActionId, lastManagementReview } from './demo-actions';
import { HISTORY_MONTHS } from './demo-complaints';
import { insertRows, rowExists } from './demo-rows';
import type { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;
const REVIEW_ID = demoId('management-review');

/**
 * The last annual management review, signed by top management in mid-February: the year's
 * complaint analysis as the monitoring module computes it (taken ten days before the meeting), the
 * decisions, and the preventive actions decided there. Inserted as a DRAFT with its links, then
 * signed, as the service does (a signed review and its links can no longer change).
 */
export async function seedDemoReview(ctx: Context, time: DemoTime): Promise<boolean> {
  const manager = ctx.db;
  const decided = DEMO_ACTIONS.filter((a) => a.created === 'at-review');
  // The review links the preventive actions decided in it: without the demo's actions there is nothing to review.
  if ((await rowExists(manager, ManagementReview, REVIEW_ID)) || !(await rowExists(manager, CorrectiveAction, demoActionId(decided[0].key)))) return false;
  const { year, heldOn } = lastManagementReview(time);
  const analysisTakenAt = time.at(addDays(heldOn, -10), 9);
  const signedAt = time.at(heldOn, 16);
  const registerSince = time.monthsAgo(HISTORY_MONTHS);
  const registerSinceText = DateTime.fromISO(registerSince).setLocale('nl').toFormat('d MMMM yyyy');
  await insertRows(manager, ManagementReview, [
    {
      id: REVIEW_ID,
      organizationId,
      year,
      title: `Directiebeoordeling klachten en klantbeloften ${year}`,
      status: ManagementReviewStatus.DRAFT,
      analysis: await ComplaintAnalysisService.analysis(ctx, year),
      analysisTakenAt,
      decisions: [
        ...(registerSince > `${year}-01-01` ? [`De analyse beslaat de klachten sinds de invoering van het klachtenregister op ${registerSinceText}.`] : []),
        'De klantbeloften P1 tot en met P10 blijven ongewijzigd van kracht; de code wordt herzien bij de SRCM-hercertificering.',
        ...decided.map((a) => `Preventieve actie (${a.promiseKey}): ${a.title}.`),
        'Het budget voor de gedragscode en de certificering voor dit jaar is vastgesteld op € 16.000.',
        'De kwaliteitsmanager rapporteert elk kwartaal in het directieoverleg over de kpi’s van de klant-debiteurketen.',
      ],
      createdById: DEMO_QUALITY_MANAGER.id,
      version: 1,
      createdAt: analysisTakenAt,
      updatedAt: analysisTakenAt,
    },
  ]);
  await insertRows(
    manager,
    ManagementReviewPreventiveAction,
    decided.map((a) => ({ id: demoId(`management-review:${a.key}`), organizationId, managementReviewId: REVIEW_ID, correctiveActionId: demoActionId(a.key), createdAt: signedAt, updatedAt: signedAt })),
  );
  // One version per change the service would have stored: each link, then the signature.
  await manager.update(ManagementReview, { id: REVIEW_ID }, { status: ManagementReviewStatus.SIGNED, signedById: DEMO_MANAGEMENT.id, signedAt, version: decided.length + 2, updatedAt: signedAt });
  return true;
}
