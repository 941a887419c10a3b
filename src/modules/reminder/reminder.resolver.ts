import { Arg, Ctx, Mutation, Query, Resolver, Root, FieldResolver } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { DeadlineUnit } from '../../common/organization.entity';
import { ReminderRule } from './reminder-rule.entity';
import { ReminderService } from './reminder.service';
import { SetReminderRuleInput } from './reminder.dto';
import { REMINDER_DEFAULTS } from './reminder-defaults';

@Resolver(() => ReminderRule)
export class ReminderRuleResolver {
  @Allowed('readManagement')
  @Query(() => [ReminderRule], { description: "Every reminder the service sends, with the organisation's setting or the default." })
  reminderRules(@Ctx() ctx: Context): Promise<ReminderRule[]> {
    return ReminderService.rules(ctx);
  }

  @Allowed('manageReminders')
  @Mutation(() => ReminderRule)
  setReminderRule(@Ctx() ctx: Context, @Arg('input') input: SetReminderRuleInput): Promise<ReminderRule> {
    return ReminderService.set(ctx, input);
  }

  @FieldResolver(() => DeadlineUnit, { description: 'How leadDays counts: working days for complaint and action terms, calendar days for validity dates.' })
  unit(@Root() rule: ReminderRule): DeadlineUnit {
    return REMINDER_DEFAULTS[rule.kind].unit;
  }
}

