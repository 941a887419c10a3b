import { registerEnumType } from 'type-graphql';

/** The language the service writes to a member in (notifications, e-mail). */
export enum Language {
  NL = 'nl',
  EN = 'en',
}

registerEnumType(Language, { name: 'Language', description: 'The language notifications and e-mail are written in.' });

/** How a member receives notifications by e-mail (they are always listed in `notifications`). */
export enum EmailNotifications {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}

registerEnumType(EmailNotifications, {
  name: 'EmailNotifications',
  description: 'How notifications reach a member by e-mail (where the service has SMTP_URL).',
  valuesConfig: {
    IMMEDIATE: { description: 'One e-mail per notification, as it is made.' },
    DAILY_DIGEST: { description: 'One e-mail a day listing the new notifications (DIGEST_CRON).' },
    OFF: { description: 'No e-mail.' },
  },
});
