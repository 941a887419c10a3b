import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';

export enum JobState {
  CREATED = 'created',
  RETRY = 'retry',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  FAILED = 'failed',
}

registerEnumType(JobState, {
  name: 'JobState',
  description: 'CREATED (waiting) → ACTIVE → COMPLETED; a failed run waits as RETRY (with backoff) and after its last retry is FAILED, the dead-letter state.',
});

@ObjectType({ description: 'One queue of the job runner: jobs by state (completed ones are kept about an hour).' })
export class JobQueueStatus {
  @Field()
  name: string;

  @Field(() => Int)
  waiting: number;

  @Field(() => Int)
  retrying: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Failed after their last retry (dead letters).' })
  failed: number;
}

@ObjectType({ description: 'One job of the job runner.' })
export class Job {
  @Field(() => ID)
  id: string;

  @Field()
  queue: string;

  @Field(() => JobState)
  state: JobState;

  @Field(() => Int)
  retryCount: number;

  @Field(() => Int)
  retryLimit: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (e-mail addresses masked).' })
  error: string | null;
}

@ObjectType({ description: 'The job runner as operators see it: its queues and its latest jobs of a state.' })
export class JobsOverview {
  @Field({ description: 'Whether this instance runs jobs (JOBS_ENABLED).' })
  enabled: boolean;

  @Field(() => [JobQueueStatus])
  queues: JobQueueStatus[];

  @Field(() => [Job], { description: 'The latest jobs in the state asked (default FAILED: the dead letters), newest first.' })
  jobs: Job[];
}

@ArgsType()
export class JobsArgs {
  @Field(() => JobState, { defaultValue: JobState.FAILED })
  state: JobState = JobState.FAILED;

  @Field(() => String, { nullable: true, description: 'Only this queue.' })
  queue?: string | null;

  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' })
  @Min(1)
  @Max(100)
  first: number = 20;
}
