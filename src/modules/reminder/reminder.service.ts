import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { expectedIn, scoped } from '../../common/tenancy';
import { ConflictError } from '../../common/errors';
import { NotificationKind } from '../notification';
import { ReminderRule } from './reminder-rule.entity';
import { REMINDER_DEFAULTS } from './reminder-defaults';
import type { SetReminderRuleInput } from './reminder.dto';

/** An organisation's reminder rules: its own settings over the defaults. */
export class ReminderService {
  /** Every reminder kind, with the organisation's setting or the default (a rule not saved has version 0 and no id). */
  static async rules(ctx: Context): Promise<ReminderRule[]> {
    const own = new Map((await scoped(ctx, ReminderRule).find()).map((r) => [r.kind, r]));
    return Object.values(NotificationKind).map(
      (kind) =>
        own.get(kind) ??
        Object.assign(new ReminderRule(), { id: `default:${kind}`, organizationId: currentUser(ctx).organizationId, kind, version: 0, ...REMINDER_DEFAULTS[kind] }),
    );
  }

  static async set(ctx: Context, input: SetReminderRuleInput): Promise<ReminderRule> {
    const rules = scoped(ctx, ReminderRule);
    const current = await rules.findOne({ kind: input.kind });
    const values = { enabled: input.enabled, leadDays: input.leadDays };
    if (!current) {
      if (input.expectedVersion !== 0) throw new ConflictError(`ReminderRule ${input.kind} is still at its default (version 0)`, { field: 'input.expectedVersion' });
      // A concurrent first save of the same rule fails on the unique (organisation, kind) key: CONFLICT.
      return rules.insert({ kind: input.kind, ...values });
    }
    return rules.update(current, values, expectedIn(input));
  }
}
