import { DeadlineUnit } from '../../common/organization.entity';
import { NotificationKind as K } from '../notification';

export interface ReminderDefault {
  enabled: boolean;
  leadDays: number;
  /** Working days where the domain counts them (complaint, action and disputes-body response terms), calendar days for validity dates. */
  unit: DeadlineUnit;
}

const W = DeadlineUnit.WORKING_DAYS;
const C = DeadlineUnit.CALENDAR_DAYS;

/** The reminders every organisation has until it changes them (`setReminderRule`). */
export const REMINDER_DEFAULTS: Record<K, ReminderDefault> = {
  [K.COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON]: { enabled: true, leadDays: 1, unit: W },
  [K.COMPLAINT_ACKNOWLEDGEMENT_OVERDUE]: { enabled: true, leadDays: 0, unit: W },
  [K.COMPLAINT_RESOLUTION_DUE_SOON]: { enabled: true, leadDays: 3, unit: W },
  [K.COMPLAINT_RESOLUTION_OVERDUE]: { enabled: true, leadDays: 0, unit: W },
  [K.CORRECTIVE_ACTION_DUE_SOON]: { enabled: true, leadDays: 5, unit: W },
  [K.CORRECTIVE_ACTION_OVERDUE]: { enabled: true, leadDays: 0, unit: W },
  [K.CORRECTIVE_ACTION_EFFECTIVENESS_CHECK]: { enabled: true, leadDays: 10, unit: C },
  [K.TRAINING_EXPIRING]: { enabled: true, leadDays: 30, unit: C },
  [K.TRAINING_EXPIRED]: { enabled: true, leadDays: 0, unit: C },
  [K.AUTHORISATION_LAPSING]: { enabled: true, leadDays: 30, unit: C },
  [K.CODE_REVIEW_DUE]: { enabled: true, leadDays: 30, unit: C },
  [K.KPI_MEASUREMENT_MISSING]: { enabled: true, leadDays: 5, unit: W },
  [K.DISPUTES_RESPONSE_DUE_SOON]: { enabled: true, leadDays: 3, unit: W },
  [K.DISPUTES_RESPONSE_OVERDUE]: { enabled: true, leadDays: 0, unit: W },
};
