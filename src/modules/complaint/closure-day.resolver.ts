import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { LocalDateResolver } from 'graphql-scalars';
import { ExpectedVersionArg } from '../../common/tenancy';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { ClosureDay } from './closure-day.entity';
import { ClosureDayService } from './closure-day.service';
import { AddClosureDayInput, ClosureDaysArgs } from './complaint.dto';

@ObjectType()
export class ClosureDayConnection extends Connection(ClosureDay, 'ClosureDay') {}

@Resolver(() => ClosureDay)
export class ClosureDayResolver {
  @Allowed('readCodes')
  @Query(() => ClosureDayConnection, { description: "The organisation's own closure days, earliest first." })
  closureDays(@Ctx() ctx: Context, @Args() args: ClosureDaysArgs): Promise<ConnectionResult<ClosureDay>> {
    return ClosureDayService.list(ctx, args);
  }

  @Allowed('manageClosureDays')
  @Mutation(() => ClosureDay, { description: 'Closes the organisation on a day: deadlines of complaints received from now on skip it.' })
  addClosureDay(@Ctx() ctx: Context, @Arg('input') input: AddClosureDayInput): Promise<ClosureDay> {
    return ClosureDayService.add(ctx, input);
  }

  @Allowed('manageClosureDays')
  @Mutation(() => ClosureDay, { description: 'Reopens a closure day and returns it; deadlines already set do not move.' })
  removeClosureDay(@Ctx() ctx: Context, @Arg('date', () => LocalDateResolver) date: string, @ExpectedVersionArg() expectedVersion: number): Promise<ClosureDay> {
    return ClosureDayService.remove(ctx, date, expectedVersion);
  }
}
