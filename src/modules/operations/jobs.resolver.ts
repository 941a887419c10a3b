import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { JobsArgs, JobsOverview } from './jobs.types';
import { JobsService } from './jobs.service';

@Resolver()
export class JobsResolver {
  @Allowed('operateJobs')
  @Query(() => JobsOverview, { description: "The job runner's queues and its latest jobs of a state (by default the failed ones), for operators." })
  jobs(@Ctx() ctx: Context, @Args() args: JobsArgs): Promise<JobsOverview> {
    return JobsService.overview(ctx, args);
  }
}
