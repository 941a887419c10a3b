import type { MigrationInterface } from 'typeorm';
import { Foundation1795343868890 } from './1795343868890-Foundation';
import { Codes1795344157496 } from './1795344157496-Codes';
import { NormsAndCodeLifecycle1795344451895 } from './1795344451895-NormsAndCodeLifecycle';
import { Complaints1795344928588 } from './1795344928588-Complaints';
import { Kpis1795344787419 } from './1795344787419-Kpis';
import { Training1795345162840 } from './1795345162840-Training';
import { Resources1795345470635 } from './1795345470635-Resources';
import { CommunicationPlans1795345578919 } from './1795345578919-CommunicationPlans';
import { ManagementReviews1795346640627 } from './1795346640627-ManagementReviews';
import { MemberIdentity1796024071212 } from './1796024071212-MemberIdentity';
import { ClosureDayVersion1796024078446 } from './1796024078446-ClosureDayVersion';
import { MonitoringRollups1796100000000 } from './1796100000000-MonitoringRollups';
import { FilterAndSortIndexes1796100000001 } from './1796100000001-FilterAndSortIndexes';
import { RollupSlots1796100000002 } from './1796100000002-RollupSlots';
import { ComplaintLaw1796200000000 } from './1796200000000-ComplaintLaw';
import { CorrespondenceAndDisputes1796300000000 } from './1796300000000-CorrespondenceAndDisputes';
import { PromiseStatusV21796400000000 } from './1796400000000-PromiseStatusV2';
import { RequirementEvidence1796400000001 } from './1796400000001-RequirementEvidence';
import { Iso10001ClauseNumbers1796400000002 } from './1796400000002-Iso10001ClauseNumbers';
import { FinautAuthorisation1796400000003 } from './1796400000003-FinautAuthorisation';
import { SrcmPrinciples1796400000004 } from './1796400000004-SrcmPrinciples';
import { Webhooks1796500000000 } from './1796500000000-Webhooks';
import { NotificationsAndReminders1796500000001 } from './1796500000001-NotificationsAndReminders';
import { ExtensionLetters1796600000000 } from './1796600000000-ExtensionLetters';
import { Languages1796700000000 } from './1796700000000-Languages';
import { ComplaintTracking1796800000000 } from './1796800000000-ComplaintTracking';
import { SatisfactionSurveys1796900000000 } from './1796900000000-SatisfactionSurveys';
import { DisputesRollup1797000000000 } from './1797000000000-DisputesRollup';
import { RollupMonths1797100000000 } from './1797100000000-RollupMonths';
import { ComplaintLinkReceivedAt1797200000000 } from './1797200000000-ComplaintLinkReceivedAt';
import { SurveyInvitations1797300000000 } from './1797300000000-SurveyInvitations';
import { TranslationSources1797400000000 } from './1797400000000-TranslationSources';
import { RebuildInOrderOfReceipt1797500000000 } from './1797500000000-RebuildInOrderOfReceipt';
import { SetBasedRebuild1797600000000 } from './1797600000000-SetBasedRebuild';
import { DisputesYearRollup1797700000000 } from './1797700000000-DisputesYearRollup';
import { OrganizationChanges1797800000000 } from './1797800000000-OrganizationChanges';

/** Every migration, oldest first (`npm run migration:generate` appends here). */
export const migrations: (new () => MigrationInterface)[] = [
  Foundation1795343868890,
  Codes1795344157496,
  NormsAndCodeLifecycle1795344451895,
  Complaints1795344928588,
  Kpis1795344787419,
  Training1795345162840,
  Resources1795345470635,
  CommunicationPlans1795345578919,
  ManagementReviews1795346640627,
  MemberIdentity1796024071212,
  ClosureDayVersion1796024078446,
  MonitoringRollups1796100000000,
  FilterAndSortIndexes1796100000001,
  RollupSlots1796100000002,
  ComplaintLaw1796200000000,
  CorrespondenceAndDisputes1796300000000,
  PromiseStatusV21796400000000,
  RequirementEvidence1796400000001,
  Iso10001ClauseNumbers1796400000002,
  FinautAuthorisation1796400000003,
  SrcmPrinciples1796400000004,
  Webhooks1796500000000,
  NotificationsAndReminders1796500000001,
  ExtensionLetters1796600000000,
  Languages1796700000000,
  ComplaintTracking1796800000000,
  SatisfactionSurveys1796900000000,
  DisputesRollup1797000000000,
  RollupMonths1797100000000,
  ComplaintLinkReceivedAt1797200000000,
  SurveyInvitations1797300000000,
  TranslationSources1797400000000,
  RebuildInOrderOfReceipt1797500000000,
  SetBasedRebuild1797600000000,
  DisputesYearRollup1797700000000,
  OrganizationChanges1797800000000,
];
