import type { ModuleDefinition } from '../../common/module';
import { Complaint } from './complaint.entity';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintReferenceCounter } from './complaint-reference';
import { ClosureDay } from './closure-day.entity';
import { CodePromiseComplaintsResolver, ComplaintResolver, ComplaintTimelineEntryResolver } from './complaint.resolver';
import { ClosureDayResolver } from './closure-day.resolver';
import { complaintLoaders } from './complaint.loaders';

/** The complaint module's public surface: what other modules (and the app) may use. */
export { ClosureDay } from './closure-day.entity';
export { UNRESOLVED_STATUSES, overdueCondition } from './complaint-lifecycle';
export { runRetention, type RetentionResult } from './complaint-retention';
export { ComplaintPromise } from './complaint-promise.entity';
export { ComplaintReferenceCounter } from './complaint-reference';
export { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
export { Complaint, ComplaintCategory, ComplaintChannel, ComplaintKind, ComplaintOutcome } from './complaint.entity';
export { ComplaintService } from './complaint.service';
export type { ComplaintLoaders } from './complaint.loaders';
export { ComplaintConnection } from './complaint.resolver';
export { linkablePromises } from './linkable-promises';

export const complaintModule: ModuleDefinition = {
  name: 'complaint',
  entities: [Complaint, ComplaintPromise, ComplaintTimelineEntry, ComplaintReferenceCounter, ClosureDay],
  resolvers: [CodePromiseComplaintsResolver, ComplaintResolver, ComplaintTimelineEntryResolver, ClosureDayResolver],
  loaders: { complaint: complaintLoaders },
};
