import { Field, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { NotificationKind } from '../notification';

@InputType({ description: 'Sets one reminder of the organisation (creates its rule on first use).' })
export class SetReminderRuleInput {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => Int, { description: 'The version you read (0 for a rule still at its default); CONFLICT when it changed since.' })
  @Min(0)
  expectedVersion: number;

  @Field()
  enabled: boolean;

  @Field(() => Int, { description: 'Days ahead (due soon, expiring) or after (missing measurement, effectiveness check), 0 to 365.' })
  @Min(0)
  @Max(365)
  leadDays: number;
}
