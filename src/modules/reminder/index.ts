import type { ModuleDefinition } from '../../common/module';
import { ReminderRule } from './reminder-rule.entity';
import { ReminderRuleResolver } from './reminder.resolver';
import { reminderJob } from './reminder-scan';

/** The reminder module's public surface. */
export { ReminderRule } from './reminder-rule.entity';
export { REMINDER_DEFAULTS } from './reminder-defaults';
export { REMINDER_JOB } from './reminder-scan';

export const reminderModule: ModuleDefinition = {
  name: 'reminder',
  entities: [ReminderRule],
  resolvers: [ReminderRuleResolver],
  jobs: [reminderJob],
};
