import type { ModuleDefinition } from '../../common/module';
import { Notification } from './notification.entity';
import { NotificationConnectionResolver, NotificationResolver } from './notification.resolver';
import { digestJob, emailJob } from './notification-jobs';

/** The notification module's public surface. */
export { Notification, NotificationKind } from './notification.entity';
export { NotificationService, type NewNotification } from './notification.service';
export { MESSAGES, render } from './messages';
export { mailer } from './mailer';

export const notificationModule: ModuleDefinition = {
  name: 'notification',
  entities: [Notification],
  resolvers: [NotificationResolver, NotificationConnectionResolver],
  jobs: [emailJob, digestJob],
};
