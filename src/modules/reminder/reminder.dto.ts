import { Field, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { NotificationKind } from '../notification';

@InputType({ description: 'Sets one reminder of the organisation (creates its rule on first use).' })
export class SetReminderRuleInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  enabled: boolean;

  @Field(() => Int, { description: 'Days ahead (due soon, expiring) or after (missing measurement, effectiveness check), 0 to 365.' })
  @Min(0)
  @Max(365)
  leadDays: number;
}
