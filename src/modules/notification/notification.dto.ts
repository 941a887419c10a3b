import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones.' })
  unreadOnly?: boolean | null;
}
