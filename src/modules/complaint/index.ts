import type { ModuleDefinition } from '../../common/module';
import { Complaint } from './complaint.entity';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintReferenceCounter } from './complaint-reference';
import { ClosureDay } from './closure-day.entity';
import { CodePromiseComplaintsResolver, ComplaintLetterResolver, ComplaintResolver, ComplaintTimelineEntryResolver } from './complaint.resolver';
import { CorrespondenceResolver } from './correspondence.resolver';
import { ComplaintLetter } from './complaint-letter.entity';
import { LetterTemplate } from './letter-template.entity';
import { ClosureDayResolver } from './closure-day.resolver';
import { complaintLoaders } from './complaint.loaders';

/** The complaint module's public surface: what other modules (and the app) may use. */
export { ClosureDay } from './closure-day.entity';
export { UNRESOLVED_STATUSES, overdueCondition } from './complaint-lifecycle';
export { runRetention, type RetentionResult } from './complaint-retention';
export { ComplaintPromise } from './complaint-promise.entity';
export { ComplaintReferenceCounter } from './complaint-reference';
export { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
export { Complaint, ComplainantType, ComplaintCategory, ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus } from './complaint.entity';
export type { ComplaintLoaders } from './complaint.loaders';
export { ComplaintConnection } from './complaint.resolver';
export { ComplaintService, pastInstant } from './complaint.service';
export { ClosureDayService } from './closure-day.service';
export { ComplaintStepInput, ComplainantInput, ForwardedComplaintInput } from './complaint.dto';
export { COMPLAINT_LIFECYCLE } from './complaint-lifecycle';
export { ComplaintHooks, type DisputesRoute } from './complaint-hooks';
export { ComplaintLetter, LetterChannel } from './complaint-letter.entity';
export { LetterTemplate } from './letter-template.entity';
export { LetterKind, LETTER_PLACEHOLDERS, checkTemplateText, renderLetter } from './letter-rendering';
export { linkablePromises } from './linkable-promises';

export const complaintModule: ModuleDefinition = {
  name: 'complaint',
  entities: [Complaint, ComplaintPromise, ComplaintTimelineEntry, ComplaintReferenceCounter, ClosureDay, LetterTemplate, ComplaintLetter],
  resolvers: [CodePromiseComplaintsResolver, ComplaintResolver, ComplaintTimelineEntryResolver, ComplaintLetterResolver, CorrespondenceResolver, ClosureDayResolver],
  loaders: { complaint: complaintLoaders },
};
