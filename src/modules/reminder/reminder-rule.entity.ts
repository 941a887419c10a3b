import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { NotificationKind } from '../notification';

/** An organisation's own setting of one reminder (without a row, the default applies). */
@ObjectType({ description: "An organisation's reminder rule: whether it runs and how far ahead it warns." })
@Entity()
@Index(['organizationId', 'kind'], { unique: true })
export class ReminderRule extends VersionedEntity {
  @Field(() => NotificationKind)
  @Column('text')
  kind: NotificationKind;

  @Field()
  @Column('boolean')
  enabled: boolean;

  @Field(() => Int, { description: 'How far ahead (due soon, expiring) or how long after (missing measurement) it reminds, in `unit`s.' })
  @Column('int')
  leadDays: number;
}
