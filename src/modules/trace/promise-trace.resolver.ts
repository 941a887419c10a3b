import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { Allowed } from '../../common/permissions';
import { PromiseTrace } from './promise-trace.types';
import { PromiseTraceService } from './promise-trace.service';

@Resolver()
export class PromiseTraceResolver {
  @Allowed('readManagement')
  @Query(() => PromiseTrace, {
    description: 'Why a promise changed and whether it helped, in time order (also as Markdown: GET /reports/promise-trace/<codeId>/<promiseKey>.md).',
  })
  promiseTrace(@Ctx() ctx: Context, @Arg('codeId', () => ID) codeId: string, @Arg('promiseKey') promiseKey: string): Promise<PromiseTrace> {
    return PromiseTraceService.trace(ctx, codeId, promiseKey);
  }
}
